import { describeProductStatus } from '../../../shared/catalogue/product-status';
import type { CatalogueEntry, EntryCertification, LocalizedText } from '../../../shared/catalogue/schema';
import type { Language } from '../../../shared/ipc/contract';
import { type CatalogueRow, type FacetFieldId, facetValuesOf } from './catalogue-rows';

/** The subset of i18next's `t` (catalogue namespace) that labelling needs, so these stay plain functions. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * `t` with its answers kept. A grid cell asks for the same few labels again each time a row comes into
 * view, and i18next resolves, formats and interpolates on every call; made once per `t` (that is, per
 * language), so no label outlives its language.
 */
export function rememberTranslations(t: Translate): Translate {
  const answers = new Map<string, string>();
  return (key, options) => {
    const question = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let answer = answers.get(question);
    if (answer === undefined) {
      answer = t(key, options);
      answers.set(question, answer);
    }
    return answer;
  };
}

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

export function valueLabel(field: FacetFieldId, value: string, t: Translate): string {
  return t(`${labelGroups[field]}.${value}`);
}

/** "v1.33 (2 minor versions behind v1.35)": the latest certified version and its lag, as a row shows it. */
export function describeCertification(certification: EntryCertification, t: Translate): string {
  const { latest, lag } = certification;
  const newest = `v1.${Number(latest.slice(3)) + lag}`;
  const behind = lag === 0 ? t('distributions:certification.current') : t('distributions:certification.lag', { count: lag, newest });
  return t('distributions:certification.withLag', { latest, behind });
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
  'certified',
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
  if (field === 'status') return entry.status ? describeProductStatus(entry.status, t) : undefined;
  if (field === 'certified') return entry.certification ? describeCertification(entry.certification, t) : undefined;
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
