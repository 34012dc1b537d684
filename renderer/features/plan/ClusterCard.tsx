import { useTranslation } from 'react-i18next';
import { DEFAULT_SUBNETS, type NetworkField, checkClusterNetwork, writtenPodSubnet } from '../../../shared/cluster/cluster-network';
import { describeNetworkIssue } from '../../../shared/cluster/cluster-plan-document';
import {
  type ClusterPlanSection,
  KUBERNETES_VERSION,
  MAX_KUBELET_SKEW,
  clusterIpFamilySchema,
  upgradeCadenceSchema,
} from '../../../shared/cluster/cluster-plan-section';
import type { Plan } from '../../../shared/plan/plan-schema';
import { PlanSelect, PlanTextField } from './plan-fields';

type Update = (change: (plan: Plan) => Plan) => void;

/**
 * The cluster's version, upgrade policy and networks. Every value is kept as typed (autosave never
 * fails on a half-typed CIDR); the problems kind or kubeadm would have with it show beside the field.
 */
export function ClusterCard({ plan, update }: { plan: Plan; update: Update }) {
  const { t } = useTranslation('cluster');
  const section = plan.cluster;
  const set = (change: Partial<ClusterPlanSection>) => update((p) => ({ ...p, cluster: { ...p.cluster, ...change } }));
  const defaults = DEFAULT_SUBNETS[section.ipFamily];
  const podSubnet = writtenPodSubnet(section, plan.topology?.podCidr);
  const issues = checkClusterNetwork({ ipFamily: section.ipFamily, podSubnet, serviceSubnet: section.serviceSubnet });
  const issueText = (field: NetworkField) =>
    issues
      .filter((issue) => issue.field === field)
      .map((issue) => describeNetworkIssue(issue, t))
      .join(' ');
  const podProblem = issueText('podSubnet');
  const serviceProblem = issueText('serviceSubnet');
  // An older plan's pod network (kept with the topology) is what an empty field stands for.
  const podFallback = podSubnet || defaults.podSubnet;
  const version = section.kubernetesVersion.trim();
  const versionInvalid = version !== '' && !KUBERNETES_VERSION.test(version);

  return (
    <section className="card plan-card" aria-labelledby="plan-cluster">
      <h2 id="plan-cluster">{t('heading')}</h2>
      <p className="field-hint">{t('intro')}</p>
      <PlanTextField
        label={t('versionLabel')}
        value={section.kubernetesVersion}
        maxLength={100}
        code
        invalid={versionInvalid}
        hint={versionInvalid ? t('versionInvalid', { text: version }) : t('versionHint')}
        onChange={(kubernetesVersion) => set({ kubernetesVersion })}
      />
      <PlanSelect
        label={t('cadenceLabel')}
        hint={t(`cadenceHints.${section.upgradeCadence}`)}
        value={section.upgradeCadence}
        options={upgradeCadenceSchema.options.map((cadence) => ({ value: cadence, label: t(`cadences.${cadence}`) }))}
        onChange={(upgradeCadence) => set({ upgradeCadence })}
      />
      <PlanSelect
        label={t('skewLabel')}
        hint={t('skewHint')}
        value={section.kubeletSkew}
        options={Array.from({ length: MAX_KUBELET_SKEW + 1 }, (_, count) => ({ value: count, label: count === 0 ? t('skewNone') : t('skewOption', { count }) }))}
        onChange={(kubeletSkew) => set({ kubeletSkew })}
      />
      <PlanSelect
        label={t('ipFamilyLabel')}
        value={section.ipFamily}
        options={clusterIpFamilySchema.options.map((family) => ({ value: family, label: t(`ipFamilies.${family}`) }))}
        onChange={(ipFamily) => set({ ipFamily })}
      />
      <PlanTextField
        label={t('podSubnetLabel')}
        value={section.podSubnet}
        maxLength={100}
        code
        placeholder={podFallback}
        invalid={podProblem !== ''}
        hint={podProblem || t('subnetHint', { cidr: podFallback })}
        onChange={(value) => set({ podSubnet: value })}
      />
      <PlanTextField
        label={t('serviceSubnetLabel')}
        value={section.serviceSubnet}
        maxLength={100}
        code
        placeholder={defaults.serviceSubnet}
        invalid={serviceProblem !== ''}
        hint={serviceProblem || t('subnetHint', { cidr: defaults.serviceSubnet })}
        onChange={(serviceSubnet) => set({ serviceSubnet })}
      />
    </section>
  );
}
