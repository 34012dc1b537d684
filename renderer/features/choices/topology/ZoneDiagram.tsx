import { useTranslation } from 'react-i18next';
import { zoneLabel } from '../../../../shared/manifests/cluster-config';
import type { TopologyPlanSection } from '../../../../shared/topology/topology-plan-section';

/** More than this many workers per zone are summarized as "+N more", so the diagram stays readable. */
const WORKERS_DRAWN = 6;

export function ZoneDiagram({ section, etcdSurvivesZone }: { section: TopologyPlanSection; etcdSurvivesZone: boolean }) {
  const { t } = useTranslation('topology');
  const zones = Array.from({ length: section.zones }, (_, index) => zoneLabel(index).replace('zone-', '').toUpperCase());
  const drawnWorkers = Math.min(section.workerNodesPerZone, WORKERS_DRAWN);
  return (
    <figure
      className="zone-diagram"
      aria-label={t('diagram.label', {
        zones: section.zones,
        controlPlane: section.controlPlaneNodesPerZone,
        workers: section.workerNodesPerZone,
      })}
      data-survives-zone={etcdSurvivesZone}
    >
      {zones.map((name) => (
        <div key={name} className="zone-column" data-zone={name}>
          <div className="zone-name">{t('diagram.zone', { name })}</div>
          <div className="zone-nodes" aria-hidden="true">
            {Array.from({ length: section.controlPlaneNodesPerZone }, (_, index) => (
              <span key={`cp-${index}`} className="node-chip node-control-plane" title={t('diagram.controlPlane')}>
                {t('diagram.controlPlaneShort')}
              </span>
            ))}
            {Array.from({ length: drawnWorkers }, (_, index) => (
              <span key={`w-${index}`} className="node-chip node-worker" title={t('diagram.worker')}>
                {t('diagram.workerShort')}
              </span>
            ))}
            {section.workerNodesPerZone > drawnWorkers && (
              <span className="node-more">{t('diagram.moreWorkers', { count: section.workerNodesPerZone - drawnWorkers })}</span>
            )}
          </div>
        </div>
      ))}
      <figcaption className="field-hint">{t('diagram.legend')}</figcaption>
    </figure>
  );
}
