import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { networkLandscapeYaml } from '../../tests/support/landscape-fixture';
import { createCatalogueHandlers } from './catalogue-handlers';
import { dispatch } from './dispatch';
import { createHandlers } from './handlers';

const landscape = networkLandscapeYaml([
  {
    name: 'Project Calico',
    homepage: 'https://www.tigera.io/project-calico/',
    repository: 'https://github.com/projectcalico/calico',
  },
  {
    name: 'Cilium',
    homepage: 'https://cilium.io/',
    project: 'graduated',
    description: 'eBPF-based networking, observability and security',
  },
]);

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-catalogue-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const handlers = () => createHandlers({ dataDir, transport: 'cli', version: '1', locale: 'en', openExternal: async () => false });

describe('catalogue handlers', () => {
  it('serves the built-in catalogue, with Calico from the seed infrastructure section', async () => {
    const snapshot = await createCatalogueHandlers(dataDir).handlers.getCatalogue({});
    expect(snapshot.entries.length).toBeGreaterThan(140);
    expect(snapshot.landscapeImport).toBeNull();
    const calico = snapshot.entries.find((entry) => entry.name === 'Calico');
    expect(calico?.seedSection).toBe('infrastructure');
    expect(snapshot.distributionTypes.traits.length).toBeGreaterThan(5);
  });

  it('merges an import into the built-in rows, reports it, and keeps it across a restart', async () => {
    const builtInCount = (await createCatalogueHandlers(dataDir).handlers.getCatalogue({})).entries.length;
    const result = await dispatch(handlers(), 'importLandscape', { fileName: 'landscape.yml', content: landscape });
    expect(result.ok).toBe(true);
    const { snapshot, report } = (result as { ok: true; value: Awaited<ReturnType<ReturnType<typeof handlers>['importLandscape']>> }).value;
    expect(report.added).toEqual(['Cilium']);
    expect(report.merged).toEqual([{ name: 'Project Calico', builtInId: expect.any(String), rule: 'alias' }]);
    expect(snapshot.entries).toHaveLength(builtInCount + 1);
    const calico = snapshot.entries.find((entry) => entry.name === 'Calico');
    expect(calico?.sources.map((source) => source.kind)).toEqual(['seed', 'cncf-landscape']);

    const afterRestart = await createCatalogueHandlers(dataDir).handlers.getCatalogue({});
    expect(afterRestart.entries).toHaveLength(builtInCount + 1);
    expect(afterRestart.landscapeImport?.fileName).toBe('landscape.yml');
  });

  it('serves what another process (the CLI) imported or removed in the same folder since', async () => {
    const host = handlers();
    const builtInCount = (await host.getCatalogue({})).entries.length;
    const cli = handlers();
    expect(await dispatch(cli, 'importLandscape', { fileName: 'landscape.yml', content: landscape })).toMatchObject({ ok: true });
    expect((await host.getCatalogue({})).entries).toHaveLength(builtInCount + 1);
    await cli.removeLandscapeImport({});
    const afterRemoval = await host.getCatalogue({});
    expect(afterRemoval.landscapeImport).toBeNull();
    expect(afterRemoval.entries).toHaveLength(builtInCount);
  });

  it('trusts the links the built-in catalogue ships, never those of an imported file', async () => {
    const catalogue = createCatalogueHandlers(dataDir);
    expect(catalogue.links).toContain('https://github.com/projectcalico/calico');
    await catalogue.handlers.importLandscape({ fileName: 'landscape.yml', content: landscape });
    expect(catalogue.links).not.toContain('https://cilium.io/');
  });

  it('removes the import', async () => {
    const instance = handlers();
    await instance.importLandscape({ fileName: 'landscape.yml', content: landscape });
    const snapshot = await instance.removeLandscapeImport({});
    expect(snapshot.landscapeImport).toBeNull();
    expect((await createCatalogueHandlers(dataDir).handlers.getCatalogue({})).landscapeImport).toBeNull();
  });

  it('rejects a bad file with a message naming the file and the problem, changing nothing', async () => {
    const instance = handlers();
    await instance.importLandscape({ fileName: 'good.yml', content: landscape });
    const before = await instance.getCatalogue({});
    const stored = await readFile(join(dataDir, 'landscape-import.json'), 'utf8');

    const notYaml = await dispatch(instance, 'importLandscape', { fileName: 'broken.yml', content: 'landscape: [unclosed' });
    expect(notYaml).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
    expect(!notYaml.ok && notYaml.error.message).toMatch(/^broken\.yml: .*line 1/);

    const notLandscape = await dispatch(instance, 'importLandscape', { fileName: 'list.yml', content: '- a\n- b\n' });
    expect(notLandscape).toMatchObject({ ok: false, error: { code: 'invalid-file' } });

    expect(await instance.getCatalogue({})).toEqual(before);
    expect(await readFile(join(dataDir, 'landscape-import.json'), 'utf8')).toBe(stored);
  });

  it('refuses a file over 50 MB, naming its size', async () => {
    const result = await dispatch(handlers(), 'importLandscape', { fileName: 'huge.yml', content: 'x'.repeat(51 * 1024 * 1024) });
    expect(result).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
    expect(!result.ok && result.error.message).toMatch(/huge\.yml is 51\.0 MB; .* 50\.0 MB/);
  });

  it('keeps the previous catalogue when the import cannot be saved', async () => {
    const blocked = join(dataDir, 'blocked');
    await writeFile(blocked, 'a file where the data folder should be');
    const onBlockedDisk = createHandlers({ dataDir: blocked, transport: 'cli', version: '1', locale: 'en', openExternal: async () => false });
    const before = await onBlockedDisk.getCatalogue({});
    const result = await dispatch(onBlockedDisk, 'importLandscape', { fileName: 'landscape.yml', content: landscape });
    expect(result).toMatchObject({ ok: false, error: { code: 'io-failure' } });
    expect(await onBlockedDisk.getCatalogue({})).toEqual(before);
  });

  it('serves the built-in catalogue and names the problem when the saved import is corrupt', async () => {
    await writeFile(join(dataDir, 'landscape-import.json'), '{"fileName": 3}');
    const snapshot = await createCatalogueHandlers(dataDir).handlers.getCatalogue({});
    expect(snapshot.landscapeImport).toBeNull();
    expect(snapshot.storedImportProblem).toMatchObject({ code: 'invalid-file', i18n: { key: 'store.wrongShape' } });
    expect(snapshot.storedImportProblem?.message).toContain('landscape-import.json');
    expect(snapshot.storedImportProblem?.i18n?.params.path).toContain('landscape-import.json');
    expect(await readFile(join(dataDir, 'landscape-import.json'), 'utf8')).toBe('{"fileName": 3}');
  });

  it('refuses a saved import replaced after it was checked and stamped, as any corrupt one', async () => {
    expect((await dispatch(handlers(), 'importLandscape', { fileName: 'landscape.yml', content: landscape })).ok).toBe(true);
    const stored = JSON.parse(await readFile(join(dataDir, 'landscape-import.json'), 'utf8')) as { entries: { name: unknown }[] };
    stored.entries[0]!.name = 42;
    await writeFile(join(dataDir, 'landscape-import.json'), JSON.stringify(stored));
    const snapshot = await createCatalogueHandlers(dataDir).handlers.getCatalogue({});
    expect(snapshot.landscapeImport).toBeNull();
    expect(snapshot.storedImportProblem).toMatchObject({ code: 'invalid-file', i18n: { key: 'store.wrongShape' } });
  });

  it('reads a stamped import back after a restart as it was imported', async () => {
    const imported = await dispatch(handlers(), 'importLandscape', { fileName: 'landscape.yml', content: landscape });
    if (!imported.ok) throw new Error(imported.error.message);
    const afterRestart = await dispatch(handlers(), 'getCatalogue', {});
    expect(afterRestart).toEqual({ ok: true, value: (imported.value as { snapshot: unknown }).snapshot });
  });
});
