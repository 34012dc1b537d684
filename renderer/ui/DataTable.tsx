import type { HTMLAttributes, Key, ReactNode, TableHTMLAttributes } from 'react';

/** Attributes a row or cell may carry beyond its content: a class for its look, a tooltip, data attributes for tests and styles. */
export type PartAttributes = { className?: string; title?: string } & { [data: `data-${string}`]: string | number | boolean | undefined };

export interface DataTableColumn<Row> {
  /** Stable among the table's columns: React's key. */
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Numbers read best right-aligned, header and cells alike. */
  numeric?: boolean;
  /** The column that names each row: its cells are row headers (`<th scope="row">`). */
  rowHeader?: boolean;
  /** A class for the column's header cell, such as a width. */
  headerClassName?: string;
  /** A class or data attributes for this column's cell in a given row. */
  cellAttributes?: (row: Row) => PartAttributes;
}

/** Rows under a heading of their own, in a body of their own (`<tbody>`); the first group may go without one. */
export interface RowGroup<Row> {
  id: string;
  heading?: ReactNode;
  rows: readonly Row[];
}

type DataTableProps<Row> = {
  /** What the table shows; said to screen readers. Hidden from view where the heading above already says it. */
  caption?: ReactNode;
  captionHidden?: boolean;
  columns: readonly DataTableColumn<Row>[];
  rowKey: (row: Row, index: number) => Key;
  rowAttributes?: (row: Row) => PartAttributes & Pick<HTMLAttributes<HTMLTableRowElement>, 'aria-current'>;
  /** `compare` is the side-by-side look of the comparisons; `data` the plain one. */
  appearance?: 'data' | 'compare';
  /** Further classes, after the appearance's own. */
  className?: string;
} & ({ rows: readonly Row[]; groups?: never } | { groups: readonly RowGroup<Row>[]; rows?: never }) &
  Omit<TableHTMLAttributes<HTMLTableElement>, 'className' | 'children'> &
  PartAttributes;

/** The key of the one body of a table without groups. */
const ONLY_GROUP = 'rows';

const join = (...classes: (string | undefined | false)[]) => classes.filter(Boolean).join(' ') || undefined;

/**
 * A table of rows under typed columns, like the plan document's table block: one header row of
 * column headers, the naming column as row headers, numbers aligned right.
 */
export function DataTable<Row>({
  caption,
  captionHidden = false,
  columns,
  rows,
  groups,
  rowKey,
  rowAttributes,
  appearance = 'data',
  className,
  ...tableAttributes
}: DataTableProps<Row>) {
  return (
    <table className={join(appearance === 'compare' ? 'compare-table' : 'data-table', className)} {...tableAttributes}>
      {caption !== undefined && <caption className={captionHidden ? 'visually-hidden' : undefined}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.id} scope="col" className={join(column.numeric && 'numeric', column.headerClassName)}>
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      {(groups ?? [{ id: ONLY_GROUP, rows: rows ?? [] }]).map((group) => (
        <tbody key={group.id}>
          {group.heading !== undefined && (
            <tr className={appearance === 'compare' ? 'compare-group' : 'row-group'}>
              <th scope="colgroup" colSpan={columns.length}>
                {group.heading}
              </th>
            </tr>
          )}
          {group.rows.map((row, index) => (
            <tr key={rowKey(row, index)} {...rowAttributes?.(row)}>
              {columns.map((column) => {
                const { className: cellClass, ...cellData } = column.cellAttributes?.(row) ?? {};
                return column.rowHeader ? (
                  <th key={column.id} scope="row" className={join(column.numeric && 'numeric', cellClass)} {...cellData}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.id} className={join(column.numeric && 'numeric', cellClass)} {...cellData}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
