import fc from 'fast-check';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planSchema } from '../../shared/plan/plan-schema';
import { largePlanArbitrary } from '../../tests/fixtures/plans/large-plan-arbitrary';
import { dispatch } from './dispatch';
import type { ChannelResponse } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { createHandlers } from './handlers';

let dataDir: string;
const handlers = () => createHandlers({ dataDir, transport: 'cli', version: '1', locale: 'en', openExternal: async () => false });
const decode = (base64: string) => Buffer.from(base64, 'base64').toString('utf8');

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-size-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('one size rule at the workspace', () => {
  it('refuses to save a plan whose file would be too large to open, and keeps the last good file', async () => {
    const api = handlers();
    const { plan } = await api.createPlan({ title: 'Log' });
    const longLog = planSchema.parse({
      ...plan,
      decisionLog: Array.from({ length: 500 }, (_, index) => ({ id: `d${index}`, date: '2026-01-01', decision: '\u0001'.repeat(2_000) })),
    });
    const refused = await dispatch(api, 'savePlan', { plan: longLog });
    expect(refused).toMatchObject({ ok: false, error: { code: 'file-too-large', i18n: { key: 'planFile.tooLargeToSave' } } });
    expect(await dispatch(api, 'loadPlan', { id: plan.id })).toMatchObject({ ok: true, value: { plan: { decisionLog: [] } } });
    expect((await readdir(join(dataDir, 'plans'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('whatever savePlan and importPlanFile accept, loadPlan opens, and the JSON export imports again', async () => {
    const api = handlers();
    const { plan: created } = await api.createPlan({ title: 'Target' });
    await fc.assert(
      fc.asyncProperty(largePlanArbitrary, async (generated) => {
        const { plan: current } = await api.loadPlan({ id: created.id });
        const plan = { ...generated, id: created.id, revision: current.revision };
        if ((await dispatch(api, 'savePlan', { plan })).ok) {
          const loaded = await dispatch(api, 'loadPlan', { id: plan.id });
          expect(loaded).toMatchObject({ ok: true });
        }
        const imported = (await dispatch(api, 'importPlanFile', { fileName: 'compact.kplan.json', content: JSON.stringify(generated) })) as IpcResult<
          ChannelResponse<'importPlanFile'>
        >;
        if (!imported.ok) {
          // Refused for its size only: by the file limit, the limit of what it would save as, or the transport's cap.
          expect(imported.error.i18n?.key ?? imported.error.code).toMatch(/^(planFile\.tooLarge|planFile\.tooLargeToSave|invalid-request)$/);
          return;
        }
        const reopened = await dispatch(api, 'loadPlan', { id: imported.value.plan.id });
        expect(reopened).toMatchObject({ ok: true });
        const exported = (await dispatch(api, 'exportPlan', { plan: imported.value.plan, format: 'json', language: 'en' })) as IpcResult<
          ChannelResponse<'exportPlan'>
        >;
        if (!exported.ok || !exported.value.download) throw new Error('the JSON export of an imported plan failed');
        const again = await dispatch(api, 'importPlanFile', { fileName: 'again.kplan.json', content: decode(exported.value.download.base64) });
        expect(again).toMatchObject({ ok: true });
        await api.trashPlan({ id: imported.value.plan.id });
      }),
      { numRuns: 8, seed: 7, endOnFailure: true },
    );
  }, 120_000);
});
