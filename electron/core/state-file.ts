import { readFile, rename } from 'node:fs/promises';
import { basename } from 'node:path';
import type { z } from 'zod';
import { type IpcErrorPayload, toErrorPayload } from '../../shared/ipc/result';
import { UserError } from '../../shared/user-error';
import { readFailed, writeJsonFileAtomic } from './json-file-store';

/** What was reset in a state file, said once to the user: an envelope error's shape, so the page words it. */
export type StateNotice = IpcErrorPayload;

export type StateFileOptions = {
  /** Where notices go until the page takes them (`takeStateNotices`). */
  notices: StateNotice[];
  now?: () => Date;
};

/** `<name>.damaged-<time>`, with a time that is a valid file name everywhere. */
function damagedCopyPath(path: string, now: Date): string {
  return `${path}.damaged-${now.toISOString().replace(/[:.]/gu, '-')}`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Checks a state document field by field against an object schema: a field that fails is dropped,
 * so the schema's default (or the page's, for an optional field) takes its place. Returns the clean
 * document and the names of the fields it dropped.
 */
export function salvageFields(schema: z.ZodObject, value: Record<string, unknown>, prefix = ''): { clean: Record<string, unknown>; reset: string[] } {
  const clean: Record<string, unknown> = {};
  const reset: string[] = [];
  for (const [key, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    if (!Object.hasOwn(value, key)) continue;
    const parsed = fieldSchema.safeParse(value[key]);
    if (parsed.success) clean[key] = value[key];
    else reset.push(`${prefix}${key}`);
  }
  return { clean, reset };
}

/**
 * Reads a state file (preferences, view state, the plans' workspace index) so that no content can
 * lock the user out: a file that is not JSON is moved aside as `<name>.damaged-<time>` and defaults
 * are used; a field of the wrong type falls back to its default, the file as it was is kept beside,
 * and the repaired document is written in its place, so the bad value is never read (or saved) again.
 * Either way a notice names the file and what was reset. `salvage` turns the parsed JSON into the
 * clean document and the fields it reset.
 */
export async function readStateFile<T>(
  path: string,
  defaults: T,
  salvage: (json: Record<string, unknown>) => { value: T; reset: string[] },
  options: StateFileOptions,
): Promise<T> {
  const now = options.now ?? (() => new Date());
  const file = basename(path);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return defaults;
    throw readFailed(path, error);
  }
  let json: unknown;
  let reason = 'it holds no settings object';
  try {
    json = JSON.parse(text);
  } catch (error) {
    reason = (error as Error).message;
  }
  if (!isRecord(json)) {
    const copy = damagedCopyPath(path, now());
    // Best effort on a read-only folder: the defaults are used either way, and the file stays as it was.
    await rename(path, copy).catch(() => undefined);
    options.notices.push(toErrorPayload(new UserError('invalid-file', 'stateFile.damaged', { file, reason, copy: basename(copy) })));
    return defaults;
  }
  const { value, reset } = salvage(json);
  if (reset.length > 0) {
    const copy = damagedCopyPath(path, now());
    await rename(path, copy)
      .then(() => writeJsonFileAtomic(path, value))
      .catch(() => undefined);
    const fields = reset.join(', ');
    options.notices.push(toErrorPayload(new UserError('invalid-file', 'stateFile.fieldsReset', { file, fields, copy: basename(copy) })));
  }
  return value;
}

/** The usual salvage: one object schema, each top-level field checked on its own. */
export function salvageObject<S extends z.ZodObject>(schema: S) {
  return (json: Record<string, unknown>): { value: z.output<S>; reset: string[] } => {
    const { clean, reset } = salvageFields(schema, json);
    return { value: schema.parse(clean), reset };
  };
}
