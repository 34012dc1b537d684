import { formatSigned } from '../../../shared/sla/format-downtime';
import { compareTable41, table41Periods } from '../../../shared/sla/table-4-1';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { useSlaFormat } from './use-sla-format';

const comparison = compareTable41();
type Table41Row = (typeof comparison)[number];
type Table41Period = (typeof table41Periods)[number];
const cellOf = (row: Table41Row, period: Table41Period) => row.cells.find((cell) => cell.period === period)!;

/** The seed's Table 4.1 as printed, each figure checked against the calculator. */
export function Table41Panel() {
  const format = useSlaFormat();
  const { t } = format;
  const differing = comparison.flatMap((row) => row.cells).filter((cell) => !cell.matches).length;
  const columns: DataTableColumn<Table41Row>[] = [
    { id: 'target', header: t('table41.targetColumn'), rowHeader: true, cell: (row) => format.percent(row.availabilityPercent) },
    ...table41Periods.map((period): DataTableColumn<Table41Row> => ({
      id: period,
      header: t(`periods.${period}`),
      cellAttributes: (row) => ({ 'data-cell': `${row.availabilityPercent}-${period}`, className: cellOf(row, period).matches ? 'cell-match' : 'cell-differs' }),
      cell: (row) => {
        const cell = cellOf(row, period);
        return (
          <>
            <div>
              <span className="cell-label">{t('table41.printed')}</span> {t(`table41.units.${cell.printed.unit}`, { value: cell.printed.text })}
            </div>
            <div>
              <span className="cell-label">{t('table41.computed')}</span> {t(`table41.units.${cell.printed.unit}`, { value: cell.computedAsPrinted })}
            </div>
            <div className="cell-verdict">
              {cell.matches
                ? t('table41.matches')
                : t('table41.differs', {
                    difference: formatSigned(cell.differenceSeconds, format.duration),
                    relative: formatSigned(cell.relativeDifference * 100, (percent) => format.percent(percent, 2)),
                  })}
            </div>
            {!cell.matches && (
              <div className="cell-explain">
                {cell.conventionsThatGiveIt.length === 0
                  ? t('table41.givenByNone')
                  : t('table41.givenBy', {
                      conventions: cell.conventionsThatGiveIt
                        .map((choice) => t(`conventions.${choice.convention}`, { days: choice.calendarMonthDays ?? 31 }))
                        .join(t('listSeparator')),
                    })}
              </div>
            )}
          </>
        );
      },
    })),
  ];
  return (
    <div className="card">
      <h2 className="card-heading">{t('table41.heading')}</h2>
      <p className="field-hint">{t('table41.intro')}</p>
      <div className="table-scroll">
        <DataTable className="table41" columns={columns} rows={comparison} rowKey={(row) => row.availabilityPercent} />
      </div>
      <p className="field-hint">{t('table41.summary', { count: differing })}</p>
      <p className="source-note">{t('table41.source')}</p>
    </div>
  );
}
