import { type ColumnFiltersState, type FilterFn, type Row, type RowModel, type TableFeatures, memo } from '@tanstack/react-table';
import { matchesSearch, searchRanker, searchTerms } from '../../../shared/catalogue/catalogue-search';
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
 * The search tests each row's precomputed search text once, and as a query grows a letter at a time
 * it tests only the rows the shorter query kept: no row it dropped can match the longer one.
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

/**
 * Which filters each row of the full model passed, for the facet models to reuse, and what the next
 * keystroke needs to narrow from this result: the filters it was taken under and the rows the search kept.
 */
type FilterEvaluation = {
  all: CatalogueRowModel;
  ids: string[];
  passed: Uint32Array;
  everyFilter: number;
  columnFilters: ColumnFiltersState;
  searchTerms: readonly string[] | null;
  /** Indexes (ascending) of the rows the search kept; null without a search. */
  searchHits: Int32Array | null;
};
const evaluations = new WeakMap<CatalogueTableSource, FilterEvaluation>();

type RowTest = { id: string; passes: (row: CatalogueTableRow) => boolean };

/**
 * Whether every row matching `next` also matches `previous`: each earlier term lies inside a later
 * one, so text holding every later term holds every earlier one. True as a query grows by typing.
 */
export function searchNarrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((term) => next.some((longer) => longer.includes(term)));
}

function rowTests(table: CatalogueTableSource, columnFilters: ColumnFiltersState, globalFilter: unknown): RowTest[] {
  const tests: RowTest[] = [];
  for (const { id, value } of columnFilters) {
    const filterFn = table.getColumn(id)?.getFilterFn();
    if (!filterFn) continue;
    const resolved: unknown = filterFn.resolveFilterValue?.(value) ?? value;
    tests.push({ id, passes: (row) => filterFn(row, id, resolved) });
  }
  if (activeSearch(table, globalFilter) !== null) {
    // The table's search (matchesGlobalSearch) reads the row's search text whichever column asks, so once per row.
    const query = globalFilter as string;
    tests.push({ id: GLOBAL_FILTER_ID, passes: (row) => matchesSearch(row.original.searchText, query) });
  }
  if (tests.length > MAX_FILTERS) throw new Error(`The catalogue filters by at most ${MAX_FILTERS} columns at once.`);
  return tests;
}

/** The search's terms, or null when nothing is searched (no query, or no column takes part in the search). */
function activeSearch(table: CatalogueTableSource, globalFilter: unknown): string[] | null {
  if (typeof globalFilter !== 'string' || globalFilter === '' || !table.getGlobalFilterFn()) return null;
  if (!table.getAllLeafColumns().some((column) => column.getCanGlobalFilter())) return null;
  return searchTerms(globalFilter);
}

/**
 * The previous evaluation's masks with only the search re-tested, and only on the rows the previous
 * search kept; undefined when this keystroke does not narrow the previous one under the same filters.
 */
function narrowedEvaluation(
  previous: FilterEvaluation | undefined,
  all: CatalogueRowModel,
  columnFilters: ColumnFiltersState,
  tests: RowTest[],
  terms: readonly string[] | null,
): FilterEvaluation | undefined {
  if (!previous || previous.all !== all || previous.columnFilters !== columnFilters) return undefined;
  if (terms === null || previous.searchTerms === null || previous.searchHits === null || !searchNarrows(previous.searchTerms, terms)) return undefined;
  const searchIndex = tests.length - 1;
  if (previous.ids.length !== tests.length || previous.ids[searchIndex] !== GLOBAL_FILTER_ID) return undefined;
  const searchBit = 1 << searchIndex;
  const search = tests[searchIndex]!;
  const passed = previous.passed.slice();
  const hits: number[] = [];
  for (const index of previous.searchHits) {
    if (search.passes(all.rows[index]!)) hits.push(index);
    else passed[index] = passed[index]! & ~searchBit;
  }
  return { ...previous, passed, searchTerms: terms, searchHits: Int32Array.from(hits) };
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
        const terms = activeSearch(table, globalFilter);
        const evaluation = narrowedEvaluation(evaluations.get(table), all, columnFilters, tests, terms) ?? evaluateAll(all, columnFilters, tests, terms);
        evaluations.set(table, evaluation);
        const candidates = evaluation.searchHits ?? all.rows.keys();
        const kept: CatalogueTableRow[] = [];
        for (const index of candidates) if (evaluation.passed[index] === evaluation.everyFilter) kept.push(all.rows[index]!);
        return flatRowModel(rankBySearch(kept, globalFilter));
      },
    });
}

/** Every filter on every row, not just until one fails: the facet models need each result. */
function evaluateAll(all: CatalogueRowModel, columnFilters: ColumnFiltersState, tests: RowTest[], terms: readonly string[] | null): FilterEvaluation {
  const passed = new Uint32Array(all.rows.length);
  const searchBit = terms === null ? 0 : 1 << (tests.length - 1);
  const hits: number[] = [];
  all.rows.forEach((row, index) => {
    let mask = 0;
    for (let test = 0; test < tests.length; test += 1) if (tests[test]!.passes(row)) mask |= 1 << test;
    passed[index] = mask;
    if (mask & searchBit) hits.push(index);
  });
  return {
    all,
    ids: tests.map((test) => test.id),
    passed,
    everyFilter: 2 ** tests.length - 1,
    columnFilters,
    searchTerms: terms,
    searchHits: terms === null ? null : Int32Array.from(hits),
  };
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
