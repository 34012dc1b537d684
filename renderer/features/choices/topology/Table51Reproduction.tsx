import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/ipc/contract';
import { numberFormatter } from '../../../../shared/topology/describe-topology';
import { reproduceTable51, seedTable51 } from '../../../../shared/topology/table-5-1';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable';

const reproduction = reproduceTable51();
type Table51Row = (typeof reproduction.rows)[number];
const comparedColumns = ['vCpus', 'memoryGB'] as const;

export function Table51Reproduction({ language }: { language: Language }) {
  const { t } = useTranslation('topology');
  const format = numberFormatter(language);
  const signed = (value: number) => `${value > 0 ? '+' : ''}${format(value)}`;
  const { cluster, systemReserve } = seedTable51;
  const mismatch = (namespace: string, column: 'vCpus' | 'memoryGB') =>
    reproduction.discrepancies.some((discrepancy) => discrepancy.row === namespace && discrepancy.column === column);
  const columns: DataTableColumn<Table51Row>[] = [
    { id: 'namespace', header: t('table51.namespace'), rowHeader: true, cell: (row) => row.namespace },
    { id: 'load', header: t('table51.load'), numeric: true, cell: (row) => `${format(row.loadPercent)}%` },
    ...comparedColumns.flatMap((column): DataTableColumn<Table51Row>[] => [
      {
        id: `${column}-printed`,
        header: t(column === 'vCpus' ? 'table51.printedCpu' : 'table51.printedMemory'),
        numeric: true,
        cellAttributes: (row) => (mismatch(row.namespace, column) ? { className: 'cell-mismatch', 'data-mismatch': 'true' } : {}),
        cell: (row) => (
          <>
            {format(row.printed[column])}
            {mismatch(row.namespace, column) && <span className="visually-hidden">{` (${t('table51.mismatch')})`}</span>}
          </>
        ),
      },
      {
        id: `${column}-computed`,
        header: t(column === 'vCpus' ? 'table51.computedCpu' : 'table51.computedMemory'),
        numeric: true,
        cell: (row) => format(row.computed[column]),
      },
    ]),
    {
      id: 'sixty-forty',
      header: t('table51.sixtyForty'),
      numeric: true,
      cell: (row) => `${format(row.withSixtyFortyRule.vCpus)} / ${format(row.withSixtyFortyRule.memoryGB)}`,
    },
  ];
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
        <DataTable
          caption={t('table51.caption')}
          columns={columns}
          rows={reproduction.rows}
          rowKey={(row) => row.namespace}
          rowAttributes={(row) => ({ 'data-row': row.namespace })}
        />
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
