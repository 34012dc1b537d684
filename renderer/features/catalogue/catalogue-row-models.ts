import { type ColumnFiltersState, type FilterFn, type Row, type RowModel, type TableFeatures, memo } from '@tanstack/react-table';
import { nameEndInSearchText, searchMatcher, searchTerms } from '../../../shared/catalogue/catalogue-search';
import { type CatalogueRow, type FacetFieldId, countFacetValues, facetFieldValues } from './catalogue-rows';

/**
 * Filtering and faceting for the catalogue's one flat table, built to keep a keystroke within a frame
 * at 50,000 rows (tests/bench/catalogue-filter.ts measures it).
 *
 * The stock row models give every row two new flag objects per keystroke, index every model by id,
 * and rebuild a faceted model for each of the nine faceted columns with its own pass over all rows.
 * Here the column filters' results are one bitmask per row in a typed array, worked out when the
 * filters change, not per keystroke. A keystroke makes one pass over the rows' precomputed search
 * texts that tests and ranks each row at once, and as a query grows a letter at a time it visits only
 * the rows the shorter query kept: no row it dropped can match the longer one. A column's facet model
 * is the filtered model itself unless the column has a filter of its own (then every filter but its
 * own, read from the masks); facet counts read values packed into each row; id indexes are built only
 * if read.
 */

type CatalogueTableRow = Row<TableFeatures, CatalogueRow>;
type CatalogueRowModel = RowModel<TableFeatures, CatalogueRow>;

/** Bitmasks are 32-bit: one bit per column filter. */
const MAX_FILTERS = 32;

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

/** The rows' search texts and folded names side by side, in row order: read per row on every keystroke. */
type SearchIndex = { texts: string[]; names: string[]; nameEnds: Int32Array; everyRow: Int32Array };
const searchIndexes = new WeakMap<readonly CatalogueTableRow[], SearchIndex>();

function searchIndexOf(rows: readonly CatalogueTableRow[]): SearchIndex {
  let index = searchIndexes.get(rows);
  if (!index) {
    index = {
      texts: rows.map((row) => row.original.searchText),
      names: rows.map((row) => row.original.sortName),
      nameEnds: Int32Array.from(rows, (row) => nameEndInSearchText(row.original.searchText, row.original.sortName)),
      everyRow: Int32Array.from(rows, (_, position) => position),
    };
    searchIndexes.set(rows, index);
  }
  return index;
}

/**
 * Which column filters each row of the full model passed, for the facet models to reuse, and what the
 * next keystroke needs to narrow from this result: the rows the search kept, under which terms.
 */
type FilterEvaluation = {
  all: CatalogueRowModel;
  columnFilters: ColumnFiltersState;
  /** The filtered columns' ids; the n-th is bit n of `passed`. */
  ids: string[];
  passed: Uint32Array;
  everyFilter: number;
  searchTerms: readonly string[] | null;
  /** Indexes (ascending) of the rows the search kept; null without a search. */
  searchHits: Int32Array | null;
};
const evaluations = new WeakMap<CatalogueTableSource, FilterEvaluation>();

type RowTest = (row: CatalogueTableRow) => boolean;

/**
 * Whether every row matching `next` also matches `previous`: each earlier term lies inside a later
 * one, so text holding every later term holds every earlier one. True as a query grows by typing.
 */
export function searchNarrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((term) => next.some((longer) => longer.includes(term)));
}

function columnTests(table: CatalogueTableSource, columnFilters: ColumnFiltersState): { ids: string[]; tests: RowTest[] } {
  const ids: string[] = [];
  const tests: RowTest[] = [];
  for (const { id, value } of columnFilters) {
    const filterFn = table.getColumn(id)?.getFilterFn();
    if (!filterFn) continue;
    const resolved: unknown = filterFn.resolveFilterValue?.(value) ?? value;
    ids.push(id);
    tests.push((row) => filterFn(row, id, resolved));
  }
  if (tests.length > MAX_FILTERS) throw new Error(`The catalogue filters by at most ${MAX_FILTERS} columns at once.`);
  return { ids, tests };
}

