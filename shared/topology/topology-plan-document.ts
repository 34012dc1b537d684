import type { DocumentBlock } from '../plan/document-model';
import type { SectionDocumentBuilder } from '../plan/section-document';
import { analyzeTopology } from './analyze-topology';
import { describeNPlusOne, describeQuorum, describeTopology, numberFormatter } from './describe-topology';
import { cpuQuantity, memoryQuantity } from './namespace-quotas';
import type { TopologyPlanSection } from './topology-plan-section';

/**
 * The topology section of an exported plan: layout, quorum and the failures it survives, the N+1
 * verdict, capacity with the 60/40 rule and reserve, and the quota table. Everything is derived
 * from the stored inputs again, so the document always agrees with them.
 */
export const topologySectionToDocument: SectionDocumentBuilder<TopologyPlanSection> = (section, { t, language }) => {
  const analysis = analyzeTopology(section);
  const format = numberFormatter(language);
  const percent = numberFormatter(language, 1);
  const { capacity } = analysis;
  const capacityRow = (label: string, resources: { cpuCores: number; memoryGiB: number }) => [
    label,
    format(resources.cpuCores),
    format(resources.memoryGiB),
  ];

  const blocks: DocumentBlock[] = [
    { kind: 'heading', level: 3, text: t('document.topologyHeading') },
    { kind: 'paragraph', text: describeTopology(section, analysis, t) },
    { kind: 'note', tone: 'source', text: t('sources.ha') },
    { kind: 'heading', level: 3, text: t('document.quorumHeading') },
    { kind: 'list', ordered: false, items: describeQuorum(section, analysis, t) },
    { kind: 'paragraph', text: t('sources.quorum') },
    { kind: 'heading', level: 3, text: t('document.nPlusOneHeading') },
    { kind: 'list', ordered: false, items: describeNPlusOne(section, analysis, t, language) },
  ];
  if (analysis.zoneLoss.applicable && !analysis.zoneLoss.holds) {
    blocks.push({ kind: 'note', tone: 'warning', text: t('nPlusOne.seedNote') });
  }
  blocks.push(
    { kind: 'heading', level: 3, text: t('document.capacityHeading') },
    {
      kind: 'table',
      caption: t('capacity.caption'),
      header: [t('capacity.item'), t('capacity.cpu'), t('capacity.memory')],
      align: ['left', 'right', 'right'],
      rows: [
        capacityRow(t('capacity.raw'), capacity.raw),
        capacityRow(t('capacity.reserved'), capacity.reserved),
        capacityRow(t('capacity.allocatable'), capacity.allocatable),
        capacityRow(t('capacity.planned', { percent: percent(section.targetUtilizationPercent) }), capacity.planned),
        capacityRow(t('capacity.headroom', { percent: percent(100 - section.targetUtilizationPercent) }), capacity.headroom),
      ],
    },
    { kind: 'note', tone: 'source', text: t('sources.sixtyForty') },
    { kind: 'heading', level: 3, text: t('document.quotasHeading') },
  );
  if (analysis.quotas.length === 0) {
    blocks.push({ kind: 'paragraph', text: t('document.noNamespaces') });
  } else {
    blocks.push(
      {
        kind: 'table',
        caption: t('quotas.caption'),
        header: [
          t('quotas.namespace'),
          t('quotas.share'),
          t('quotas.requestsCpu'),
          t('quotas.requestsMemory'),
          t('quotas.limitsCpu'),
          t('quotas.limitsMemory'),
        ],
        align: ['left', 'right', 'right', 'right', 'right', 'right'],
        rows: analysis.quotas.map((quota) => [
          quota.name,
          `${percent(quota.loadSharePercent)} %`,
          cpuQuantity(quota.requests.cpuMillicores),
          memoryQuantity(quota.requests.memoryMiB),
          cpuQuantity(quota.limits.cpuMillicores),
          memoryQuantity(quota.limits.memoryMiB),
        ]),
      },
      { kind: 'paragraph', text: t('quotas.limitsNote') },
    );
  }
  if (section.replicatedWorkloads.length > 0) {
    blocks.push(
      { kind: 'heading', level: 3, text: t('document.workloadsHeading') },
      {
        kind: 'table',
        caption: t('document.workloadsCaption'),
        header: [t('workloads.namespace'), t('workloads.name'), t('workloads.replicas')],
        align: ['left', 'left', 'right'],
        rows: section.replicatedWorkloads.map((workload) => [workload.namespace, workload.name, format(workload.replicas)]),
      },
    );
  }
  return blocks;
};
