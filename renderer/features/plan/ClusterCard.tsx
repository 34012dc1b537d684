import { useId } from 'react';
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

type Update = (change: (plan: Plan) => Plan) => void;

function Select<T extends string | number>({
  label,
  hint,
  value,
  options,
  optionLabel,
  onChange,
}: {
  label: string;
  hint?: string;
  value: T;
  options: readonly T[];
  optionLabel: (option: T) => string;
  onChange: (value: T) => void;
}) {
  const id = useId();
  return (
    <div className="plan-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="select-input"
        value={value}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(options.find((option) => String(option) === event.target.value) ?? value)}
      >
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}

function TextInput({ label, value, note, invalid, placeholder, onChange }: { label: string; value: string; note: string; invalid: boolean; placeholder?: string; onChange: (value: string) => void }) {
  const id = useId();
  return (
    <div className="plan-field">
      <label className="field-label" htmlFor={id}>
        {label}
      </label>
      <input
        id={id}
        className="text-input mono"
        value={value}
        maxLength={100}
        spellCheck={false}
        autoComplete="off"
        placeholder={placeholder}
        aria-invalid={invalid}
        aria-describedby={`${id}-note`}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={`${id}-note`} className={invalid ? 'field-error' : 'field-hint'}>
        {note}
      </p>
    </div>
  );
}

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
      <TextInput
        label={t('versionLabel')}
        value={section.kubernetesVersion}
        invalid={versionInvalid}
        note={versionInvalid ? t('versionInvalid', { text: version }) : t('versionHint')}
        onChange={(kubernetesVersion) => set({ kubernetesVersion })}
      />
      <Select
        label={t('cadenceLabel')}
        hint={t(`cadenceHints.${section.upgradeCadence}`)}
        value={section.upgradeCadence}
        options={upgradeCadenceSchema.options}
        optionLabel={(cadence) => t(`cadences.${cadence}`)}
        onChange={(upgradeCadence) => set({ upgradeCadence })}
      />
      <Select
        label={t('skewLabel')}
        hint={t('skewHint')}
        value={section.kubeletSkew}
        options={Array.from({ length: MAX_KUBELET_SKEW + 1 }, (_, skew) => skew)}
        optionLabel={(count) => (count === 0 ? t('skewNone') : t('skewOption', { count }))}
        onChange={(kubeletSkew) => set({ kubeletSkew })}
      />
      <Select
        label={t('ipFamilyLabel')}
        value={section.ipFamily}
        options={clusterIpFamilySchema.options}
        optionLabel={(family) => t(`ipFamilies.${family}`)}
        onChange={(ipFamily) => set({ ipFamily })}
      />
      <TextInput
        label={t('podSubnetLabel')}
        value={section.podSubnet}
        placeholder={podFallback}
        invalid={podProblem !== ''}
        note={podProblem || t('subnetHint', { cidr: podFallback })}
        onChange={(value) => set({ podSubnet: value })}
      />
      <TextInput
        label={t('serviceSubnetLabel')}
        value={section.serviceSubnet}
        placeholder={defaults.serviceSubnet}
        invalid={serviceProblem !== ''}
        note={serviceProblem || t('subnetHint', { cidr: defaults.serviceSubnet })}
        onChange={(serviceSubnet) => set({ serviceSubnet })}
      />
    </section>
  );
}
