import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { networkLandscapeYaml } from '../../tests/support/landscape-fixture';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import { type Handlers, dispatch } from './dispatch';
import { createHandlers } from './handlers';
import { checkedOnce, markUnchanging, serializedOkResult } from './unchanging-responses';

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

  it('takes the snapshot an import answered with as checked: the next getCatalogue returns that checked object', async () => {
    const imported = await dispatch(handlers, 'importLandscape', { fileName: 'landscape.yml', content: landscape });
    if (!imported.ok) throw new Error(imported.error.message);
    const { snapshot } = imported.value as { snapshot: CatalogueSnapshot };
    expect(await catalogueValue()).toBe(snapshot);
  });

  it('validates every other response on every call', async () => {
    const preferences = await dispatch(handlers, 'loadPreferences', {});
    const again = await dispatch(handlers, 'loadPreferences', {});
    expect(preferences.ok && again.ok).toBe(true);
    if (preferences.ok && again.ok) expect(again.value).not.toBe(preferences.value);
  });
});

describe('checkedOnce', () => {
  const rowsSchema = z.object({ rows: z.array(z.object({ name: z.string() })) });

  it('checks an unchanging object once per schema, by its identity', () => {
    const schema = z.object({ rows: z.array(z.object({ name: z.string() })) });
    const parse = vi.spyOn(schema, 'safeParse');
    const value = markUnchanging({ rows: [{ name: 'Calico' }] });
    const first = checkedOnce(schema, value);
    expect(first.success).toBe(true);
    expect(checkedOnce(schema, value)).toEqual(first);
    expect(parse).toHaveBeenCalledTimes(1);
  });

  it('still checks a different object, however alike, and refuses it when it is wrong', () => {
    const checked = markUnchanging({ rows: [{ name: 'Calico' }] });
    expect(checkedOnce(rowsSchema, checked).success).toBe(true);
    expect(checkedOnce(rowsSchema, markUnchanging({ rows: [{ name: 3 }] })).success).toBe(false);
    expect(checkedOnce(rowsSchema, { rows: [{ name: 3 }] }).success).toBe(false);
  });

  it('does not take a check against one schema for another', () => {
    const value = markUnchanging({ rows: [{ name: '' }] });
    expect(checkedOnce(rowsSchema, value).success).toBe(true);
    const nonEmptyNames = z.object({ rows: z.array(z.object({ name: z.string().min(1) })) });
    expect(checkedOnce(nonEmptyNames, value).success).toBe(false);
  });

  it('takes an unchanging field of a checked response as checked against that field’s schema only', () => {
    const snapshot = markUnchanging({ rows: [{ name: 'Calico' }] });
    const answer = z.object({ snapshot: rowsSchema, count: z.number() });
    const checkedAnswer = checkedOnce(answer, { snapshot, count: 1 });
    if (!checkedAnswer.success) throw new Error('the answer should pass');
    const parse = vi.spyOn(rowsSchema, 'safeParse');
    const later = checkedOnce(rowsSchema, snapshot);
    expect(later.success && later.data).toBe((checkedAnswer.data as { snapshot: unknown }).snapshot);
    expect(parse).not.toHaveBeenCalled();
    parse.mockRestore();
  });

  it('remembers nothing from a response that failed', () => {
    const snapshot = markUnchanging({ rows: [{ name: 'Calico' }] });
    const answer = z.object({ snapshot: rowsSchema, count: z.number() });
    expect(checkedOnce(answer, { snapshot, count: 'one' }).success).toBe(false);
    const parse = vi.spyOn(rowsSchema, 'safeParse');
    expect(checkedOnce(rowsSchema, snapshot).success).toBe(true);
    expect(parse).toHaveBeenCalledTimes(1);
    parse.mockRestore();
  });
});
