import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { englishErrorMessage } from '../../shared/i18n/english-errors';
import { UserError } from '../../shared/user-error';
import { parsePlanFile, serializePlan } from '../../shared/plan/plan-file';
import { PLAN_SCHEMA_VERSION, type Plan } from '../../shared/plan/plan-schema';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';
import type { ContentWriter } from './json-file-store';
import { createPlanHandlers } from './plan-handlers';

let dataDir: string;
let clock: number;
let idCounter: number;
const plansDir = () => join(dataDir, 'plans');
const planFile = (id: string) => join(plansDir(), `${id}.kplan.json`);

function handlers(options: { writeContent?: ContentWriter; chooseOpenPath?: () => Promise<string | undefined>; chooseSavePath?: () => Promise<string | undefined> } = {}) {
  return createPlanHandlers(
    { dataDir, chooseOpenPath: options.chooseOpenPath, chooseSavePath: options.chooseSavePath },
    {
      writeContent: options.writeContent,
      // Each call a second later, so "newest first" orders are decided by the test, not by the disk.
      now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)),
      newId: () => `plan-${++idCounter}`,
    },
  );
}

async function rejection(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

function failingWriter(code: 'EACCES' | 'ENOSPC'): ContentWriter {
  return async () => {
    throw Object.assign(new Error(`${code}: simulated`), { code });
  };
}

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-plans-'));
  clock = 0;
  idCounter = 0;
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

describe('plan workspace', () => {
  it('creates a plan, lists it as the last open one, and loads it back after a restart', async () => {
    const { plan } = await handlers().createPlan({ title: 'Checkout' });
    expect(plan).toMatchObject({ id: 'plan-1', title: 'Checkout', schemaVersion: PLAN_SCHEMA_VERSION });
    const restarted = handlers();
    const workspace = await restarted.listPlans({});
    expect(workspace.lastOpenId).toBe('plan-1');
    expect(workspace.plans).toEqual([{ id: 'plan-1', title: 'Checkout', team: '', updatedAt: plan.updatedAt, revision: 0 }]);
    expect((await restarted.loadPlan({ id: 'plan-1' })).plan).toEqual(plan);
  });

  it('saves a plan atomically and keeps the previous version as .bak', async () => {
    const api = handlers();
    const { plan } = await api.createPlan({ title: 'First' });
    await api.savePlan({ plan: { ...plan, team: 'SRE' } });
    await api.savePlan({ plan: { ...plan, team: 'Platform', revision: 1 } });
    expect(parsePlanFile(await readFile(planFile(plan.id), 'utf8')).team).toBe('Platform');
    expect(parsePlanFile(await readFile(`${planFile(plan.id)}.bak`, 'utf8')).team).toBe('SRE');
    expect((await readdir(plansDir())).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('renames and duplicates a plan without touching the original’s content', async () => {
    const api = handlers();
    const { plan } = await api.createPlan({ title: 'Old name' });
    await api.savePlan({ plan: { ...plan, goals: ['Zero-downtime deploys'] } });
    expect(await api.renamePlan({ id: plan.id, title: 'New name' })).toMatchObject({ id: plan.id, title: 'New name' });
    const { plan: copy } = await api.duplicatePlan({ id: plan.id, title: 'New name (copy)' });
    expect(copy).toMatchObject({ id: 'plan-2', title: 'New name (copy)', goals: ['Zero-downtime deploys'] });
    expect((await api.loadPlan({ id: plan.id })).plan).toMatchObject({ title: 'New name', goals: ['Zero-downtime deploys'] });
    expect((await api.listPlans({})).plans.map((summary) => summary.title)).toEqual(['New name (copy)', 'New name']);
  });

  it('moves a deleted plan to the trash and restores it with its content and backup', async () => {
    const api = handlers();
    const { plan } = await api.createPlan({ title: 'Doomed' });
    await api.savePlan({ plan: { ...plan, context: 'kept' } });
    await api.trashPlan({ id: plan.id });
    let workspace = await api.listPlans({});
    expect(workspace.plans).toEqual([]);
    expect(workspace.lastOpenId).toBeNull();
    expect(workspace.trash).toMatchObject([{ id: plan.id, title: 'Doomed', trashedAt: expect.any(String) }]);
    expect((await rejection(api.loadPlan({ id: plan.id }))).i18n?.key).toBe('planStore.notFound');
    // A late autosave of the deleted plan must not bring it back.
    expect((await rejection(api.savePlan({ plan }))).i18n?.key).toBe('planStore.notFound');

    expect(await api.restorePlan({ id: plan.id })).toMatchObject({ id: plan.id, title: 'Doomed' });
    workspace = await api.listPlans({});
    expect(workspace.trash).toEqual([]);
    expect((await api.loadPlan({ id: plan.id })).plan.context).toBe('kept');
    await expect(readFile(`${planFile(plan.id)}.bak`, 'utf8')).resolves.toContain('"Doomed"');
    expect((await rejection(api.restorePlan({ id: plan.id }))).i18n?.key).toBe('planStore.notInTrash');
  });

  it('lists a damaged plan file with its problem instead of hiding it or failing the whole list', async () => {
    const api = handlers();
    await api.createPlan({ title: 'Fine' });
    await writeFile(planFile('broken'), '{"schemaVersion": 2, "title": "cut', 'utf8');
    const { plans } = await api.listPlans({});
    expect(plans.find((summary) => summary.id === 'broken')?.problem?.i18n?.key).toBe('planFile.truncated');
    expect((await rejection(api.loadPlan({ id: 'broken' }))).i18n?.key).toBe('planFile.truncated');
    expect(await readFile(planFile('broken'), 'utf8')).toBe('{"schemaVersion": 2, "title": "cut');
  });
});

describe('saving when the disk refuses', () => {
  it.each(['EACCES', 'ENOSPC'] as const)('%s: says the save failed, keeps the last good file, and works on retry', async (code) => {
    const good = handlers();
    const { plan } = await good.createPlan({ title: 'Before' });
    const error = await rejection(handlers({ writeContent: failingWriter(code) }).savePlan({ plan: { ...plan, title: 'After' } }));
    expect(error.code).toBe('io-failure');
    expect(error.i18n).toMatchObject({ key: 'store.saveFailed', params: { path: planFile(plan.id), reason: `${code}: simulated` } });
    expect(parsePlanFile(await readFile(planFile(plan.id), 'utf8')).title).toBe('Before');
    expect((await readdir(plansDir())).filter((name) => name.endsWith('.tmp'))).toEqual([]);

    await good.savePlan({ plan: { ...plan, title: 'After' } });
    expect(parsePlanFile(await readFile(planFile(plan.id), 'utf8')).title).toBe('After');
  });

  it.skipIf(process.platform === 'win32' || process.getuid?.() === 0)(
    'reports a read-only workspace folder through the envelope (skipped as root, who writes through folder permissions, and on Windows, which has no read-only folders of this kind)',
    async () => {
      const all = createHandlers({ dataDir, transport: 'cli', version: '1', locale: 'en', openExternal: async () => false });
      const { plan } = await all.createPlan({ title: 'Read-only' });
      await chmod(plansDir(), 0o500);
      try {
        const result = await dispatch(all, 'savePlan', { plan: { ...plan, title: 'Changed' } });
        expect(result).toMatchObject({ ok: false, error: { code: 'io-failure', i18n: { key: 'store.saveFailed' } } });
      } finally {
        await chmod(plansDir(), 0o700);
      }
      expect(parsePlanFile(await readFile(planFile(plan.id), 'utf8')).title).toBe('Read-only');
    },
  );
});

describe('a folder that cannot be written', () => {
  it('opens its plans without writing anything first, and lists the workspace as read-only', async () => {
    const { plan } = await handlers().createPlan({ title: 'Readable' });
    await handlers().createPlan({ title: 'Other' });
    // Every write fails as on a read-only mount (EROFS through the same seam a full disk uses).
    const readOnly = handlers({ writeContent: failingWriter('EACCES') });
    const workspace = await readOnly.listPlans({});
    expect(workspace.readOnly).toBe(true);
    expect(workspace.plans.map((summary) => summary.title).sort()).toEqual(['Other', 'Readable']);
    expect((await readOnly.loadPlan({ id: plan.id })).plan.title).toBe('Readable');
    expect((await readdir(plansDir())).filter((name) => name.includes('probe') || name.endsWith('.tmp'))).toEqual([]);
    expect((await handlers().listPlans({})).readOnly).toBe(false);
  });
});

describe('a crash in the middle of a save', () => {
  it('leaves the last good file when the writing process is killed mid-write', async () => {
    const { plan } = await handlers().createPlan({ title: 'Last good' });
    const lastGood = await readFile(planFile(plan.id), 'utf8');
    const next: Plan = { ...plan, title: 'Never finished', context: 'x'.repeat(15_000) };
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', resolve(import.meta.dirname, '../../tests/fixtures/plans/stalling-plan-writer.ts'), planFile(plan.id), serializePlan(next)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((done, fail) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('half-written')) done();
      });
      child.on('exit', (code) => fail(new Error(`writer exited early with ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((done) => child.on('exit', done));

    expect(await readFile(planFile(plan.id), 'utf8')).toBe(lastGood);
    const reopened = handlers();
    expect((await reopened.loadPlan({ id: plan.id })).plan.title).toBe('Last good');
    // The half-written temporary file is never listed as a plan.
    expect((await reopened.listPlans({})).plans.map((summary) => summary.id)).toEqual([plan.id]);
  }, 30_000);
});

describe('plan files', () => {
  it('imports a dropped file as a new plan and remembers it in the recent files', async () => {
    const api = handlers();
    const text = await readFile(resolve(import.meta.dirname, '../../tests/fixtures/plans/v1-plan.kplan.json'), 'utf8');
    const { plan } = await api.importPlanFile({ fileName: 'v1-plan.kplan.json', content: text });
    expect(plan).toMatchObject({ id: 'v1-fixture-plan', title: 'Checkout cluster (结账集群)', schemaVersion: PLAN_SCHEMA_VERSION });
    const workspace = await api.listPlans({});
    expect(workspace.lastOpenId).toBe('v1-fixture-plan');
    expect(workspace.recentFiles).toEqual([{ fileName: 'v1-plan.kplan.json', openedAt: expect.any(String) }]);
    // Opening the same file again adds nothing: main names the plan already there, for the user to choose.
    const again = await api.importPlanFile({ fileName: 'v1-plan.kplan.json', content: text });
    expect(again.existing).toEqual({ id: 'v1-fixture-plan', title: 'Checkout cluster (结账集群)' });
    expect((await api.listPlans({})).plans.map((summary) => summary.id)).toEqual(['v1-fixture-plan']);
    expect((await api.listPlans({})).recentFiles).toHaveLength(1);
  });

  it('refuses a bad file by name, changing nothing in the workspace', async () => {
    const api = handlers();
    const { plan } = await api.createPlan({ title: 'Current' });
    const before = await readFile(planFile(plan.id), 'utf8');
    const cases: [string, string][] = [
      ['{"schemaVersion": 2, "title": "cut', 'planFile.truncated'],
      ['not json at all', 'planFile.notJson'],
      [JSON.stringify({ ...plan, schemaVersion: 99 }), 'planFile.newerVersion'],
      ['{"schemaVersion":2,"__proto__":{"admin":true}}', 'planFile.hostileKey'],
      [`${'['.repeat(1000)}${']'.repeat(1000)}`, 'planFile.tooDeep'],
      [`"${'x'.repeat(5 * 1024 * 1024)}"`, 'planFile.tooLarge'],
    ];
    for (const [content, key] of cases) {
      const error = await rejection(api.importPlanFile({ fileName: 'bad.kplan.json', content }));
      expect(error.code).toBe('invalid-file');
      expect(error.i18n?.key).toBe(key);
      expect(englishErrorMessage(error).startsWith('bad.kplan.json: ')).toBe(true);
    }
    const workspace = await api.listPlans({});
    expect(workspace.plans.map((summary) => summary.id)).toEqual([plan.id]);
    expect(workspace.recentFiles).toEqual([]);
    expect(await readFile(planFile(plan.id), 'utf8')).toBe(before);
  });

  it('opens a file through the dialog seam, refuses an oversized one before reading it, and reopens only recent paths', async () => {
    const folder = join(dataDir, 'elsewhere');
    await mkdir(folder);
    const path = join(folder, 'team.kplan.json');
    const { plan } = await handlers().createPlan({ title: 'On disk' });
    await writeFile(path, serializePlan({ ...plan, id: 'from-disk' }), 'utf8');
    const api = handlers({ chooseOpenPath: async () => path });
    expect((await api.openPlanFile({})).plan?.id).toBe('from-disk');
    expect((await api.listPlans({})).recentFiles).toEqual([{ fileName: 'team.kplan.json', path, openedAt: expect.any(String) }]);
    expect((await api.openRecentPlanFile({ path })).plan.title).toBe('On disk');

    const secret = join(folder, 'secret.json');
    await writeFile(secret, '{}', 'utf8');
    expect((await rejection(api.openRecentPlanFile({ path: secret }))).i18n?.key).toBe('planStore.notRecent');

    const huge = join(folder, 'huge.kplan.json');
    await writeFile(huge, Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
    const error = await rejection(handlers({ chooseOpenPath: async () => huge }).openPlanFile({}));
    expect(error.i18n).toMatchObject({ key: 'planFile.tooLarge', params: { file: 'huge.kplan.json', size: '5.0 MB' } });

    expect(await handlers({ chooseOpenPath: async () => undefined }).openPlanFile({})).toEqual({ plan: null });
    expect((await rejection(handlers().openPlanFile({}))).i18n?.key).toBe('planStore.openDialogUnavailable');
  });

  it('saves a plan as a file through the save dialog seam', async () => {
    const path = join(dataDir, 'exported.kplan.json');
    const { plan } = await handlers().createPlan({ title: 'Shared' });
    const api = handlers({ chooseSavePath: async () => path });
    expect(await api.savePlanFileAs({ plan, suggestedName: 'shared.kplan.json' })).toEqual({ saved: true, path });
    expect(parsePlanFile(await readFile(path, 'utf8'))).toEqual(plan);
    expect((await api.listPlans({})).recentFiles[0]).toMatchObject({ path });
    expect(await handlers({ chooseSavePath: async () => undefined }).savePlanFileAs({ plan, suggestedName: 'x.kplan.json' })).toEqual({ saved: false });
  });
});

describe('the plan channels through dispatch', () => {
  it('refuses a hostile plan id before any handler runs', async () => {
    const all = createHandlers({ dataDir, transport: 'cli', version: '1', locale: 'en', openExternal: async () => false });
    expect(await dispatch(all, 'loadPlan', { id: '../../etc/passwd' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
