import { z } from 'zod';

/**
 * Responses a handler promises never to change once returned (the merged catalogue: a new snapshot
 * object replaces the old on import or removal, the old one is never edited). `dispatch` validates
 * such a response once and hands back the same checked object on later calls, so a transport can
 * keep its serialized form too: at 50,000 rows, validating and serializing again on every
 * `getCatalogue` is most of a second of the host's time.
 */
const unchanging = new WeakSet<object>();
/** Each unchanging value's checked form, by the schema it passed: a check against another schema proves nothing here. */
const checkedForms = new WeakMap<object, WeakMap<z.ZodType, unknown>>();
const serializedForm = new WeakMap<object, string>();

function isUnchanging(value: unknown): value is object {
  return typeof value === 'object' && value !== null && unchanging.has(value);
}

function rememberChecked(value: object, schema: z.ZodType, checked: unknown): void {
  let bySchema = checkedForms.get(value);
  if (bySchema === undefined) checkedForms.set(value, (bySchema = new WeakMap()));
  bySchema.set(schema, checked);
}

/**
 * An unchanging value inside a response that passed (the snapshot in an import's answer) passed its
 * field's schema as part of it: the same check a later call returning that very object would make.
 */
function rememberCheckedFields(schema: z.ZodType, value: unknown, checked: unknown): void {
  if (!(schema instanceof z.ZodObject) || typeof value !== 'object' || value === null) return;
  for (const [key, fieldSchema] of Object.entries(schema.shape as Record<string, z.ZodType>)) {
    const field = (value as Record<string, unknown>)[key];
    if (isUnchanging(field)) rememberChecked(field, fieldSchema, (checked as Record<string, unknown>)[key]);
  }
}

/** Marks `value` as never edited after it is returned; returns it for chaining. */
export function markUnchanging<T extends object>(value: T): T {
  unchanging.add(value);
  return value;
}

/**
 * `schema.safeParse(value)`, computed once per unchanging value and schema, by the value's identity,
 * and every time for any other value. An unchanging value that passed as a field of an earlier
 * response (an import's answer carries the new snapshot) counts as checked against that field's
 * schema, so the next `getCatalogue` does not check the same 50,000 rows again.
 */
export function checkedOnce(schema: z.ZodType, value: unknown): z.ZodSafeParseResult<unknown> {
  const known = isUnchanging(value) ? checkedForms.get(value)?.get(schema) : undefined;
  if (known !== undefined) return { success: true, data: known };
  const result = schema.safeParse(value);
  if (result.success) {
    if (isUnchanging(value)) rememberChecked(value, schema, result.data);
    rememberCheckedFields(schema, value, result.data);
  }
  return result;
}

/**
 * JSON of `{ ok: true, value }`, reusing the serialized value when `value` is the same object as
 * before. Only `dispatch`'s checked forms of unchanging responses come back as the same object;
 * every other response is a fresh object, so nothing stale can be served.
 */
export function serializedOkResult(value: unknown): string {
  if (typeof value !== 'object' || value === null) return JSON.stringify({ ok: true, value });
  let json = serializedForm.get(value);
  if (json === undefined) {
    json = JSON.stringify(value);
    serializedForm.set(value, json);
  }
  return `{"ok":true,"value":${json}}`;
}
