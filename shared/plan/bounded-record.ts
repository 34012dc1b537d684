import { z } from 'zod';

/**
 * A record with at most `maxEntries` keys. zod has no size check for records, so the refinement
 * does it, and the `maxProperties` metadata lets the schema walk in the tests see the bound.
 */
export function boundedRecord<K extends z.core.$ZodRecordKey, V extends z.ZodType>(key: K, value: V, maxEntries: number) {
  return z
    .record(key, value)
    .refine((record) => Object.keys(record).length <= maxEntries, { message: `at most ${maxEntries} entries` })
    .meta({ maxProperties: maxEntries });
}
