import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { HandlerError } from '../../shared/ipc/result';

/** A file that exists but could not be read (the CLI says the same of a file it was asked to import). */
export function readFailed(path: string, error: unknown): HandlerError {
  const reason = (error as Error).message;
  return new HandlerError('io-failure', `Could not read ${path}: ${reason}`, { key: 'store.readFailed', params: { path, reason } });
}

/**
 * Reads a JSON document, or returns `fallback` when the file does not exist yet. A file that exists
 * but is corrupt is an error, not a silent reset: the user's data must not vanish unnoticed.
 */
export async function readJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  fallback: z.output<S>,
): Promise<z.output<S>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw readFailed(path, error);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const reason = (error as Error).message;
    throw new HandlerError('invalid-file', `${path} is not valid JSON: ${reason}`, { key: 'store.notJson', params: { path, reason } });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const reason = parsed.error.issues[0]?.message ?? '';
    throw new HandlerError('invalid-file', `${path} does not have the expected shape: ${reason}`, {
      key: 'store.wrongShape',
      params: { path, reason },
    });
  }
  return parsed.data;
}

/**
 * Writes through a temporary file and a rename, so a crash or a full disk mid-write leaves the
 * previous document intact instead of a truncated one.
 */
export async function writeJsonFileAtomic(path: string, value: unknown): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    // Best effort: when the folder itself is unusable there is no temporary file to clean up.
    await rm(temporary, { force: true }).catch(() => undefined);
    const reason = (error as Error).message;
    throw new HandlerError('io-failure', `Could not save ${path}: ${reason}`, { key: 'store.saveFailed', params: { path, reason } });
  }
}

/**
 * Runs read-modify-write updates of one file one after another: two view-state saves arriving
 * together would otherwise both read the old document and one would lose the other's change.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

export async function removeFile(path: string): Promise<void> {
  try {
    await rm(path, { force: true });
  } catch (error) {
    const reason = (error as Error).message;
    throw new HandlerError('io-failure', `Could not remove ${path}: ${reason}`, { key: 'store.removeFailed', params: { path, reason } });
  }
}
