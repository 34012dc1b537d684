import type { Language } from '../language';
import type { DocumentTranslate } from '../plan/document-model';
import { MAX_RECOMMENDED_ETCD_MEMBERS, type TopologyAnalysis } from './analyze-topology';
import type { TopologyIssue } from './topology-input';
import type { TopologyPlanSection } from './topology-plan-section';

/** Figures as the reader's language writes them: "1,234.5" / "1,234.5", at most `digits` decimals. */
export function numberFormatter(language: Language, digits = 2): (value: number) => string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: digits });
  return (value) => format.format(value);
}

/** The issue in the UI's language; labels are looked up by field so they follow the language too. */
export function describeTopologyIssue(issue: TopologyIssue, t: DocumentTranslate): string {
  const [group, index, leaf] = issue.field.split('.');
  const subject = String(issue.params.subject ?? '');
  const position = Number(index) + 1;
  let label: string;
  if (group === 'namespaces' && leaf === 'loadSharePercent') {
    label = t('labels.share', { name: subject || t('namespaces.unnamed', { index: position }) });
  } else if (group === 'replicatedWorkloads' && leaf === 'replicas') {
    label = t('labels.replicas', { name: subject || t('workloads.unnamed', { index: position }) });
  } else {
    label = t(`labels.${issue.field}`);
  }
  return t(`issues.${issue.code}`, { ...issue.params, label });
}

/** The topology in one sentence. */
export function describeTopology(section: TopologyPlanSection, analysis: TopologyAnalysis, t: DocumentTranslate): string {
  return t('summary.topology', {
    zones: section.zones,
    controlPlanePerZone: section.controlPlaneNodesPerZone,
    workersPerZone: section.workerNodesPerZone,
    controlPlane: analysis.controlPlaneNodes,
    workers: analysis.workerNodes,
  });
}

/** What etcd's quorum means for this topology: members, majority, node and zone failures survived. */
export function describeQuorum(section: TopologyPlanSection, analysis: TopologyAnalysis, t: DocumentTranslate): string[] {
  const { etcd } = analysis;
  if (etcd.members === 0) return [t('quorum.none')];
  const lines = [
    etcd.toleratedFailures === 0
      ? t('quorum.explanationNoSpare', { count: etcd.members, quorum: etcd.quorum })
      : t('quorum.explanation', { members: etcd.members, quorum: etcd.quorum, tolerated: etcd.toleratedFailures }),
  ];
  if (analysis.evenEtcdMembers) lines.push(t('quorum.even', { members: etcd.members, fewer: etcd.members - 1 }));
  if (analysis.largeEtcdCluster) lines.push(t('quorum.large', { members: etcd.members, limit: MAX_RECOMMENDED_ETCD_MEMBERS }));
  if (etcd.zones === 1) {
    lines.push(t('quorum.singleZone'));
  } else if (etcd.survivesAnyZoneFailure) {
    lines.push(t('quorum.zoneSurvives', { after: etcd.membersAfterWorstZoneLoss, quorum: etcd.quorum }));
    if (etcd.toleratedZoneFailures > 1) lines.push(t('quorum.zoneSurvivesMany', { zones: etcd.toleratedZoneFailures }));
  } else {
    lines.push(
      t('quorum.zoneFails', {
        lost: etcd.members - etcd.membersAfterWorstZoneLoss,
        after: etcd.membersAfterWorstZoneLoss,
        quorum: etcd.quorum,
      }),
    );
  }
  if (section.zones === 2 && section.controlPlaneNodesPerZone === 1) lines.push(t('quorum.seedTwoZones'));
  return lines;
}

/** The N+1 verdicts with their numbers: zone loss first, then the loss of one worker. */
export function describeNPlusOne(
  section: TopologyPlanSection,
  analysis: TopologyAnalysis,
  t: DocumentTranslate,
  language: Language,
): string[] {
  const format = numberFormatter(language);
  const { zoneLoss, nodeLoss } = analysis;
  const figures = (verdict: typeof zoneLoss) => ({
    remainingCpu: format(verdict.remaining.cpuCores),
    remainingMemory: format(verdict.remaining.memoryGiB),
    loadCpu: format(verdict.load.cpuCores),
    loadMemory: format(verdict.load.memoryGiB),
  });
  const lines: string[] = [];
  if (!zoneLoss.applicable) {
    lines.push(t('nPlusOne.singleZone'));
  } else {
    lines.push(t(zoneLoss.holds ? 'nPlusOne.zoneHolds' : 'nPlusOne.zoneFails', figures(zoneLoss)));
    lines.push(t('nPlusOne.zoneMax', { zones: section.zones, max: numberFormatter(language, 1)(zoneLoss.maxTargetUtilizationPercent) }));
  }
  if (!nodeLoss.applicable) lines.push(t('nPlusOne.nodeNotApplicable'));
  else lines.push(t(nodeLoss.holds ? 'nPlusOne.nodeHolds' : 'nPlusOne.nodeFails', figures(nodeLoss)));
  return lines;
}
