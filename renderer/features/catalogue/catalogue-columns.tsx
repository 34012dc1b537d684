import {
  type FilterFn,
  type Row,
  type SortFn,
  columnFacetingFeature,
  columnFilteringFeature,
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
} from '@tanstack/react-table';
import { describeProductStatus } from '../../../shared/catalogue/product-status';
import { matchesSearch } from '../../../shared/catalogue/catalogue-search';
import type { EntrySource } from '../../../shared/catalogue/schema';
import { normalizeForMatching } from '../../../shared/catalogue/normalize-name';
import { type Translate, describeCertification, valueLabel } from './catalogue-fields';
import {
  createCatalogueFacetedRowModel,
  createCatalogueFacetedUniqueValues,
  createCatalogueFilteredRowModel,
} from './catalogue-row-models';
import { type CatalogueRow, type FacetFieldId, facetFieldValues, facetValuesOf } from './catalogue-rows';
import { StarToggle } from './StarToggle';
import { TagList } from './TagList';

/** What a column offers beyond display: how the filter panel filters it. */
export type CatalogueColumnMeta = {
  filter: 'select' | 'text' | 'none';
};

export const catalogueFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createCatalogueFilteredRowModel(),
  columnFacetingFeature,
  facetedRowModel: createCatalogueFacetedRowModel(),
  facetedUniqueValues: createCatalogueFacetedUniqueValues(),
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnVisibilityFeature,
  columnOrderingFeature,
  columnSizingFeature,
  columnResizingFeature,
  columnMeta: metaHelper<CatalogueColumnMeta>(),
});
export type CatalogueFeatures = typeof catalogueFeatures;
export type CatalogueTableRow = Row<CatalogueFeatures, CatalogueRow>;

/** The star column: first, fixed, and the one the "shortlist only" filter applies to. */
export const STAR_COLUMN_ID = 'star';

const helper = createColumnHelper<CatalogueFeatures, CatalogueRow>();

/**
 * Accessors return sort keys (a folded name, a value's position in its list), never display text:
 * cells, export and comparison label values themselves, in the current language.
 */
const compareSortKeys: SortFn<CatalogueFeatures, CatalogueRow> = (a, b, columnId) => {
  const x = a.getValue<string | number>(columnId);
  const y = b.getValue<string | number>(columnId);
  return x === y ? 0 : x > y ? 1 : -1;
};

/** A facet keeps a row when the row has any of the ticked values (read from the row, not its value cache). */
const hasAnySelectedValue: FilterFn<CatalogueFeatures, CatalogueRow> = (row, columnId, selected: string[]) =>
  facetValuesOf(row.original, columnId as FacetFieldId).some((value) => selected.includes(value));
hasAnySelectedValue.autoRemove = (selected: unknown) => !Array.isArray(selected) || selected.length === 0;

/** Column text filters fold case, width and accents like the global search. */
const containsFoldedText: FilterFn<CatalogueFeatures, CatalogueRow> = (row, columnId, folded: string) =>
  (row.getValue<string | undefined>(columnId) ?? '').includes(folded);
containsFoldedText.resolveFilterValue = (value: unknown) => normalizeForMatching(String(value ?? ''));
containsFoldedText.autoRemove = (value: unknown) => typeof value !== 'string' || value.trim() === '';

const isShortlisted: FilterFn<CatalogueFeatures, CatalogueRow> = (row, _columnId, shortlist: ReadonlySet<string>) =>
  shortlist.has(row.original.entry.id);

/** The global search: one precomputed text per row, matched once per row (only the name column takes part). */
export const matchesGlobalSearch: FilterFn<CatalogueFeatures, CatalogueRow> = (row, _columnId, query: string) =>
  matchesSearch(row.original.searchText, query);

function rankOf(order: readonly string[], value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const index = order.indexOf(value);
  return index === -1 ? undefined : index;
}

function facetColumn(field: Exclude<FacetFieldId, 'tags' | 'status'>, t: Translate, size: number) {
  const order: readonly string[] = facetFieldValues[field];
  return helper.accessor((row) => rankOf(order, facetValuesOf(row, field)[0]), {
    id: field,
    header: t(`columns.${field}`),
    size,
    sortFn: compareSortKeys,
    sortUndefined: 'last',
    getUniqueValues: (row) => facetValuesOf(row, field),
    filterFn: hasAnySelectedValue,
    meta: { filter: 'select' },
    cell: ({ row }) => {
      const [value] = facetValuesOf(row.original, field);
      if (value === undefined) return <span className="cell-empty">{t('none')}</span>;
      return (
        <span className={`value-badge value-${field}`} data-value={value}>
          {valueLabel(field, value, t)}
        </span>
      );
    },
  });
}

const statusOrder: readonly string[] = facetFieldValues.status;

/**
 * One badge per kind of source a row has, in this order, with the class that colours it. The
 * conformance data has its own column (Certified Kubernetes), so the narrow Sources cell leaves it out.
 */
