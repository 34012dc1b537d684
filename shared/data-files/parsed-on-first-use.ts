/**
 * A data file's parse, run on the first call and remembered. Each file is still validated once per
 * process, but only by a process that reads it: a CLI call or a start that needs none of it does
 * not pay for parsing it. A parse that throws is not remembered, so every read of a broken file fails.
 */
export function parsedOnFirstUse<T>(parse: () => T): () => T {
  let parsed: { value: T } | undefined;
  return () => (parsed ??= { value: parse() }).value;
}
