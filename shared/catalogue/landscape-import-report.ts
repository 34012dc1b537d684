/**
 * What a landscape import produced, as data: the report the user sees and the record main keeps on
 * disk. Kept apart from the importer so the renderer and the IPC contract can use these schemas
 * without bundling the YAML parser.
 */
import { z } from 'zod';
import { mergeRules } from './product-matching';
import { catalogueEntrySchema } from './schema';

export const MAX_LANDSCAPE_BYTES = 50 * 1024 * 1024;

const pathFields = {
  category: z.string().min(1),
  subcategory: z.string().min(1),
};
const lineSchema = z.number().int().positive();

/** A listing folded into an earlier listing of the same product. */
export const repeatedListingSchema = z.object({
  name: z.string().min(1),
  ...pathFields,
  line: lineSchema.optional(),
  /** Where the listing it was folded into starts. */
  firstLine: lineSchema.optional(),
});
export type RepeatedListing = z.infer<typeof repeatedListingSchema>;

export const skippedListingSchema = z.object({
  reason: z.enum(['missing-name', 'duplicate']),
  /** Absent for `missing-name`. */
  name: z.string().min(1).optional(),
  ...pathFields,
  line: lineSchema.optional(),
  /** For `duplicate`: where the listing that was kept stands. */
  first: z.object({ ...pathFields, line: lineSchema.optional() }).optional(),
  /** An English sentence for the report; the other fields let the app say it in other languages. */
  detail: z.string().min(1),
});
export type SkippedListing = z.infer<typeof skippedListingSchema>;

/** Something of an item that was left out while the item itself was imported. */
export const importWarningSchema = z.object({
  kind: z.enum(['invalid-url', 'unknown-maturity', 'unknown-second-path']),
  name: z.string().min(1),
  line: lineSchema.optional(),
  /** What was left out: the URL, the maturity or the second path as the file wrote it. */
  value: z.string().optional(),
  detail: z.string().min(1),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

/**
 * What the file itself held. Every listing is accounted for:
 * `totalItems` = imported entries + `repeated` + `skipped`.
 */
export const landscapeFileReportSchema = z.object({
  totalItems: z.number().int().nonnegative(),
  repeated: z.array(repeatedListingSchema),
  skipped: z.array(skippedListingSchema),
  warnings: z.array(importWarningSchema),
});
export type LandscapeFileReport = z.infer<typeof landscapeFileReportSchema>;

/**
 * An import as main keeps it on disk. The entries are stored unmerged, so that on the next start they are
 * merged again with whatever the built-in catalogue is by then.
 */
export const landscapeImportRecordSchema = z.object({
  fileName: z.string().min(1),
  importedAt: z.iso.datetime(),
  entries: z.array(catalogueEntrySchema),
  report: landscapeFileReportSchema,
});
export type LandscapeImportRecord = z.infer<typeof landscapeImportRecordSchema>;

/** The import report the user sees: the file's report plus what merging did with each imported entry. */
export const importReportSchema = landscapeFileReportSchema.extend({
  fileName: z.string().min(1),
  added: z.array(z.string().min(1)),
  /** Each merge with the rule that found the built-in row (product-matching.ts states the rules). */
  merged: z.array(z.object({ name: z.string().min(1), builtInId: z.string().min(1), rule: z.enum(mergeRules) })),
});
export type ImportReport = z.infer<typeof importReportSchema>;
