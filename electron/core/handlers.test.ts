import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';

let dataDir: string;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-handlers-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

function handlers() {
  return createHandlers({ dataDir, transport: 'cli', version: '1.2.3', locale: 'zh-CN', openExternal: async () => true });
}

describe('createHandlers', () => {
  it('shows in its folder only a file saved through the save dialog in this run', async () => {
    const target = join(dataDir, 'catalogue.csv');
    const shown: string[] = [];
    const desktop = createHandlers({
      dataDir,
      transport: 'electron',
      version: '1',
      locale: 'en',
      openExternal: async () => true,
      chooseSavePath: async () => target,
      showItemInFolder: (path) => shown.push(path),
    });
    const refused = await dispatch(desktop, 'showItemInFolder', { path: target });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request', i18n: { key: 'showInFolder.notSaved' } } });
    await desktop.saveExportFile({ suggestedName: 'catalogue.csv', format: 'csv', content: 'a,b' });
    expect(await dispatch(desktop, 'showItemInFolder', { path: target })).toEqual({ ok: true, value: { shown: true } });
    expect(await dispatch(desktop, 'showItemInFolder', { path: '/etc/passwd' })).toMatchObject({ ok: false });
    expect(shown).toEqual([target]);
    // The browser host and the CLI have no file manager to show it in.
    expect(await dispatch(handlers(), 'showItemInFolder', { path: target })).toMatchObject({ ok: false, error: { i18n: { key: 'showInFolder.unavailable' } } });
  });

  it('saves text as UTF-8 and a base64 export as its bytes, where the save dialog says', async () => {
    const target = join(dataDir, 'saved-export');
    const desktop = createHandlers({ dataDir, transport: 'electron', version: '1', locale: 'en', openExternal: async () => true, chooseSavePath: async () => target });
    await dispatch(desktop, 'saveExportFile', { suggestedName: 'comparison.md', format: 'md', content: '# 发行版' });
    expect(await readFile(target, 'utf8')).toBe('# 发行版');
    // 'JVBERg==' is the base64 of the bytes of "%PDF".
    await dispatch(desktop, 'saveExportFile', { suggestedName: 'plan.en.pdf', format: 'pdf', content: 'JVBERg==', encoding: 'base64' });
    expect([...(await readFile(target))]).toEqual([0x25, 0x50, 0x44, 0x46]);
  });

  it('reports the app info it was given', async () => {
    expect(await handlers().getAppInfo({})).toEqual({ version: '1.2.3', locale: 'zh-CN', transport: 'cli' });
  });

  it('persists preferences across handler instances (a restart)', async () => {
    expect(await handlers().loadPreferences({})).toEqual({ theme: 'system' });
    await handlers().savePreferences({ language: 'zh-CN' });
    await handlers().savePreferences({ theme: 'dark' });
    expect(await handlers().loadPreferences({})).toEqual({ language: 'zh-CN', theme: 'dark' });
  });

  it('keeps every one of several concurrent view-state saves', async () => {
    const instance = handlers();
    await Promise.all([
      instance.saveViewState({ key: 'workspace', value: { state: { slaInput: '1' }, version: 1 } }),
      instance.savePreferences({ theme: 'light' }),
      instance.saveViewState({ key: 'workspace', value: { state: { slaInput: '2' }, version: 1 } }),
    ]);
    expect(await instance.loadViewState({ key: 'workspace' })).toEqual({ value: { state: { slaInput: '2' }, version: 1 } });
    expect(await instance.loadPreferences({})).toMatchObject({ theme: 'light' });
  });

  it('starts from default preferences when the file is corrupt, names it, and keeps it beside', async () => {
    await writeFile(join(dataDir, 'preferences.json'), '{ not json');
    const instance = handlers();
    expect(await dispatch(instance, 'loadPreferences', {})).toEqual({ ok: true, value: { theme: 'system' } });
    const { notices } = await instance.takeStateNotices({});
    expect(notices[0]?.message).toMatch(/^preferences\.json could not be read/);
    const [copy] = (await readdir(dataDir)).filter((name) => name.startsWith('preferences.json.damaged-'));
    expect(await readFile(join(dataDir, copy!), 'utf8')).toBe('{ not json');
  });

  it('reports a failing disk when the data folder is a file', async () => {
    const blocked = join(dataDir, 'blocked');
    await writeFile(blocked, 'not a folder');
    const onBlockedDisk = createHandlers({ dataDir: blocked, transport: 'cli', version: '1', locale: 'en', openExternal: async () => false });
    const result = await dispatch(onBlockedDisk, 'savePreferences', { theme: 'light' });
    expect(result).toMatchObject({ ok: false, error: { code: 'io-failure' } });
    expect(!result.ok && result.error.message).toContain('preferences.json');
  });

  it('computes the downtime budget through the contract', async () => {
    const result = await dispatch(handlers(), 'computeDowntimeBudget', { availabilityPercent: 99.9 });
    expect(result).toMatchObject({ ok: true, value: { convention: 'year-365', seconds: { year: 31536 } } });
  });

  it('refuses an oversized view-state document', async () => {
    const result = await dispatch(handlers(), 'saveViewState', { key: 'workspace', value: 'x'.repeat(300 * 1024) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