/** The search's terms, or null when nothing is searched (no terms, or no column takes part in the search). */
function activeSearch(table: CatalogueTableSource, globalFilter: unknown): string[] | null {
  if (typeof globalFilter !== 'string' || !table.getGlobalFilterFn()) return null;
  const terms = searchTerms(globalFilter);
  if (terms.length === 0 || !table.getAllLeafColumns().some((column) => column.getCanGlobalFilter())) return null;
  return terms;
}

/** Every column filter on every row, not just until one fails: the facet models need each result. */
function evaluateColumnFilters(all: CatalogueRowModel, columnFilters: ColumnFiltersState, table: CatalogueTableSource) {
  const { ids, tests } = columnTests(table, columnFilters);
  const passed = new Uint32Array(all.rows.length);
  if (tests.length > 0) {
    all.rows.forEach((row, index) => {
      let mask = 0;
      for (let test = 0; test < tests.length; test += 1) if (tests[test]!(row)) mask |= 1 << test;
      passed[index] = mask;
    });
  }
  return { ids, passed, everyFilter: 2 ** tests.length - 1 };
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
 * The one pass of a keystroke: each candidate row's search text is tested and ranked at once, and the
 * rows every column filter also keeps go to their rank's bucket, so the best name matches come first
 * and ties keep the catalogue's order (a sort the user chose is applied after this and wins).
 */
function searchRows(all: CatalogueRowModel, evaluation: Pick<FilterEvaluation, 'passed' | 'everyFilter'>, terms: readonly string[], candidates: Int32Array | null) {
  const { texts, names, nameEnds, everyRow } = searchIndexOf(all.rows);
  const { passed, everyFilter } = evaluation;
  const match = searchMatcher(terms);
  const visited = candidates ?? everyRow;
  const hits = new Int32Array(visited.length);
  let hitCount = 0;
  const buckets: CatalogueTableRow[][] = [[], [], [], []];
  for (let position = 0; position < visited.length; position += 1) {
    const index = visited[position]!;
    const rank = match(texts[index]!, names[index]!, nameEnds[index]!);
    if (rank === -1) continue;
    hits[hitCount] = index;
    hitCount += 1;
    if (passed[index] === everyFilter) buckets[rank]!.push(all.rows[index]!);
  }
  return { searchHits: hits.slice(0, hitCount), rows: buckets[0]!.concat(buckets[1]!, buckets[2]!, buckets[3]!) };
}

export function createCatalogueFilteredRowModel(): (table: CatalogueTableSource) => () => CatalogueRowModel {
  return (table) =>
    memo({
      memoDeps: () => [table.getPreFilteredRowModel(), table.atoms.columnFilters?.get() ?? [], table.atoms.globalFilter?.get()],
      fn: (all, columnFilters, globalFilter) => {
        const terms = activeSearch(table, globalFilter);
        if (columnFilters.length === 0 && terms === null) {
          evaluations.delete(table);
          return all;
        }
        const previous = evaluations.get(table);
        const sameFilters = previous !== undefined && previous.all === all && previous.columnFilters === columnFilters;
        const columns = sameFilters ? previous : { all, columnFilters, ...evaluateColumnFilters(all, columnFilters, table) };
        if (terms === null) {
          evaluations.set(table, { ...columns, searchTerms: null, searchHits: null });
          return flatRowModel(all.rows.filter((_, index) => columns.passed[index] === columns.everyFilter));
        }
        const narrowing =
          sameFilters && previous.searchTerms !== null && previous.searchHits !== null && searchNarrows(previous.searchTerms, terms);
        const { searchHits, rows } = searchRows(all, columns, terms, narrowing ? previous.searchHits : null);
        evaluations.set(table, { ...columns, searchTerms: terms, searchHits });
        return flatRowModel(rows);
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
        const required = (evaluation.everyFilter & ~(1 << own)) >>> 0;
        const { all, passed, searchHits } = evaluation;
        if (required === 0 && searchHits === null) return all;
        const candidates = searchHits ?? searchIndexOf(all.rows).everyRow;
        const rows: CatalogueTableRow[] = [];
        for (const index of candidates) if ((passed[index]! & required) >>> 0 === required) rows.push(all.rows[index]!);
        return flatRowModel(rows);
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
