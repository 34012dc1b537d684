import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/ipc/contract';
import type { TopologyAnalysis } from '../../../../shared/topology/analyze-topology';
import { describeNPlusOne, describeQuorum, describeTopology, numberFormatter } from '../../../../shared/topology/describe-topology';
import { cpuQuantity, memoryQuantity } from '../../../../shared/topology/namespace-quotas';
import type { TopologyPlanSection } from '../../../../shared/topology/topology-plan-section';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable';
import { ZoneDiagram } from './ZoneDiagram';

/** An id, its label and the resources on that line of the capacity table. */
type CapacityRow = [string, string, { cpuCores: number; memoryGiB: number }];
type ResultsProps = { section: TopologyPlanSection; analysis: TopologyAnalysis; language: Language };

function Verdict({ ok, children }: { ok: boolean; children: React.ReactNode }) {
  return (
    <span className={ok ? 'verdict verdict-ok' : 'verdict verdict-bad'} data-verdict={ok ? 'ok' : 'bad'}>
      {children}
    </span>
  );
}

export function TopologyResults({ section, analysis, language }: ResultsProps) {
  const { t } = useTranslation('topology');
  const format = numberFormatter(language);
  const percent = numberFormatter(language, 1);
  const [quorumLine, ...quorumRest] = describeQuorum(section, analysis, t);
  const nPlusOne = describeNPlusOne(section, analysis, t, language);
  const { capacity, etcd } = analysis;
  const capacityRows: CapacityRow[] = [
    ['raw', t('capacity.raw'), capacity.raw],
    ['reserved', t('capacity.reserved'), capacity.reserved],
    ['allocatable', t('capacity.allocatable'), capacity.allocatable],
    ['planned', t('capacity.planned', { percent: percent(section.targetUtilizationPercent) }), capacity.planned],
    ['headroom', t('capacity.headroom', { percent: percent(100 - section.targetUtilizationPercent) }), capacity.headroom],
  ];
  const capacityColumns: DataTableColumn<CapacityRow>[] = [
    { id: 'item', header: t('capacity.item'), rowHeader: true, cell: ([, label]) => label },
    { id: 'cpu', header: t('capacity.cpu'), numeric: true, cell: ([, , resources]) => format(resources.cpuCores) },
    { id: 'memory', header: t('capacity.memory'), numeric: true, cell: ([, , resources]) => format(resources.memoryGiB) },
  ];
  const quotaColumns: DataTableColumn<TopologyAnalysis['quotas'][number]>[] = [
    { id: 'namespace', header: t('quotas.namespace'), rowHeader: true, cell: (quota) => quota.name },
    { id: 'share', header: t('quotas.share'), numeric: true, cell: (quota) => `${percent(quota.loadSharePercent)}%` },
    { id: 'requests-cpu', header: t('quotas.requestsCpu'), numeric: true, cell: (quota) => cpuQuantity(quota.requests.cpuMillicores) },
    { id: 'requests-memory', header: t('quotas.requestsMemory'), numeric: true, cell: (quota) => memoryQuantity(quota.requests.memoryMiB) },
    { id: 'limits-cpu', header: t('quotas.limitsCpu'), numeric: true, cell: (quota) => cpuQuantity(quota.limits.cpuMillicores) },
    { id: 'limits-memory', header: t('quotas.limitsMemory'), numeric: true, cell: (quota) => memoryQuantity(quota.limits.memoryMiB) },
  ];
  return (
    <div className="topology-results">
      <section className="card" aria-labelledby="topology-diagram-heading">
        <h3 id="topology-diagram-heading">{t('diagram.heading')}</h3>
        <p>{describeTopology(section, analysis, t)}</p>
        <ZoneDiagram section={section} etcdSurvivesZone={etcd.survivesAnyZoneFailure} />
        <p className="source-note">{t('sourceNote', { source: t('sources.ha') })}</p>
      </section>

      <div className="topology-verdicts">
        <section className="card" aria-labelledby="topology-quorum-heading" data-section="quorum">
          <h3 id="topology-quorum-heading">{t('quorum.heading')}</h3>
          <dl className="quorum-stats">
            <div>
              <dt>{t('quorum.members')}</dt>
              <dd data-stat="members">{format(etcd.members)}</dd>
            </div>
            <div>
              <dt>{t('quorum.quorum')}</dt>
              <dd data-stat="quorum">{format(etcd.quorum)}</dd>
            </div>
            <div>
              <dt>{t('quorum.tolerated')}</dt>
              <dd data-stat="tolerated">{format(etcd.toleratedFailures)}</dd>
            </div>
          </dl>
          <p>
            <Verdict ok={etcd.survivesAnyZoneFailure}>
              {t(etcd.survivesAnyZoneFailure ? 'quorum.badgeSurvives' : 'quorum.badgeFails')}
            </Verdict>
          </p>
          <ul className="topology-lines">
            {[quorumLine, ...quorumRest].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          <p className="source-note">{t('sources.quorum')}</p>
        </section>

        <section className="card" aria-labelledby="topology-n1-heading" data-section="n-plus-one">
          <h3 id="topology-n1-heading">{t('nPlusOne.heading')}</h3>
          <p>
            <Verdict ok={analysis.zoneLoss.holds}>
              {t(!analysis.zoneLoss.applicable ? 'nPlusOne.badgeNotApplicable' : analysis.zoneLoss.holds ? 'nPlusOne.badgeHolds' : 'nPlusOne.badgeFails')}
            </Verdict>
          </p>
          <ul className="topology-lines">
            {nPlusOne.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {analysis.zoneLoss.applicable && !analysis.zoneLoss.holds && <p className="field-hint">{t('nPlusOne.seedNote')}</p>}
          <p className="source-note">{t('sourceNote', { source: t('sources.sixtyForty') })}</p>
        </section>
      </div>

      <section className="card" aria-labelledby="topology-capacity-heading">
        <h3 id="topology-capacity-heading">{t('capacity.heading')}</h3>
        <DataTable
          data-table="capacity"
          caption={t('capacity.caption')}
          captionHidden
          columns={capacityColumns}
          rows={capacityRows}
          rowKey={([id]) => id}
          rowAttributes={([id]) => ({ 'data-row': id })}
        />
      </section>

      <section className="card" aria-labelledby="topology-quotas-heading">
        <h3 id="topology-quotas-heading">{t('quotas.heading')}</h3>
        <div className="table-scroll">
        <DataTable
          data-table="quotas"
          caption={t('quotas.caption')}
          captionHidden
          columns={quotaColumns}
          rows={analysis.quotas}
          rowKey={(quota) => quota.name}
          rowAttributes={(quota) => ({ 'data-namespace': quota.name })}
        />
        </div>
        <p className="source-note">{t('quotas.limitsNote')}</p>
      </section>
    </div>
  );
}
