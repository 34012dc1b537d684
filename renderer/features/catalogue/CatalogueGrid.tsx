import { FlexRender, type Header, type ReactTable } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type CSSProperties, type KeyboardEvent, memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { type CatalogueFeatures, type CatalogueTableRow, STAR_COLUMN_ID } from './catalogue-columns';
import type { CatalogueRow } from './catalogue-rows';
import { moveColumnOnto } from './column-order';
import { StarIcon } from './StarToggle';

export type CatalogueTable = ReactTable<CatalogueFeatures, CatalogueRow>;
type CatalogueHeader = Header<CatalogueFeatures, CatalogueRow, unknown>;

/** Fixed heights keep virtualization exact: no row is measured, so scrolling 50,000 rows costs the same as 50. */
const ROW_HEIGHT = 40;
const HEADER_HEIGHT = 40;
const RESIZE_STEP = 10;
const RESIZE_STEP_LARGE = 50;
/** A drag of a column header carries this type, so the page's file drop ignores it. */
const COLUMN_DRAG_TYPE = 'application/x-kube-planner-column';

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
}: {
  table: CatalogueTable;
  labelledBy: string;
  selectedId: string | null;
  onOpen: (id: string) => void;
  onClose: () => void;
  onToggleCompare: (id: string) => void;
}) {
  const { t } = useTranslation('catalogue');
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
            const isActive = item.index === activeIndex;
            return (
              <div
                key={row.id}
                id={`${gridId}-row-${row.id}`}
                role="row"
                aria-rowindex={item.index + 2}
                aria-selected={row.id === selectedId}
                data-row-id={row.id}
                className={`grid-row grid-body-row${isActive ? ' is-active' : ''}${item.index % 2 ? ' is-odd' : ''}`}
                style={{ transform: `translateY(${item.start - HEADER_HEIGHT}px)` }}
              >
                <RowCells row={row} columns={table.options.columns} columnLayout={columnLayout} />
              </div>
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
 * One row's cells. Rows keep their identity while the search narrows, so a row still in view is not
 * drawn again on a keystroke; it is when the language (`columns`) or the column layout changes.
 */
const RowCells = memo(function RowCells({
  row,
}: {
  row: CatalogueTableRow;
  columns: unknown;
  columnLayout: string;
}) {
  return row.getVisibleCells().map((cell, index) => (
    <div
      key={cell.id}
      role="gridcell"
      aria-colindex={index + 1}
      className={`grid-cell cell-${cell.column.id}`}
      style={{ width: `var(--col-${cell.column.id})` }}
    >
      <FlexRender cell={cell} />
    </div>
  ));
});

/** A column header; it takes its sort and size state as props so that a keystroke does not redraw it. */
const HeaderCell = memo(function HeaderCell({
  header,
  columnIndex,
  sorted,
  sortIndex,
  size,
  resizing,
}: {
  header: CatalogueHeader;
  columnIndex: number;
  sorted: false | 'asc' | 'desc';
  /** -1 unless several columns are sorted. */
  sortIndex: number;
  size: number;
  resizing: boolean;
}) {
  const { t } = useTranslation('catalogue');
  const [dropTarget, setDropTarget] = useState(false);
  const { column } = header;
  const { table } = header.getContext();
  const label = t(`columns.${column.id}`);
  const canSort = column.getCanSort();
  const movable = column.id !== STAR_COLUMN_ID;
  const ariaSort = sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : canSort ? 'none' : undefined;

  const resizeBy = (delta: number) => {
    const { minSize = 60, maxSize = 640 } = column.columnDef;
    const next = Math.min(Math.max(size + delta, minSize), maxSize);
    table.setColumnSizing((sizing) => ({ ...sizing, [column.id]: next }));
  };

  const dragProps = movable
    ? {
        draggable: true,
        onDragStart: (event: React.DragEvent) => {
          event.dataTransfer.setData(COLUMN_DRAG_TYPE, column.id);
          event.dataTransfer.effectAllowed = 'move';
        },
      }
    : {};

  return (
    <div
      role="columnheader"
      aria-colindex={columnIndex}
      aria-sort={ariaSort}
      tabIndex={-1}
      className={`grid-cell grid-header-cell cell-${column.id}${dropTarget ? ' is-drop-target' : ''}`}
      style={{ width: `var(--col-${column.id})` }}
      onDragOver={(event) => {
        if (!movable || !event.dataTransfer.types.includes(COLUMN_DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setDropTarget(true);
      }}
      onDragLeave={() => setDropTarget(false)}
      onDrop={(event) => {
        setDropTarget(false);
        const draggedId = event.dataTransfer.getData(COLUMN_DRAG_TYPE);
        if (!draggedId || !movable) return;
        event.preventDefault();
        event.stopPropagation();
        const order = table.getAllLeafColumns().map((leaf) => leaf.id);
        table.setColumnOrder(moveColumnOnto(order, draggedId, column.id));
      }}
    >
      {column.id === STAR_COLUMN_ID ? (
        <span className="header-icon" title={label}>
          <StarIcon filled={false} />
          <span className="visually-hidden">{label}</span>
        </span>
      ) : canSort ? (
        <button
          type="button"
          className="sort-button"
          title={t('sortHint', { column: label })}
          onClick={column.getToggleSortingHandler()}
          {...dragProps}
        >
          <span className="header-label">{label}</span>
          <SortIndicator direction={sorted} />
          {sortIndex >= 0 && (
            <span className="sort-index">
              <span aria-hidden="true">{sortIndex + 1}</span>
              <span className="visually-hidden">{t('sortPriority', { index: sortIndex + 1 })}</span>
            </span>
          )}
        </button>
      ) : (
        <span className="header-label header-static" {...dragProps}>
          {label}
        </span>
      )}
      {column.getCanResize() && (
        <ResizeHandle
          label={t('columnsMenu.resize', { column: label })}
          size={size}
          min={column.columnDef.minSize ?? 60}
          max={column.columnDef.maxSize ?? 640}
          resizing={resizing}
          onPointerStart={header.getResizeHandler()}
          onResizeBy={resizeBy}
          onReset={() => column.resetSize()}
        />
      )}
    </div>
  );
});

/**
 * The drag handle on a header's right edge, also operable from the keyboard: arrows change the width
 * (Shift for bigger steps), Home or Enter (and a double click) restore the default.
 */
function ResizeHandle({
  label,
  size,
  min,
  max,
  resizing,
  onPointerStart,
  onResizeBy,
  onReset,
}: {
  label: string;
  size: number;
  min: number;
  max: number;
  resizing: boolean;
  onPointerStart: (event: unknown) => void;
  onResizeBy: (delta: number) => void;
  onReset: () => void;
}) {
  /* A focusable separator is a widget in ARIA 1.2 (it has a value and moves with the arrow keys);
     jsx-a11y still classes every separator as static structure. */
  /* eslint-disable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={size}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className={`resize-handle${resizing ? ' is-resizing' : ''}`}
      onMouseDown={onPointerStart}
      onTouchStart={onPointerStart}
      onDoubleClick={onReset}
      onClick={(event) => event.stopPropagation()}
      onKeyDown={(event) => {
        const step = event.shiftKey ? RESIZE_STEP_LARGE : RESIZE_STEP;
        if (event.key === 'ArrowLeft') onResizeBy(-step);
        else if (event.key === 'ArrowRight') onResizeBy(step);
        else if (event.key === 'Home' || event.key === 'Enter') onReset();
        else return;
        event.preventDefault();
      }}
    />
  );
  /* eslint-enable jsx-a11y/no-noninteractive-element-interactions, jsx-a11y/no-noninteractive-tabindex */
}

function SortIndicator({ direction }: { direction: false | 'asc' | 'desc' }) {
  return (
    <svg className={`sort-indicator${direction ? ' is-sorted' : ''}`} viewBox="0 0 10 14" width="8" height="12" aria-hidden="true" focusable="false">
      <path d="M5 1 1.5 5.5h7z" fill={direction === 'asc' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1" />
      <path d="M5 13 1.5 8.5h7z" fill={direction === 'desc' ? 'currentColor' : 'none'} stroke="currentColor" strokeWidth="1" />
    </svg>
  );
}
