import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/ipc/contract';
import type { TopologyAnalysis } from '../../../../shared/topology/analyze-topology';
import { describeNPlusOne, describeQuorum, describeTopology, numberFormatter } from '../../../../shared/topology/describe-topology';
import { cpuQuantity, memoryQuantity } from '../../../../shared/topology/namespace-quotas';
import type { TopologyPlanSection } from '../../../../shared/topology/topology-plan-section';
import { ZoneDiagram } from './ZoneDiagram';

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
  const capacityRows: [string, string, { cpuCores: number; memoryGiB: number }][] = [
    ['raw', t('capacity.raw'), capacity.raw],
    ['reserved', t('capacity.reserved'), capacity.reserved],
    ['allocatable', t('capacity.allocatable'), capacity.allocatable],
    ['planned', t('capacity.planned', { percent: percent(section.targetUtilizationPercent) }), capacity.planned],
    ['headroom', t('capacity.headroom', { percent: percent(100 - section.targetUtilizationPercent) }), capacity.headroom],
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
        <table className="data-table" data-table="capacity">
          <caption className="visually-hidden">{t('capacity.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('capacity.item')}</th>
              <th scope="col" className="numeric">
                {t('capacity.cpu')}
              </th>
              <th scope="col" className="numeric">
                {t('capacity.memory')}
              </th>
            </tr>
          </thead>
          <tbody>
            {capacityRows.map(([id, label, resources]) => (
              <tr key={id} data-row={id}>
                <th scope="row">{label}</th>
                <td className="numeric">{format(resources.cpuCores)}</td>
                <td className="numeric">{format(resources.memoryGiB)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section className="card" aria-labelledby="topology-quotas-heading">
        <h3 id="topology-quotas-heading">{t('quotas.heading')}</h3>
        <div className="table-scroll">
        <table className="data-table" data-table="quotas">
          <caption className="visually-hidden">{t('quotas.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('quotas.namespace')}</th>
              <th scope="col" className="numeric">
                {t('quotas.share')}
              </th>
              <th scope="col" className="numeric">
                {t('quotas.requestsCpu')}
              </th>
              <th scope="col" className="numeric">
                {t('quotas.requestsMemory')}
              </th>
              <th scope="col" className="numeric">
                {t('quotas.limitsCpu')}
              </th>
              <th scope="col" className="numeric">
                {t('quotas.limitsMemory')}
              </th>
            </tr>
          </thead>
          <tbody>
            {analysis.quotas.map((quota) => (
              <tr key={quota.name} data-namespace={quota.name}>
                <th scope="row">{quota.name}</th>
                <td className="numeric">{`${percent(quota.loadSharePercent)}%`}</td>
                <td className="numeric">{cpuQuantity(quota.requests.cpuMillicores)}</td>
                <td className="numeric">{memoryQuantity(quota.requests.memoryMiB)}</td>
                <td className="numeric">{cpuQuantity(quota.limits.cpuMillicores)}</td>
                <td className="numeric">{memoryQuantity(quota.limits.memoryMiB)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </div>
        <p className="source-note">{t('quotas.limitsNote')}</p>
      </section>
    </div>
  );
}
