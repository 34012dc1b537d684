import type { DistributionTypeTable } from '../../../shared/catalogue/schema';
import type { Language } from '../../../shared/ipc/contract';
import { type Translate, catalogueFieldIds, entryDescription, fieldText, formatList, localized } from './catalogue-fields';
import type { CatalogueRow } from './catalogue-rows';

/** The most products the comparison shows side by side: teams shortlist about six; more would not fit a readable table. */
export const MAX_COMPARED = 6;
export const MIN_COMPARED = 2;

export type ComparisonLine = {
  id: string;
  label: string;
  /** One value per compared product, in the order the products were given; `—` where there is none. */
  values: string[];
  differs: boolean;
};

export type Comparison = { fields: ComparisonLine[]; characteristics: ComparisonLine[] };

/** Every column but the name, which heads each compared product instead. */
const comparedFields = catalogueFieldIds.filter((field) => field !== 'name');

/** Whether the values are not all the same; one value (or none) never differs. */
export function valuesDiffer(values: readonly string[]): boolean {
  return values.some((value) => value !== values[0]);
}

function line(id: string, label: string, values: (string | undefined)[], none: string): ComparisonLine {
  const shown = values.map((value) => (value === undefined || value === '' ? none : value));
  return { id, label, values: shown, differs: valuesDiffer(shown) };
}

/**
 * The comparison table: one line per field and one per Table 1.1 characteristic, with a value per
 * product in the UI language. A product without a distribution type has "—" for every characteristic,
 * which counts as a difference against one that has a type.
 */
export function buildComparison(
  rows: readonly CatalogueRow[],
  distributionTypes: DistributionTypeTable,
  language: Language,
  t: Translate,
): Comparison {
  const none = t('none');
  const fields = comparedFields.map((field) =>
    line(
      field,
      t(`columns.${field}`),
      rows.map((row) => {
        const text = fieldText(row, field, t);
        return Array.isArray(text) ? formatList(text, language) : text;
      }),
      none,
    ),
  );
  fields.push(
    line('description', t('detail.description'), rows.map((row) => entryDescription(row.entry, language)), none),
    line('homepage', t('detail.homepage'), rows.map((row) => row.entry.homepage), none),
    line('repository', t('detail.repository'), rows.map((row) => row.entry.repository), none),
  );
  const characteristics = distributionTypes.traits.map((trait) =>
    line(
      trait.id,
      localized(trait.label, language),
      rows.map((row) => {
        const type = row.entry.distributionType;
        const value = type === undefined ? undefined : trait.values[type];
        return value === undefined ? undefined : localized(value, language);
      }),
      none,
    ),
  );
  return { fields, characteristics };
}
