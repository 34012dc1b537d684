import { type ColumnFiltersState, type Updater, functionalUpdate, useTable } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useAppStore } from '../../app/store';
import { STAR_COLUMN_ID, buildCatalogueColumns, catalogueFeatures, matchesGlobalSearch } from './catalogue-columns';
import type { Translate } from './catalogue-fields';
import type { CatalogueRow } from './catalogue-rows';
import type { CatalogueTable } from './CatalogueGrid';

const getRowId = (row: CatalogueRow) => row.entry.id;

/**
 * The catalogue's table, its state held in the store (persisted, so a restart shows the same view).
 * `table` is a new object on every render, carrying that render's state; `lastingTable` is the same
 * table as one object for the page's life, for memoized parts that only call the table's methods
 * (those read the table's current state whichever object they are called on), so that a keystroke
 * does not redraw them. `t` is remembered per language (see CatalogueView): cells then ask for their
 * labels from that memory, not from i18next each time a row comes into view.
 */
export function useCatalogueTable(t: Translate): { table: CatalogueTable; lastingTable: CatalogueTable } {
  const rows = useAppStore((state) => state.catalogueRows);
  const search = useAppStore((state) => state.catalogueSearch);
  const filters = useAppStore((state) => state.catalogueFilters);
  const sorting = useAppStore((state) => state.catalogueSorting);
  const columnVisibility = useAppStore((state) => state.catalogueColumnVisibility);
  const columnSizing = useAppStore((state) => state.catalogueColumnSizing);
  const columnOrder = useAppStore((state) => state.catalogueColumnOrder);
  const shortlist = useAppStore((state) => state.catalogueShortlist);
  const shortlistOnly = useAppStore((state) => state.catalogueShortlistOnly);
  // Actions never change; read once rather than subscribing to each.
  const actions = useAppStore.getState();

  const columns = useMemo(() => buildCatalogueColumns(t), [t]);
  const shortlistSet = useMemo(() => new Set(shortlist), [shortlist]);
  // "Shortlist only" is a filter on the star column; it is kept apart from the facets so that the
  // persisted filters hold plain values and the shortlist can change without touching them.
  const tableFilters = useMemo<ColumnFiltersState>(
    () => (shortlistOnly ? [...filters, { id: STAR_COLUMN_ID, value: shortlistSet }] : filters),
    [filters, shortlistOnly, shortlistSet],
  );

  const table: CatalogueTable = useTable({
    features: catalogueFeatures,
    columns,
    data: rows,
    getRowId,
    state: {
      globalFilter: search,
      columnFilters: tableFilters,
      sorting,
      columnVisibility,
      columnSizing,
      columnOrder,
    },
    onGlobalFilterChange: (updater: Updater<string>) => actions.setCatalogueSearch(functionalUpdate(updater, search) ?? ''),
    onColumnFiltersChange: (updater) => {
      const next = functionalUpdate(updater, tableFilters);
      actions.setShortlistOnly(next.some((filter) => filter.id === STAR_COLUMN_ID));
      actions.setCatalogueFilters(next.filter((filter) => filter.id !== STAR_COLUMN_ID));
    },
    onSortingChange: actions.setCatalogueSorting,
    onColumnVisibilityChange: actions.setCatalogueColumnVisibility,
    onColumnSizingChange: actions.setCatalogueColumnSizing,
    onColumnOrderChange: actions.setCatalogueColumnOrder,
    globalFilterFn: matchesGlobalSearch,
    getColumnCanGlobalFilter: (column) => column.id === 'name',
    columnResizeMode: 'onChange',
    sortDescFirst: false,
    maxMultiSortColCount: 4,
    defaultColumn: { minSize: 60, maxSize: 640 },
  });
  const [lastingTable] = useState(table);
  return { table, lastingTable };
}
