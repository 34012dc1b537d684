import {
  type CatalogueEntry,
  type LocalizedText,
  type ProductStatus,
  catalogueTagSchema,
  devopsStageSchema,
  distributionKindSchema,
  distributionTypeSchema,
  landscapeMaturitySchema,
  productStatusSchema,
  professionalServiceSchema,
  seedSectionSchema,
} from '../../../shared/catalogue/schema';
import type { Language } from '../../../shared/ipc/contract';
import { type CatalogueRow, sourceKinds } from './catalogue-rows';

/** The subset of i18next's `t` (catalogue namespace) that labelling needs, so these stay plain functions. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * Fields whose values come from a fixed list: they filter by facet, sort in the list's order (the
 * seed's order, not the alphabet of one language) and have a label per value in both languages.
 */
export const facetFieldValues = {
  seedSection: seedSectionSchema.options,
  distributionKind: distributionKindSchema.options,
  distributionType: distributionTypeSchema.options,
  professionalService: professionalServiceSchema.options,
  devopsStage: devopsStageSchema.options,
  tags: catalogueTagSchema.options,
  status: productStatusSchema.shape.state.options,
  maturity: landscapeMaturitySchema.options,
  sources: sourceKinds,
} as const satisfies Record<string, readonly string[]>;
export type FacetFieldId = keyof typeof facetFieldValues;

/** The key group in the catalogue namespace that labels each facet field's values. */
const labelGroups: Record<FacetFieldId, string> = {
  seedSection: 'sections',
  distributionKind: 'kinds',
  distributionType: 'types',
  professionalService: 'services',
  devopsStage: 'stages',
  tags: 'tags',
  status: 'statuses',
  maturity: 'maturity',
  sources: 'sourceKinds',
};

export function isFacetField(id: string): id is FacetFieldId {
  return Object.hasOwn(facetFieldValues, id);
}

/** The raw values a row has for a facet field: what filters and facet counts work on. */
export function facetValuesOf(row: CatalogueRow, field: FacetFieldId): readonly string[] {
  const { entry } = row;
  switch (field) {
    case 'tags':
      return entry.tags;
    case 'status':
      return entry.status ? [entry.status.state] : [];
    case 'sources':
      return [row.sourceKind];
    default: {
      const value = entry[field];
      return value === undefined ? [] : [value];
    }
  }
}

export function valueLabel(field: FacetFieldId, value: string, t: Translate): string {
  return t(`${labelGroups[field]}.${value}`);
}

/** "Renamed (2018) → OKD": the state, and the year and successor where the catalogue knows them. */
export function describeStatus(status: ProductStatus, t: Translate): string {
  const label = t(`statuses.${status.state}`);
  const { year, successor } = status;
  if (year !== undefined && successor !== undefined) {
    return t('statusSummary.withYearAndSuccessor', { status: label, year, successor });
  }
  if (year !== undefined) return t('statusSummary.withYear', { status: label, year });
  if (successor !== undefined) return t('statusSummary.withSuccessor', { status: label, successor });
  return label;
}

/** The fields a user sees as columns, in their default order. */
export const catalogueFieldIds = [
  'name',
  'organization',
  'seedSection',
  'distributionKind',
  'distributionType',
  'professionalService',
  'devopsStage',
  'tags',
  'status',
  'maturity',
  'sources',
] as const;
export type CatalogueFieldId = (typeof catalogueFieldIds)[number];

/**
 * A field's value as the user reads it in the current language: what cells show, what the export
 * writes and what the comparison compares. Lists stay lists; a missing value is `undefined`.
 */
export function fieldText(row: CatalogueRow, field: CatalogueFieldId, t: Translate): string | string[] | undefined {
  const { entry } = row;
  if (field === 'name') return entry.name;
  if (field === 'organization') return entry.organization;
  if (field === 'status') return entry.status ? describeStatus(entry.status, t) : undefined;
  const labels = facetValuesOf(row, field).map((value) => valueLabel(field, value, t));
  if (field === 'tags') return labels;
  return labels[0];
}

/** "a, b, c" in English, "a、b、c" in Chinese. */
export function formatList(values: readonly string[], language: Language): string {
  return new Intl.ListFormat(language, { type: 'conjunction', style: 'narrow' }).format(values);
}

export function localized(text: LocalizedText, language: Language): string {
  return language === 'zh-CN' ? text.zh : text.en;
}

/** The curated description in the UI language; landscape-only rows have none. */
export function entryDescription(entry: CatalogueEntry, language: Language): string | undefined {
  return entry.description ? localized(entry.description, language) : undefined;
}
