import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { networkLandscapeYaml } from '../../tests/support/landscape-fixture';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import { type Handlers, dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { serializedOkResult } from './unchanging-responses';

let dataDir: string;
let handlers: Handlers;

beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-unchanging-'));
  handlers = createHandlers({ dataDir, transport: 'web', version: '1', locale: 'en', openExternal: async () => false });
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

async function catalogueValue(): Promise<CatalogueSnapshot> {
  const result = await dispatch(handlers, 'getCatalogue', {});
  if (!result.ok) throw new Error(result.error.message);
  return result.value as CatalogueSnapshot;
}

const landscape = networkLandscapeYaml([{ name: 'Quindra Velmo', homepage: 'https://quindra.example', repository: 'https://github.com/quindra/velmo' }]);

describe('the catalogue checked and serialized once', () => {
  it('gives back the same checked snapshot, and the same JSON, until an import replaces it', async () => {
    const first = await catalogueValue();
    expect(await catalogueValue()).toBe(first);
    expect(serializedOkResult(first)).toBe(JSON.stringify({ ok: true, value: first }));

    const imported = await dispatch(handlers, 'importLandscape', { fileName: 'landscape.yml', content: landscape });
    expect(imported.ok).toBe(true);
    const afterImport = await catalogueValue();
    expect(afterImport).not.toBe(first);
    expect(afterImport.entries.map((entry) => entry.name)).toContain('Quindra Velmo');
    expect(serializedOkResult(afterImport)).toContain('Quindra Velmo');
    expect(await catalogueValue()).toBe(afterImport);
  });

  it('replaces the snapshot again when the import is removed', async () => {
    await dispatch(handlers, 'importLandscape', { fileName: 'landscape.yml', content: landscape });
    const withImport = await catalogueValue();
    expect((await dispatch(handlers, 'removeLandscapeImport', {})).ok).toBe(true);
    const afterRemoval = await catalogueValue();
    expect(afterRemoval).not.toBe(withImport);
    expect(afterRemoval.landscapeImport).toBeNull();
    expect(serializedOkResult(afterRemoval)).not.toContain('Quindra Velmo');
  });

  it('validates every other response on every call', async () => {
    const preferences = await dispatch(handlers, 'loadPreferences', {});
    const again = await dispatch(handlers, 'loadPreferences', {});
    expect(preferences.ok && again.ok).toBe(true);
    if (preferences.ok && again.ok) expect(again.value).not.toBe(preferences.value);
  });
});
