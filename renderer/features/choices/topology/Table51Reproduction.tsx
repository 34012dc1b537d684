import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/ipc/contract';
import { numberFormatter } from '../../../../shared/topology/describe-topology';
import { reproduceTable51, seedTable51 } from '../../../../shared/topology/table-5-1';

const reproduction = reproduceTable51();
const comparedColumns = ['vCpus', 'memoryGB'] as const;

export function Table51Reproduction({ language }: { language: Language }) {
  const { t } = useTranslation('topology');
  const format = numberFormatter(language);
  const signed = (value: number) => `${value > 0 ? '+' : ''}${format(value)}`;
  const { cluster, systemReserve } = seedTable51;
  const mismatch = (namespace: string, column: 'vCpus' | 'memoryGB') =>
    reproduction.discrepancies.some((discrepancy) => discrepancy.row === namespace && discrepancy.column === column);
  const printedCell = (namespace: string, column: 'vCpus' | 'memoryGB', value: number) =>
    mismatch(namespace, column) ? (
      <td key={`${column}-printed`} className="numeric cell-mismatch" data-mismatch="true">
        {format(value)}
        <span className="visually-hidden">{` (${t('table51.mismatch')})`}</span>
      </td>
    ) : (
      <td key={`${column}-printed`} className="numeric">
        {format(value)}
      </td>
    );
  return (
    <section className="card table51" aria-labelledby="table51-heading" data-section="table-5-1">
      <h3 id="table51-heading">{t('table51.heading')}</h3>
      <p>
        {t('table51.intro', {
          memory: format(cluster.memoryGB),
          vCpus: format(cluster.vCpus),
          namespaces: cluster.namespaces,
          reservePercent: format(systemReserve.statedMemoryPercent),
          reserveGB: format(systemReserve.statedMemoryGB),
        })}
      </p>
      <div className="table-scroll">
        <table className="data-table">
          <caption>{t('table51.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table51.namespace')}</th>
              <th scope="col" className="numeric">
                {t('table51.load')}
              </th>
              <th scope="col" className="numeric">
                {t('table51.printedCpu')}
              </th>
              <th scope="col" className="numeric">
                {t('table51.computedCpu')}
              </th>
              <th scope="col" className="numeric">
                {t('table51.printedMemory')}
              </th>
              <th scope="col" className="numeric">
                {t('table51.computedMemory')}
              </th>
              <th scope="col" className="numeric">
                {t('table51.sixtyForty')}
              </th>
            </tr>
          </thead>
          <tbody>
            {reproduction.rows.map((row) => (
              <tr key={row.namespace} data-row={row.namespace}>
                <th scope="row">{row.namespace}</th>
                <td className="numeric">{`${format(row.loadPercent)}%`}</td>
                {comparedColumns.flatMap((column) => [
                  printedCell(row.namespace, column, row.printed[column]),
                  <td key={`${column}-computed`} className="numeric">
                    {format(row.computed[column])}
                  </td>,
                ])}
                <td className="numeric">{`${format(row.withSixtyFortyRule.vCpus)} / ${format(row.withSixtyFortyRule.memoryGB)}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h4>{t('table51.findingsHeading')}</h4>
      <ul className="topology-lines table51-findings">
        {reproduction.discrepancies.map((discrepancy) => {
          const row = reproduction.rows.find((candidate) => candidate.namespace === discrepancy.row);
          const sentence =
            discrepancy.row === 'reserve'
              ? t('table51.reserve', {
                  percent: format(reproduction.reserve.statedPercent),
                  memory: format(cluster.memoryGB),
                  computed: format(discrepancy.computed),
                  printed: format(discrepancy.printed),
                  implied: format(reproduction.reserve.impliedPercent),
                  difference: signed(discrepancy.difference),
                })
              : t('table51.cell', {
                  row: discrepancy.row,
                  column: t(`table51.columns.${discrepancy.column}`),
                  printed: format(discrepancy.printed),
                  computed: format(discrepancy.computed),
                  difference: signed(discrepancy.difference),
                  implied: format(discrepancy.impliedSharePercent ?? 0),
                  share: format(row?.loadPercent ?? 0),
                });
          return (
            <li key={`${discrepancy.row}-${discrepancy.column}`} data-discrepancy={`${discrepancy.row}:${discrepancy.column}`}>
              {sentence} {t(`table51.explanations.${discrepancy.explanation}`, { total: format(cluster.memoryGB) })}
            </li>
          );
        })}
        {reproduction.equalShareMismatches.map((pair) => (
          <li key={`${pair.rows.join('-')}-${pair.column}`}>
            {t('table51.equalShares', {
              first: pair.rows[0],
              second: pair.rows[1],
              share: format(pair.loadPercent),
              firstAmount: format(pair.printed[0]),
              secondAmount: format(pair.printed[1]),
              column: t(`table51.columns.${pair.column}`),
            })}
          </li>
        ))}
        <li>{t('table51.noSixtyForty')}</li>
        <li>{t('table51.noCpuReserve', { vCpus: format(cluster.vCpus) })}</li>
        {reproduction.checks.map((check) => (
          <li key={check.check} data-check={check.check} data-holds={check.holds}>
            {t(`table51.checks.${check.check}`, { printed: format(check.printed), expected: format(check.expected) })}{' '}
            <span className={check.holds ? 'verdict verdict-ok' : 'verdict verdict-bad'}>
              {t(check.holds ? 'table51.holds' : 'table51.fails')}
            </span>
          </li>
        ))}
      </ul>
      <p className="source-note">{t('table51.source', { lines: seedTable51.source.lines })}</p>
    </section>
  );
}
