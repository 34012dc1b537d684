import type { DocumentBlock } from '../plan/document-model';
import type { SectionDocumentBuilder } from '../plan/section-document';
import { type NetworkIssue, DEFAULT_SUBNETS, checkClusterNetwork } from './cluster-network';
import { type ClusterPlanSection, pinnedKubernetesVersion } from './cluster-plan-section';

/** A network issue in the reader's language, naming the field the way the page does. */
export function describeNetworkIssue(issue: NetworkIssue, t: (key: string, options?: Record<string, unknown>) => string): string {
  return t(`issues.${issue.code}`, { ...issue.params, field: t(`fieldNames.${issue.field}`) });
}

/**
 * The cluster section of an exported plan: the pinned version, how it is kept current and the
 * version skew it allows, then the pod and service networks, marking kind's defaults as such.
 * `pods` is the pod network the manifests use (an older plan may have kept it with the topology).
 */
export function clusterSectionToDocument(podSubnet: string): SectionDocumentBuilder<ClusterPlanSection> {
  return (section, { t }) => {
    const version = pinnedKubernetesVersion(section.kubernetesVersion);
    const defaults = DEFAULT_SUBNETS[section.ipFamily];
    const cidr = (written: string, fallback: string) => (written.trim() === '' ? t('document.defaultMark', { cidr: fallback }) : written.trim());
    const blocks: DocumentBlock[] = [
      { kind: 'heading', level: 3, text: t('document.versionHeading') },
      { kind: 'paragraph', text: version ? t('document.version', { version }) : t('document.versionUnpinned') },
      {
        kind: 'list',
        ordered: false,
        items: [
          t('document.cadence', { cadence: t(`cadences.${section.upgradeCadence}`) }),
          section.kubeletSkew === 0 ? t('document.skewNone') : t('document.skew', { count: section.kubeletSkew }),
          t('document.support'),
        ],
      },
      { kind: 'note', tone: 'source', text: t('document.versionSource') },
      { kind: 'heading', level: 3, text: t('document.networkHeading') },
      {
        kind: 'table',
        caption: t('document.networkCaption'),
        header: [t('document.networkColumn'), t('document.cidrColumn')],
        rows: [
          [t('document.ipFamilyRow'), t(`ipFamilies.${section.ipFamily}`)],
          [t('document.podsRow'), cidr(podSubnet, defaults.podSubnet)],
          [t('document.servicesRow'), cidr(section.serviceSubnet, defaults.serviceSubnet)],
        ],
      },
      { kind: 'paragraph', text: t('document.nodeSlices') },
    ];
    const issues = checkClusterNetwork({ ipFamily: section.ipFamily, podSubnet, serviceSubnet: section.serviceSubnet });
    for (const issue of issues) blocks.push({ kind: 'note', tone: 'warning', text: describeNetworkIssue(issue, t) });
    blocks.push({ kind: 'note', tone: 'source', text: t('document.networkSource') });
    return blocks;
  };
}
