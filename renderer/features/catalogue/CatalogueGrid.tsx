import { FlexRender, type ReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type KeyboardEvent, memo, useEffect, useId, useRef, useState } from 'react';
import { useAppStore } from '../../app/store';
import type { CatalogueFeatures, CatalogueTableRow } from './catalogue-columns';
import type { Translate } from './catalogue-fields';
import type { CatalogueRow } from './catalogue-rows';
import { HeaderCell } from './GridHeaderCell';

export type CatalogueTable = ReactTable<CatalogueFeatures, CatalogueRow>;

/** Fixed heights keep virtualization exact: no row is measured, so scrolling 50,000 rows costs the same as 50. */
const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 40;
/** Row elements kept for reuse; more than a screen's worth of rows, so their keys stay put. */
const ROW_POOL = 64;

/**
 * The catalogue as an ARIA grid. The grid itself holds focus and points at the active row with
 * aria-activedescendant, so focus survives the active row's element being recycled by virtualization.
 */
export function CatalogueGrid({
  table,
  labelledBy,
  selectedId,
  onOpen,
  onClose,
  onToggleCompare,
  t,
}: {
  table: CatalogueTable;
  labelledBy: string;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onClose: () => void;
  onToggleCompare: (id: string) => void;
  /** The page's remembered `t` (see CatalogueView), so a keystroke asks i18next nothing. */
  t: Translate;
}) {
  const toggleShortlisted = useAppStore((state) => state.toggleShortlisted);
  const gridId = useId();
  const helpId = useId();
  const gridRef = useRef<HTMLDivElement>(null);
  const rows = table.getRowModel().rows;
  const [activeId, setActiveId] = useState<string | null>(selectedId);
  const activeIndex = activeId === null ? -1 : rows.findIndex((row) => row.id === activeId);

  // The compiler skips memoizing this component, which is right: the virtualizer's state is read on every render.
  // eslint-disable-next-line react-hooks/incompatible-library -- the bail-out is intended, see above
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => gridRef.current,
    estimateSize: () => ROW_HEIGHT,
    // A few rows either side are enough with fixed heights, and each extra row is DOM to build per keystroke.
    overscan: 5,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  // A restored selection is scrolled into view once, when the rows first arrive.
  const restoredRef = useRef(false);
  useEffect(() => {
    if (restoredRef.current || rows.length === 0) return;
    restoredRef.current = true;
    if (activeIndex > 0) virtualizer.scrollToIndex(activeIndex, { align: 'center' });
  }, [activeIndex, rows.length, virtualizer]);

  const moveTo = (index: number) => {
    if (rows.length === 0) return;
    const clamped = Math.min(Math.max(index, 0), rows.length - 1);
    const row = rows[clamped];
    if (!row) return;
    setActiveId(row.id);
    virtualizer.scrollToIndex(clamped, { align: 'auto' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.metaKey) return;
    const activeRow = rows[activeIndex];
    const visibleRows = Math.max(1, Math.floor(((gridRef.current?.clientHeight ?? 0) - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
    if (event.ctrlKey && key !== 'Home' && key !== 'End') return;
    switch (key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1);
        break;
      case 'ArrowUp':
        moveTo(activeIndex - 1);
        break;
      case 'PageDown':
        moveTo(activeIndex + visibleRows);
        break;
      case 'PageUp':
        moveTo(activeIndex - visibleRows);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(rows.length - 1);
        break;
      case 'Enter':
        if (activeRow) onOpen(activeRow.id);
        break;
      case ' ':
      case 's':
        if (activeRow) toggleShortlisted(activeRow.id);
        break;
      case 'c':
        if (activeRow) onToggleCompare(activeRow.id);
        break;
      case 'Escape':
        if (selectedId === null) return;
        onClose();
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const visibleColumns = table.getVisibleLeafColumns();
  const columnWidths = Object.fromEntries(
    visibleColumns.map((column) => [`--col-${column.id}`, `${column.getSize()}px`]),
  ) as CSSProperties;
  const totalWidth = table.getTotalSize();
  const [headerGroup] = table.getHeaderGroups();
  // Changes when columns are shown, hidden or moved, so memoized rows redraw their cells then.
  const columnLayout = visibleColumns.map((column) => column.id).join(' ');
  const isMultiSort = table.state.sorting.length > 1;
  const virtualItems = virtualizer.getVirtualItems();
  // Rows are keyed by their place modulo a pool at least as large as the rows drawn (consecutive
  // places, so no two share a key): a search that changes which product sits at a place rewrites that
  // row's elements in place instead of removing them and building new ones, while a scroll by one row
  // still redraws only the row that came into view.
  const rowPool = Math.max(ROW_POOL, virtualItems.length);
  const activeRendered = activeIndex >= 0 && virtualItems.some((item) => item.index === activeIndex);

  return (
    <div className="grid-frame">
      <div
        ref={gridRef}
        id={gridId}
        role="grid"
        className="catalogue-grid"
        tabIndex={0}
        aria-labelledby={labelledBy}
        aria-describedby={helpId}
        aria-rowcount={rows.length + 1}
        aria-colcount={visibleColumns.length}
        aria-activedescendant={activeRendered ? `${gridId}-row-${activeId}` : undefined}
        style={{ ...columnWidths, '--grid-width': `${totalWidth}px` } as CSSProperties}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          if (event.target === event.currentTarget && activeIndex < 0 && rows[0]) setActiveId(rows[0].id);
        }}
        onClick={(event) => {
          const rowElement = (event.target as HTMLElement).closest<HTMLElement>('[data-row-id]');
          const id = rowElement?.dataset.rowId;
          if (!id) return;
          setActiveId(id);
          onOpen(id);
          gridRef.current?.focus({ preventScroll: true });
        }}
      >
        <div role="rowgroup" className="grid-head">
          <div role="row" aria-rowindex={1} className="grid-row grid-header-row">
            {headerGroup?.headers.map((header, index) => (
              <HeaderCell
                key={header.id}
                header={header}
                columnIndex={index + 1}
                sorted={header.column.getIsSorted()}
                sortIndex={isMultiSort ? header.column.getSortIndex() : -1}
                size={header.column.getSize()}
                resizing={header.column.getIsResizing()}
              />
            ))}
          </div>
        </div>
        <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualItems.map((item) => {
            const row = rows[item.index];
            if (!row) return null;
            return (
              <GridRow
                key={item.index % rowPool}
                row={row}
                gridId={gridId}
                index={item.index}
                top={item.start - HEADER_HEIGHT}
                active={item.index === activeIndex}
                selected={row.id === selectedId}
                columns={table.options.columns}
                columnLayout={columnLayout}
              />
            );
          })}
        </div>
      </div>
      <p id={helpId} className="visually-hidden">
        {t('keyboardHelp')}
      </p>
    </div>
  );
}

/**
 * One row of the grid. A row whose product, place and state are unchanged is not drawn again on a
 * keystroke; its cells are redrawn when the product, the language (`columns`) or the column layout changes.
 */
const GridRow = memo(function GridRow({
  row,
  gridId,
  index,
  top,
  active,
  selected,
}: {
  row: CatalogueTableRow;
  gridId: string;
  index: number;
  top: number;
  active: boolean;
  selected: boolean;
  columns: unknown;
  columnLayout: string;
}) {
  return (
    <div
      id={`${gridId}-row-${row.id}`}
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      data-row-id={row.id}
      className={`grid-row grid-body-row${active ? ' is-active' : ''}${index % 2 ? ' is-odd' : ''}`}
      style={{ transform: `translateY(${top}px)` }}
    >
      {row.getVisibleCells().map((cell, column) => (
        <div
          key={cell.column.id}
          role="gridcell"
          aria-colindex={column + 1}
          className={`grid-cell cell-${cell.column.id}`}
          style={{ width: `var(--col-${cell.column.id})` }}
        >
          <FlexRender cell={cell} />
        </div>
      ))}
    </div>
  );
});