const sourceBadges = [
  ['seed', 'seed'],
  ['cncf-landscape', 'cncf'],
] as const satisfies readonly (readonly [EntrySource['kind'], string])[];

/**
 * Column definitions in their default order: what a reader checks first (name, organization, type,
 * status, sources) comes first and narrow enough to fit a 1280-pixel window beside the filters or
 * the details. Rebuilt when the language changes, since headers and cells are labelled.
 */
export function buildCatalogueColumns(t: Translate) {
  return helper.columns([
    helper.accessor((row) => row.entry.id, {
      id: STAR_COLUMN_ID,
      header: t('columns.star'),
      size: 44,
      enableSorting: false,
      enableResizing: false,
      enableHiding: false,
      enableGlobalFilter: false,
      filterFn: isShortlisted,
      meta: { filter: 'none' },
      cell: ({ row }) => <StarToggle id={row.original.entry.id} label={t('shortlist.toggle', { name: row.original.entry.name })} />,
    }),
    helper.accessor((row) => row.sortName, {
      id: 'name',
      header: t('columns.name'),
      size: 190,
      enableHiding: false,
      sortFn: compareSortKeys,
      meta: { filter: 'none' },
      cell: ({ row }) => {
        const { name, aliases } = row.original.entry;
        return (
          <span className="name-cell">
            <span className="name-text">{name}</span>
            {aliases.length > 0 && <span className="name-aliases">{aliases.join(', ')}</span>}
          </span>
        );
      },
    }),
    helper.accessor((row) => (row.entry.organization === undefined ? undefined : normalizeForMatching(row.entry.organization)), {
      id: 'organization',
      header: t('columns.organization'),
      size: 150,
      sortFn: compareSortKeys,
      sortUndefined: 'last',
      filterFn: containsFoldedText,
      meta: { filter: 'text' },
      cell: ({ row }) =>
        row.original.entry.organization === undefined ? (
          <span className="cell-empty">{t('none')}</span>
        ) : (
          <span className="cell-text">{row.original.entry.organization}</span>
        ),
    }),
    facetColumn('distributionType', t, 170),
    helper.accessor(
      (row) => {
        const rank = rankOf(statusOrder, row.entry.status?.state);
        return rank === undefined ? undefined : rank * 10_000 + (row.entry.status?.year ?? 0);
      },
      {
        id: 'status',
        header: t('columns.status'),
        size: 180,
        sortFn: compareSortKeys,
        sortUndefined: 'last',
        getUniqueValues: (row) => facetValuesOf(row, 'status'),
        filterFn: hasAnySelectedValue,
        meta: { filter: 'select' },
        cell: ({ row }) => {
          const { status } = row.original.entry;
          if (!status) return <span className="cell-empty">{describeProductStatus(undefined, t)}</span>;
          return (
            <span className="status-cell" data-state={status.state}>
              {describeProductStatus(status, t)}
            </span>
          );
        },
      },
    ),
    helper.accessor((row) => rankOf(facetFieldValues.sources, row.sourceKind), {
      id: 'sources',
      header: t('columns.sources'),
      size: 140,
      sortFn: compareSortKeys,
      getUniqueValues: (row) => facetValuesOf(row, 'sources'),
      filterFn: hasAnySelectedValue,
      meta: { filter: 'select' },
      cell: ({ row }) => {
        const kinds = new Set(row.original.entry.sources.map((source) => source.kind));
        return (
          <span className="source-badges">
            {sourceBadges
              .filter(([kind]) => kinds.has(kind))
              .map(([kind, className]) => (
                <span key={kind} className={`source-badge ${className}`} title={t(`sourceKinds.${kind}`)}>
                  {t(`sourceBadges.${kind}`)}
                </span>
              ))}
          </span>
        );
      },
    }),
    facetColumn('maturity', t, 120),
    // Sorted by how far behind the newest version a product is; uncertified rows last.
    helper.accessor((row) => row.entry.certification?.lag, {
      id: 'certified',
      header: t('columns.certified'),
      size: 230,
      sortFn: compareSortKeys,
      sortUndefined: 'last',
      meta: { filter: 'none' },
      cell: ({ row }) => {
        const { certification } = row.original.entry;
        if (!certification) return <span className="cell-empty">{t('none')}</span>;
        return (
          <span className="certified-cell" data-lag={certification.lag} title={certification.versions.join(', ')}>
            {describeCertification(certification, t)}
          </span>
        );
      },
    }),
    facetColumn('seedSection', t, 150),
    facetColumn('distributionKind', t, 150),
    facetColumn('professionalService', t, 170),
    facetColumn('devopsStage', t, 150),
    helper.accessor((row) => row.entry.tags.length, {
      id: 'tags',
      header: t('columns.tags'),
      size: 220,
      enableSorting: false,
      getUniqueValues: (row) => row.entry.tags,
      filterFn: hasAnySelectedValue,
      meta: { filter: 'select' },
      cell: ({ row }) => <TagList tags={row.original.entry.tags} t={t} />,
    }),
  ]);
}
