import { type Header } from '@tanstack/react-table';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CatalogueFeatures, STAR_COLUMN_ID } from './catalogue-columns';
import type { CatalogueRow } from './catalogue-rows';
import { moveColumnOnto } from './column-order';
import { StarIcon } from './StarToggle';

type CatalogueHeader = Header<CatalogueFeatures, CatalogueRow, unknown>;

const RESIZE_STEP = 10;
const RESIZE_STEP_LARGE = 50;
/** A drag of a column header carries this type, so the page's file drop ignores it. */
const COLUMN_DRAG_TYPE = 'application/x-kube-planner-column';

/** A column header; it takes its sort and size state as props so that a keystroke does not redraw it. */
export const HeaderCell = memo(function HeaderCell({
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
