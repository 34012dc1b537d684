import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parsePlanFile } from '../../shared/plan/plan-file';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';

let dataDir: string;
/** Each call is its own transport on the shared folder: the host, a second window, the CLI. */
const handlers = () => createHandlers({ dataDir, transport: 'web', version: '1', locale: 'en', openExternal: async () => false });
const planFile = (id: string) => join(dataDir, 'plans', `${id}.kplan.json`);

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-revisions-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('plan revisions', () => {
  it('counts the saves of a plan in its file', async () => {
    const api = handlers();
    const { plan } = await api.createPlan({ title: 'Checkout' });
    expect(plan.revision).toBe(0);
    expect(await api.savePlan({ plan: { ...plan, team: 'SRE' } })).toMatchObject({ revision: 1 });
    expect(await api.savePlan({ plan: { ...plan, team: 'SRE 2', revision: 1 } })).toMatchObject({ revision: 2 });
    expect(parsePlanFile(await readFile(planFile(plan.id), 'utf8'))).toMatchObject({ team: 'SRE 2', revision: 2 });
  });

  it('refuses a save from a stale revision, so one editor never silently overwrites another', async () => {
    const [firstWindow, secondWindow] = [handlers(), handlers()];
    const { plan } = await firstWindow.createPlan({ title: 'Shared' });
    const { plan: seenBySecond } = await secondWindow.loadPlan({ id: plan.id });
    await firstWindow.savePlan({ plan: { ...plan, team: 'From the first window' } });

    const refused = await dispatch(secondWindow, 'savePlan', { plan: { ...seenBySecond, team: 'From the second window' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', i18n: { key: 'planStore.changedElsewhere', params: { title: 'Shared' } } } });
    expect(parsePlanFile(await readFile(planFile(plan.id), 'utf8')).team).toBe('From the first window');

    // Reloaded, the second window saves on top of the first window's edit.
    const { plan: reloaded } = await secondWindow.loadPlan({ id: plan.id });
    expect(await dispatch(secondWindow, 'savePlan', { plan: { ...reloaded, context: 'both' } })).toMatchObject({ ok: true, value: { revision: 2 } });
  });

  it('counts a rename as a change, and lists each plan with its revision', async () => {
    const api = handlers();
    const { plan } = await api.createPlan({ title: 'Before' });
    expect(await api.renamePlan({ id: plan.id, title: 'After' })).toMatchObject({ revision: 1 });
    expect((await dispatch(api, 'savePlan', { plan })).ok).toBe(false);
    expect((await api.listPlans({})).plans[0]).toMatchObject({ id: plan.id, revision: 1 });
  });

  it('opens a file from before revisions at revision 0, and saves it from there', async () => {
    const api = handlers();
    const { plan } = await api.createPlan({ title: 'Old' });
    const { revision: _revision, ...withoutRevision } = plan;
    await writeFile(planFile(plan.id), JSON.stringify(withoutRevision), 'utf8');
    const { plan: loaded } = await handlers().loadPlan({ id: plan.id });
    expect(loaded.revision).toBe(0);
    expect(await handlers().savePlan({ plan: loaded })).toMatchObject({ revision: 1 });
  });

  it('gives an imported or duplicated plan its own count, from 0', async () => {
    const api = handlers();
    const { plan } = await api.createPlan({ title: 'Source' });
    await api.savePlan({ plan });
    const imported = await api.importPlanFile({ fileName: 'x.kplan.json', content: JSON.stringify({ ...plan, id: 'imported-elsewhere', revision: 7 }) });
    expect(imported.plan.revision).toBe(0);
    expect((await api.duplicatePlan({ id: plan.id, title: 'Copy' })).plan.revision).toBe(0);
  });
});
