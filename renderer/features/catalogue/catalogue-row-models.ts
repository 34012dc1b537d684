import { type ColumnFiltersState, type FilterFn, type Row, type RowModel, type TableFeatures, memo } from '@tanstack/react-table';
import { searchRanker, searchTerms } from '../../../shared/catalogue/catalogue-search';
import { type CatalogueRow, type FacetFieldId, countFacetValues, facetFieldValues } from './catalogue-rows';

/**
 * Filtering and faceting for the catalogue's one flat table, built to keep a keystroke within a frame
 * or three at 50,000 rows (tests/bench/catalogue-filter.ts measures it).
 *
 * The stock row models give every row two new flag objects per keystroke, index every model by id,
 * and rebuild a faceted model for each of the nine faceted columns with its own pass over all rows.
 * Here each row's filter results are one bitmask in a typed array; a column's facet model is the
 * filtered model itself unless the column has a filter of its own (then every filter but its own, read
 * from the masks); facet counts read values packed into each row; id indexes are built only if read.
 */

type CatalogueTableRow = Row<TableFeatures, CatalogueRow>;
type CatalogueRowModel = RowModel<TableFeatures, CatalogueRow>;

/** The global search's place among the filters, beside the column ids. */
const GLOBAL_FILTER_ID = '__global__';
/** Bitmasks are 32-bit: room for every column filter plus the search. */
const MAX_FILTERS = 31;

/** What the factories read from the table; the feature slots type the table as `any`. */
export interface CatalogueTableSource {
  getPreFilteredRowModel: () => CatalogueRowModel;
  getFilteredRowModel: () => CatalogueRowModel;
  getColumn: (id: string) =>
    | { getFilterFn: () => FilterFn<TableFeatures, CatalogueRow> | undefined; getFacetedRowModel: () => CatalogueRowModel }
    | undefined;
  getAllLeafColumns: () => { id: string; getCanGlobalFilter: () => boolean }[];
  getGlobalFilterFn: () => FilterFn<TableFeatures, CatalogueRow> | undefined;
  atoms: { columnFilters?: { get: () => ColumnFiltersState }; globalFilter?: { get: () => unknown } };
}

/** Which filters each row of the full model passed, for the facet models to reuse. */
type FilterEvaluation = { all: CatalogueRowModel; ids: string[]; passed: Uint32Array; everyFilter: number };
const evaluations = new WeakMap<CatalogueTableSource, FilterEvaluation>();

type RowTest = { id: string; passes: (row: CatalogueTableRow) => boolean };

function rowTests(table: CatalogueTableSource, columnFilters: ColumnFiltersState, globalFilter: unknown): RowTest[] {
  const tests: RowTest[] = [];
  for (const { id, value } of columnFilters) {
    const filterFn = table.getColumn(id)?.getFilterFn();
    if (!filterFn) continue;
    const resolved: unknown = filterFn.resolveFilterValue?.(value) ?? value;
    tests.push({ id, passes: (row) => filterFn(row, id, resolved) });
  }
  const globalFn = table.getGlobalFilterFn();
  const searched = table.getAllLeafColumns().filter((column) => column.getCanGlobalFilter());
  if (globalFilter !== undefined && globalFilter !== null && globalFilter !== '' && globalFn && searched.length > 0) {
    const resolved: unknown = globalFn.resolveFilterValue?.(globalFilter) ?? globalFilter;
    tests.push({ id: GLOBAL_FILTER_ID, passes: (row) => searched.some((column) => globalFn(row, column.id, resolved)) });
  }
  if (tests.length > MAX_FILTERS) throw new Error(`The catalogue filters by at most ${MAX_FILTERS} columns at once.`);
  return tests;
}

/** A flat row model whose id index is built on first use: faceting and rendering never ask for it. */
function flatRowModel(rows: CatalogueTableRow[]): CatalogueRowModel {
  let rowsById: Record<string, CatalogueTableRow> | undefined;
  return {
    rows,
    flatRows: rows,
    get rowsById() {
      rowsById ??= Object.fromEntries(rows.map((row) => [row.id, row]));
      return rowsById;
    },
  };
}

/**
 * Under a search, the best name matches come first (a stable sort, so ties keep the catalogue's
 * order); a sort the user chose is applied after this and wins.
 */
function rankBySearch(rows: CatalogueTableRow[], globalFilter: unknown): CatalogueTableRow[] {
  if (typeof globalFilter !== 'string' || globalFilter.trim() === '') return rows;
  const rankOf = searchRanker(searchTerms(globalFilter));
  // Four ranks, so a bucket per rank: one pass at 50,000 rows, and stable without a sort.
  const buckets: CatalogueTableRow[][] = [[], [], [], []];
  for (const row of rows) buckets[rankOf(row.original.sortName)]!.push(row);
  return buckets.flat();
}

export function createCatalogueFilteredRowModel(): (table: CatalogueTableSource) => () => CatalogueRowModel {
  return (table) =>
    memo({
      memoDeps: () => [table.getPreFilteredRowModel(), table.atoms.columnFilters?.get() ?? [], table.atoms.globalFilter?.get()],
      fn: (all, columnFilters, globalFilter) => {
        const tests = rowTests(table, columnFilters, globalFilter);
        if (tests.length === 0) {
          evaluations.delete(table);
          return all;
        }
        const everyFilter = 2 ** tests.length - 1;
        const passed = new Uint32Array(all.rows.length);
        const kept: CatalogueTableRow[] = [];
        all.rows.forEach((row, index) => {
          let mask = 0;
          // Every filter runs on every row, not just until one fails: the facet models need each result.
          for (let test = 0; test < tests.length; test += 1) if (tests[test]!.passes(row)) mask |= 1 << test;
          passed[index] = mask;
          if (mask === everyFilter) kept.push(row);
        });
        evaluations.set(table, { all, ids: tests.map((test) => test.id), passed, everyFilter });
        return flatRowModel(rankBySearch(kept, globalFilter));
      },
    });
}

/** The rows every filter but the column's own keeps: what the column's facet counts are taken over. */
export function createCatalogueFacetedRowModel(): (table: CatalogueTableSource, columnId: string) => () => CatalogueRowModel {
  return (table, columnId) =>
    memo({
      memoDeps: () => [table.getFilteredRowModel()],
      fn: (filtered) => {
        const evaluation = evaluations.get(table);
        const own = evaluation?.ids.indexOf(columnId) ?? -1;
        if (!evaluation || own === -1) return filtered;
        const required = evaluation.everyFilter & ~(1 << own);
        if (required === 0) return evaluation.all;
        return flatRowModel(evaluation.all.rows.filter((_, index) => (evaluation.passed[index]! & required) === required));
      },
    });
}

/** How many rows of a facet field's faceted model have each value. */
export function createCatalogueFacetedUniqueValues(): (table: CatalogueTableSource, columnId: string) => () => Map<string, number> {
  return (table, columnId) =>
    memo({
      memoDeps: () => [table.getColumn(columnId)?.getFacetedRowModel().flatRows ?? []],
      fn: (rows) => (Object.hasOwn(facetFieldValues, columnId) ? countFacetValues(rows, columnId as FacetFieldId) : new Map()),
    });
}
