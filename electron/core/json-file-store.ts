import { randomBytes } from 'node:crypto';
import { type FileHandle, copyFile, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { z } from 'zod';
import { UserError } from '../../shared/user-error';

/** A file that exists but could not be read (the CLI says the same of a file it was asked to import). */
export function readFailed(path: string, error: unknown): UserError {
  const reason = (error as Error).message;
  return new UserError('io-failure', 'store.readFailed', { path, reason });
}

/**
 * Reads a JSON document, or returns `fallback` when the file does not exist yet. A file that exists
 * but is corrupt is an error, not a silent reset: the user's data must not vanish unnoticed.
 * `alreadyChecked` may vouch for a text main checked against `schema` when it wrote it (see
 * checked-json-file.ts); the schema check is then skipped.
 */
export async function readJsonFile<S extends z.ZodType>(
  path: string,
  schema: S,
  fallback: z.output<S>,
  options: { alreadyChecked?: (text: string) => Promise<boolean> } = {},
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
    throw new UserError('invalid-file', 'store.notJson', { path, reason });
  }
  if (await options.alreadyChecked?.(text)) return json as z.output<S>;
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const reason = parsed.error.issues[0]?.message ?? '';
    throw new UserError('invalid-file', 'store.wrongShape', { path, reason });
  }
  return parsed.data;
}

/** Writes a file's whole text into an open handle; tests pass one that fails (EACCES, ENOSPC) or stalls. */
export type ContentWriter = (handle: FileHandle, text: string) => Promise<void>;

const writeWholeText: ContentWriter = async (handle, text) => {
  await handle.writeFile(text, 'utf8');
};

export type AtomicWriteOptions = {
  /** Keeps the document being replaced as `<path>.bak`, one good version behind. */
  keepBackup?: boolean;
  writeContent?: ContentWriter;
};

/** Where the folder's entry for the renamed file is made durable; Windows cannot open a folder for it. */
async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch {
    // Best effort: the rename has happened; only its durability across a power cut is less certain.
  } finally {
    await handle?.close();
  }
}

/**
 * Writes through a temporary file that is flushed to disk (fsync) before it is renamed over the
 * document, and syncs the folder after, so a crash, a power cut or a full disk mid-write leaves the
 * previous document intact instead of a truncated one.
 */
export async function writeTextFileAtomic(path: string, text: string, options: AtomicWriteOptions = {}): Promise<void> {
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const directory = dirname(path);
  try {
    await mkdir(directory, { recursive: true });
    const handle = await open(temporary, 'wx');
    try {
      await (options.writeContent ?? writeWholeText)(handle, text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (options.keepBackup) await backUp(path);
    await rename(temporary, path);
  } catch (error) {
    // Best effort: when the folder itself is unusable there is no temporary file to clean up.
    await rm(temporary, { force: true }).catch(() => undefined);
    const reason = (error as Error).message;
    throw new UserError('io-failure', 'store.saveFailed', { path, reason });
  }
  await syncDirectory(directory);
}

/** Copies the current document to `.bak` through its own temporary file, so the backup is never half a file either. */
async function backUp(path: string): Promise<void> {
  const backupTemporary = `${path}.bak.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await copyFile(path, backupTemporary);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await rename(backupTemporary, `${path}.bak`);
}

export async function writeJsonFileAtomic(path: string, value: unknown, options: AtomicWriteOptions = {}): Promise<void> {
  await writeTextFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`, options);
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
    throw new UserError('io-failure', 'store.removeFailed', { path, reason });
  }
}
