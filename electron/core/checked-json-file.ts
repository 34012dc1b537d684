import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UserError } from '../../shared/user-error';
import { readJsonFile, removeFile, writeTextFileAtomic } from './json-file-store';

/**
 * A JSON file main checks against its schema when it writes it, with a stamp beside it
 * (`<file>.checked`): the SHA-256 of the file's text and of the schema's JSON Schema. Reading it
 * back skips the schema check while both match, which at 50,000 imported rows is most of a second
 * of every start. Any other text (damaged, edited by hand, written by something else) or a changed
 * schema is checked in full and refused as before. Hashing 28 MB costs about 30 ms.
 */

const schemaDigests = new WeakMap<z.ZodType, string>();

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A schema's fingerprint: its JSON Schema, so a stamp written under another schema never matches. */
function schemaDigest(schema: z.ZodType): string {
  let digest = schemaDigests.get(schema);
  if (digest === undefined) {
    digest = sha256(JSON.stringify(z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' })));
    schemaDigests.set(schema, digest);
  }
  return digest;
}

const stampSchema = z.object({ textSha256: z.string(), schemaSha256: z.string() });

function stampPath(path: string): string {
  return `${path}.checked`;
}

async function stampMatches(path: string, text: string, schema: z.ZodType): Promise<boolean> {
  let stamp: z.infer<typeof stampSchema>;
  try {
    const parsed = stampSchema.safeParse(JSON.parse(await readFile(stampPath(path), 'utf8')));
    if (!parsed.success) return false;
    stamp = parsed.data;
  } catch {
    // No stamp, or one that cannot be read: the file is checked in full, as any unstamped file.
    return false;
  }
  return stamp.schemaSha256 === schemaDigest(schema) && stamp.textSha256 === sha256(text);
}

/**
 * Checks `value` against `schema` and writes what the check returns, then its stamp. A value that
 * fails is not written: a file main could not read back is never left for the next start.
 */
export async function writeCheckedJsonFile<S extends z.ZodType>(path: string, schema: S, value: z.input<S>): Promise<z.output<S>> {
  const checked = schema.safeParse(value);
  if (!checked.success) {
    const reason = checked.error.issues[0]?.message ?? '';
    throw new UserError('invalid-file', 'store.wrongShape', { path, reason });
  }
  const text = `${JSON.stringify(checked.data, null, 2)}\n`;
  await writeTextFileAtomic(path, text);
  // Written after the file: a crash in between leaves the old stamp, which the new text does not match.
  await writeTextFileAtomic(stampPath(path), `${JSON.stringify({ textSha256: sha256(text), schemaSha256: schemaDigest(schema) })}\n`);
  return checked.data;
}

/** The file as `readJsonFile` reads it, its schema check skipped when its stamp matches its text and the schema. */
export function readCheckedJsonFile<S extends z.ZodType>(path: string, schema: S, fallback: z.output<S>): Promise<z.output<S>> {
  return readJsonFile(path, schema, fallback, { alreadyChecked: (text) => stampMatches(path, text, schema) });
}

export async function removeCheckedJsonFile(path: string): Promise<void> {
  await removeFile(path);
  await removeFile(stampPath(path));
}
