import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { preferencesSchema } from '../../shared/ipc/contract';
import { workspaceViewSchema } from '../../shared/ipc/workspace-view';
import { createHandlers } from './handlers';
import { workspaceStateSchema } from './plan-store';

let dataDir: string;
const handlers = () => createHandlers({ dataDir, transport: 'web', version: '1', locale: 'en', openExternal: async () => false });

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-state-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

/** Values of every JSON type, and some near misses; for each field, those its schema refuses. */
const CANDIDATES: unknown[] = [42, -1, 'not-a-value', '', true, null, [], [1, 'x'], {}, { nested: { deep: 1 } }, 'x'.repeat(20_000)];
function wrongValuesFor(schema: z.ZodType): unknown[] {
  const wrong = CANDIDATES.filter((value) => !schema.safeParse(value).success);
  expect(wrong.length).toBeGreaterThan(0);
  return wrong;
}
const fieldsOf = (schema: z.ZodObject) => Object.entries(schema.shape as Record<string, z.ZodType>);

async function damagedCopies(folder: string, name: string): Promise<string[]> {
  return (await readdir(folder)).filter((entry) => entry.startsWith(`${name}.damaged-`));
}

describe('preferences.json', () => {
  it.each(fieldsOf(preferencesSchema))('resets %s of a wrong type to its default, says so, keeps the file beside and never reads the value again', async (field, schema) => {
    for (const wrong of wrongValuesFor(schema)) {
      await rm(dataDir, { recursive: true, force: true });
      await mkdir(dataDir, { recursive: true });
      await writeFile(join(dataDir, 'preferences.json'), JSON.stringify({ language: 'zh-CN', theme: 'dark', [field]: wrong }));
      const api = handlers();
      const preferences = await api.loadPreferences({});
      expect(preferences).toEqual(preferencesSchema.parse({ language: 'zh-CN', theme: 'dark', [field]: undefined }));
      const { notices } = await api.takeStateNotices({});
      expect(notices).toHaveLength(1);
      expect(notices[0]!.i18n).toMatchObject({ key: 'stateFile.fieldsReset', params: { file: 'preferences.json', fields: field } });
      expect(await api.takeStateNotices({})).toEqual({ notices: [] });
      const [copy] = await damagedCopies(dataDir, 'preferences.json');
      expect(JSON.parse(await readFile(join(dataDir, copy!), 'utf8'))[field]).toEqual(wrong);
      expect(JSON.parse(await readFile(join(dataDir, 'preferences.json'), 'utf8'))[field]).not.toEqual(wrong);
      expect(await handlers().loadPreferences({})).toEqual(preferences);
    }
  });
});

describe('view-state.json', () => {
  it.each(fieldsOf(workspaceViewSchema))('resets workspace.%s of a wrong type and keeps every other field', async (field, schema) => {
    for (const wrong of wrongValuesFor(schema)) {
      await writeFile(
        join(dataDir, 'view-state.json'),
        JSON.stringify({ workspace: { state: { section: 'sla', slaInput: '99.95', [field]: wrong }, version: 1 } }),
      );
      const api = handlers();
      const { value } = await api.loadViewState({ key: 'workspace' });
      const state = (value as { state: Record<string, unknown> }).state;
      expect(state).not.toHaveProperty(field);
      if (field !== 'section') expect(state.section).toBe('sla');
      const { notices } = await api.takeStateNotices({});
      expect(notices.map((notice) => notice.i18n?.params.fields)).toEqual([`workspace.${field}`]);
    }
  });

  it('keeps the settings of a file whose persisted form is wrong out of the page, and names it', async () => {
    await writeFile(join(dataDir, 'view-state.json'), JSON.stringify({ workspace: 'blank page' }));
    const api = handlers();
    expect(await api.loadViewState({ key: 'workspace' })).toEqual({ value: null });
    expect((await api.takeStateNotices({})).notices[0]?.i18n?.params.fields).toBe('workspace');
  });
});

describe('plans/workspace.json', () => {
  it.each(fieldsOf(workspaceStateSchema))('resets %s of a wrong type and still lists every plan', async (field, schema) => {
    const { plan } = await handlers().createPlan({ title: 'Kept' });
    for (const wrong of wrongValuesFor(schema)) {
      await writeFile(join(dataDir, 'plans', 'workspace.json'), JSON.stringify({ lastOpenId: plan.id, recentFiles: [], [field]: wrong }));
      const api = handlers();
      const workspace = await api.listPlans({});
      expect(workspace.plans.map((summary) => summary.title)).toEqual(['Kept']);
      expect((await api.takeStateNotices({})).notices[0]?.i18n?.params.fields).toBe(field);
    }
  });
});

describe('a file that is not JSON at all', () => {
  it.each([
    ['preferences.json', ''],
    ['preferences.json', '{"theme": "dark",'],
    ['view-state.json', '\u0000\u0000\u0000'],
    ['view-state.json', '[1, 2, 3]'],
    ['plans/workspace.json', 'not json'],
    ['plans/workspace.json', 'null'],
  ])('%s holding %j: starts from defaults, keeps it as .damaged-<time>, and says so', async (path, content) => {
    const { plan } = await handlers().createPlan({ title: 'Kept' });
    await writeFile(join(dataDir, path), content);
    const api = handlers();
    expect(await api.loadPreferences({})).toEqual(preferencesSchema.parse({}));
    expect(await api.loadViewState({ key: 'workspace' })).toEqual({ value: null });
    expect((await api.listPlans({})).plans.map((summary) => summary.id)).toEqual([plan.id]);
    const { notices } = await api.takeStateNotices({});
    expect(notices.map((notice) => notice.i18n?.key)).toEqual(['stateFile.damaged']);
    const folder = join(dataDir, path, '..');
    const name = path.split('/').at(-1)!;
    const [copy] = await damagedCopies(folder, name);
    expect(await readFile(join(folder, copy!), 'utf8')).toBe(content);
  });
});
