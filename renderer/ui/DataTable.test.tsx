import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataTableColumn } from './DataTable';

type Period = { id: string; name: string; seconds: number; overspent: boolean };

const periods: Period[] = [
  { id: 'month', name: 'Month', seconds: 2_592, overspent: false },
  { id: 'year', name: 'Year', seconds: 31_536, overspent: true },
];

const columns: DataTableColumn<Period>[] = [
  { id: 'name', header: 'Period', rowHeader: true, headerClassName: 'period-column', cell: (row) => row.name },
  { id: 'seconds', header: 'Seconds', numeric: true, cell: (row) => row.seconds, cellAttributes: (row) => ({ 'data-seconds': row.seconds }) },
];

describe('DataTable', () => {
  it('names itself by its caption and gives each column a header and each row its naming cell', () => {
    render(<DataTable caption="Allowed downtime" columns={columns} rows={periods} rowKey={(row) => row.id} />);
    const table = screen.getByRole('table', { name: 'Allowed downtime' });
    expect(within(table).getAllByRole('columnheader').map((cell) => [cell.textContent, cell.getAttribute('scope')])).toEqual([
      ['Period', 'col'],
      ['Seconds', 'col'],
    ]);
    expect(within(table).getAllByRole('rowheader').map((cell) => [cell.textContent, cell.getAttribute('scope')])).toEqual([
      ['Month', 'row'],
      ['Year', 'row'],
    ]);
    expect(within(table).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['2592', '31536']);
  });

  it('aligns numeric columns, header and cells, and passes each part its classes and data attributes', () => {
    const { container } = render(
      <DataTable
        caption="Allowed downtime"
        captionHidden
        columns={columns}
        rows={periods}
        rowKey={(row) => row.id}
        rowAttributes={(row) => ({ className: row.overspent ? 'overspent' : undefined, 'data-period': row.id })}
        className="budget-table"
        data-table="budget"
      />,
    );
    const table = container.querySelector('table')!;
    expect(table.className).toBe('data-table budget-table');
    expect(table.dataset.table).toBe('budget');
    expect(table.querySelector('caption')!.className).toBe('visually-hidden');
    expect([...table.querySelectorAll('.numeric')].map((cell) => cell.textContent)).toEqual(['Seconds', '2592', '31536']);
    expect(table.querySelector('thead th')!.className).toBe('period-column');
    expect(table.querySelector('tr.overspent')!.getAttribute('data-period')).toBe('year');
    expect([...table.querySelectorAll('td[data-seconds]')].map((cell) => cell.getAttribute('data-seconds'))).toEqual(['2592', '31536']);
  });

  it('takes the comparison look, and leaves out the caption when there is none', () => {
    const { container } = render(<DataTable appearance="compare" columns={columns} rows={[]} rowKey={(row) => row.id} />);
    expect(container.querySelector('table')!.className).toBe('compare-table');
    expect(container.querySelector('caption')).toBeNull();
    expect(container.querySelectorAll('tbody tr')).toHaveLength(0);
  });

  it('puts grouped rows in a body each, under a heading that spans every column', () => {
    const { container } = render(
      <DataTable
        appearance="compare"
        columns={columns}
        groups={[
          { id: 'short', rows: [periods[0]!] },
          { id: 'long', heading: 'Longer periods', rows: [periods[1]!] },
        ]}
        rowKey={(row) => row.id}
      />,
    );
    const bodies = [...container.querySelectorAll('tbody')];
    expect(bodies.map((body) => [...body.querySelectorAll('tr')].map((row) => row.textContent))).toEqual([['Month2592'], ['Longer periods', 'Year31536']]);
    const heading = screen.getByRole('columnheader', { name: 'Longer periods' });
    expect([heading.getAttribute('scope'), heading.getAttribute('colspan'), heading.parentElement!.className]).toEqual(['colgroup', '2', 'compare-group']);
  });
});
