/**
 * Responses a handler promises never to change once returned (the merged catalogue: a new snapshot
 * object replaces the old on import or removal, the old one is never edited). `dispatch` validates
 * such a response once and hands back the same checked object on later calls, so a transport can
 * keep its serialized form too: at 50,000 rows, validating and serializing again on every
 * `getCatalogue` is most of a second of the host's time.
 */
const unchanging = new WeakSet<object>();
const checkedForm = new WeakMap<object, unknown>();
const serializedForm = new WeakMap<object, string>();

/** Marks `value` as never edited after it is returned; returns it for chaining. */
export function markUnchanging<T extends object>(value: T): T {
  unchanging.add(value);
  return value;
}

/** `validate(value)`'s result, computed once per unchanging value and every time for any other. */
export function checkedOnce<R>(value: unknown, validate: (value: unknown) => R, isValid: (result: R) => boolean): R {
  if (typeof value !== 'object' || value === null || !unchanging.has(value)) return validate(value);
  if (checkedForm.has(value)) return checkedForm.get(value) as R;
  const result = validate(value);
  if (isValid(result)) checkedForm.set(value, result);
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
