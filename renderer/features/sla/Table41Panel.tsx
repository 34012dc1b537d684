import { formatSigned } from '../../../shared/sla/format-downtime';
import { compareTable41, table41Periods } from '../../../shared/sla/table-4-1';
import { useSlaFormat } from './use-sla-format';

const comparison = compareTable41();

/** The seed's Table 4.1 as printed, each figure checked against the calculator. */
export function Table41Panel() {
  const format = useSlaFormat();
  const { t } = format;
  const differing = comparison.flatMap((row) => row.cells).filter((cell) => !cell.matches).length;
  return (
    <div className="card">
      <h2 className="card-heading">{t('table41.heading')}</h2>
      <p className="field-hint">{t('table41.intro')}</p>
      <div className="table-scroll">
        <table className="data-table table41">
          <thead>
            <tr>
              <th scope="col">{t('table41.targetColumn')}</th>
              {table41Periods.map((period) => (
                <th key={period} scope="col">
                  {t(`periods.${period}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {comparison.map((row) => (
              <tr key={row.availabilityPercent}>
                <th scope="row">{format.percent(row.availabilityPercent)}</th>
                {row.cells.map((cell) => (
                  <td key={cell.period} data-cell={`${row.availabilityPercent}-${cell.period}`} className={cell.matches ? 'cell-match' : 'cell-differs'}>
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
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint">{t('table41.summary', { count: differing })}</p>
      <p className="source-note">{t('table41.source')}</p>
    </div>
  );
}
