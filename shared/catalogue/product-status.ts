import { z } from 'zod';
import productStatusJson from '../../data/catalogue/product-status.json' with { type: 'json' };
import { parsedOnFirstUse } from '../data-files/parsed-on-first-use';
import { type LocalizedText, type ProductState, type ProductStatus, productStatusSchema } from './schema';

const productIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/**
 * One record per product: the ids it goes by (its catalogue row, and the chooser options that are
 * the same product, such as Rook's two Ceph options) and its state.
 */
export const productStatusRecordSchema = productStatusSchema.extend({ productIds: z.array(productIdSchema).min(1) });
export type ProductStatusRecord = z.infer<typeof productStatusRecordSchema>;

export const productStatusFileSchema = z
  .object({ source: z.string().min(1), products: z.array(productStatusRecordSchema).min(1) })
  .superRefine((file, context) => {
    const seen = new Set<string>();
    for (const [index, record] of file.products.entries()) {
      for (const id of record.productIds) {
        if (seen.has(id)) context.addIssue({ code: 'custom', message: `${id} has two statuses`, path: ['products', index, 'productIds'] });
        seen.add(id);
      }
    }
  });
export type ProductStatusFile = z.infer<typeof productStatusFileSchema>;

/** Every product’s status by each id it goes by. A broken file fails where it is first read, naming the field. */
export function indexProductStatuses(file: ProductStatusFile): ReadonlyMap<string, ProductStatus> {
  return new Map(file.products.flatMap(({ productIds, ...status }) => productIds.map((id) => [id, status] as const)));
}

/** Parsed on first use: a CLI call that words no product's state does not pay for the file. */
const statusesById = parsedOnFirstUse(() => indexProductStatuses(productStatusFileSchema.parse(productStatusJson)));

/** Catalogue rows with their recorded status attached, as main serves them. */
export function withProductStatuses<Entry extends { id: string }>(entries: readonly Entry[]): (Entry & { status?: ProductStatus })[] {
  return entries.map((entry) => {
    const status = statusesById().get(entry.id);
    return status ? { ...entry, status } : entry;
  });
}

/** The one recorded status of a product, by its catalogue id or chooser option id; `undefined` is "not known". */
export function productStatusOf(productId: string): ProductStatus | undefined {
  return statusesById().get(productId);
}

/** States that make a chooser warn: nobody fixes bugs or security holes any more. */
const unmaintainedStates = ['unmaintained', 'archived', 'discontinued'] as const satisfies readonly ProductState[];
export const unmaintainedStateSchema = z.enum(unmaintainedStates);
export type UnmaintainedState = z.infer<typeof unmaintainedStateSchema>;

/** What a chooser warns about a product's state, in the shape of its warnings. */
export type MaintenanceWarning = { code: 'not-maintained'; state: UnmaintainedState } | { code: 'folded-into-other' };

export function maintenanceWarnings(status: ProductStatus | undefined): MaintenanceWarning[] {
  if (!status) return [];
  const unmaintained = unmaintainedStateSchema.safeParse(status.state);
  if (unmaintained.success) return [{ code: 'not-maintained', state: unmaintained.data }];
  if (status.state === 'folded-into-other') return [{ code: 'folded-into-other' }];
  return [];
}

/** i18next's `t`, or anything that answers like it; keys are read from the catalogue namespace. */
export type StatusTranslate = (key: string, options?: Record<string, unknown>) => string;

/**
 * "Unmaintained (2024)", "Renamed → OKD", "Active, maintained by SUSE", or "Not known": the same
 * words in the catalogue, the choosers and the exported plan.
 */
export function describeProductStatus(status: ProductStatus | undefined, t: StatusTranslate): string {
  if (!status) return t('catalogue:statuses.notKnown');
  const label = t(`catalogue:statuses.${status.state}`);
  const { year, successor, maintainer } = status;
  let summary = label;
  if (year !== undefined && successor !== undefined) {
    summary = t('catalogue:statusSummary.withYearAndSuccessor', { status: label, year, successor });
  } else if (year !== undefined) {
    summary = t('catalogue:statusSummary.withYear', { status: label, year });
  } else if (successor !== undefined) {
    summary = t('catalogue:statusSummary.withSuccessor', { status: label, successor });
  }
  return maintainer === undefined ? summary : t('catalogue:statusSummary.maintainedBy', { summary, maintainer });
}

/** The summary followed by the note, in one language: what a page or an export prints as the status. */
export function productStatusText(status: ProductStatus | undefined, t: StatusTranslate, language: 'en' | 'zh-CN'): string {
  const summary = describeProductStatus(status, t);
  const note: LocalizedText | undefined = status?.note;
  if (!note) return summary;
  return t('catalogue:statusSummary.withNote', { summary, note: language === 'zh-CN' ? note.zh : note.en });
}
