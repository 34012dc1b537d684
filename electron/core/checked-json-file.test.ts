import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { UserError } from '../../shared/user-error';
import { readCheckedJsonFile, removeCheckedJsonFile, writeCheckedJsonFile } from './checked-json-file';

const recordSchema = z.object({ fileName: z.string().min(1), rows: z.array(z.object({ name: z.string() })) }).nullable();
const record = { fileName: 'landscape.yml', rows: [{ name: 'Calico' }, { name: 'Cilium' }] };

let dataDir: string;
let path: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-checked-'));
  path = join(dataDir, 'import.json');
});
afterEach(() => {
  vi.restoreAllMocks();
  return rm(dataDir, { recursive: true, force: true });
});

async function readFailure(schema: z.ZodType = recordSchema): Promise<UserError> {
  const error = await readCheckedJsonFile(path, schema, null).then(
    () => undefined,
    (reason: unknown) => reason,
  );
  if (!(error instanceof UserError)) throw new Error('the read should fail with a UserError');
  return error;
}

describe('a JSON file checked when written', () => {
  it('reads back what was written without checking it again', async () => {
    await writeCheckedJsonFile(path, recordSchema, record);
    const parse = vi.spyOn(recordSchema, 'safeParse');
    expect(await readCheckedJsonFile(path, recordSchema, null)).toEqual(record);
    expect(parse).not.toHaveBeenCalled();
  });

  it('refuses to write a value its schema refuses, and leaves no file', async () => {
    await expect(writeCheckedJsonFile(path, recordSchema, { fileName: '', rows: [] })).rejects.toMatchObject({ code: 'invalid-file', key: 'store.wrongShape' });
    expect(await readCheckedJsonFile(path, recordSchema, null)).toBeNull();
  });

  it('checks a file changed after it was written in full, and refuses a wrong one as any stored file', async () => {
    await writeCheckedJsonFile(path, recordSchema, record);
    await writeFile(path, JSON.stringify({ fileName: 3, rows: [] }));
    const error = await readFailure();
    expect(error).toMatchObject({ code: 'invalid-file', key: 'store.wrongShape' });
    expect(error.params).toMatchObject({ path });
  });

  it('checks in full when the stamp is missing or damaged', async () => {
    await writeCheckedJsonFile(path, recordSchema, record);
    await writeFile(`${path}.checked`, '{ "textSha256": ');
    const parse = vi.spyOn(recordSchema, 'safeParse');
    expect(await readCheckedJsonFile(path, recordSchema, null)).toEqual(record);
    await rm(`${path}.checked`);
    expect(await readCheckedJsonFile(path, recordSchema, null)).toEqual(record);
    expect(parse).toHaveBeenCalledTimes(2);
  });

  it('checks in full against a schema other than the one the stamp names', async () => {
    await writeCheckedJsonFile(path, recordSchema, record);
    const stricter = z.object({ fileName: z.string().min(1), rows: z.array(z.object({ name: z.string().min(7) })) }).nullable();
    expect((await readFailure(stricter)).key).toBe('store.wrongShape');
  });

  it('removes the file with its stamp', async () => {
    await writeCheckedJsonFile(path, recordSchema, record);
    await removeCheckedJsonFile(path);
    await expect(readFile(path, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readFile(`${path}.checked`, 'utf8')).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
