import { z } from 'zod';

/**
 * The cluster's version, upgrade policy and networks, as a design review asks for them. Every
 * field has a default, so a plan saved before this section existed opens with it filled in.
 */
export const upgradeCadenceSchema = z.enum(['every-minor', 'every-second-minor', 'before-end-of-support']);
export type UpgradeCadence = z.infer<typeof upgradeCadenceSchema>;

export const clusterIpFamilySchema = z.enum(['ipv4', 'ipv6', 'dual']);

/** `v1.35`, `1.35` or `v1.35.2`; empty while the team has not pinned one. */
export const KUBERNETES_VERSION = /^v?1\.\d{1,3}(\.\d{1,3})?$/;

/** The version as the plan states it (`v1.35`), or undefined when it is empty or not a version. */
export function pinnedKubernetesVersion(text: string): string | undefined {
  const trimmed = text.trim();
  return KUBERNETES_VERSION.test(trimmed) ? `v${trimmed.replace(/^v/u, '')}` : undefined;
}

/**
 * The version skew policy lets a kubelet lag kube-apiserver by up to three minor versions
 * (kubernetes.io/releases/version-skew-policy, as of 2026); a team may allow less.
 */
export const MAX_KUBELET_SKEW = 3;

export const clusterPlanSectionSchema = z.object({
  // Kept as typed, like every plan text, so a half-typed version never blocks autosave; see pinnedKubernetesVersion.
  kubernetesVersion: z.string().max(20).default(''),
  upgradeCadence: upgradeCadenceSchema.default('every-minor'),
  /** How many minor versions the kubelets may trail the control plane during an upgrade. */
  kubeletSkew: z.number().int().min(0).max(MAX_KUBELET_SKEW).default(1),
  ipFamily: clusterIpFamilySchema.default('ipv4'),
  /** Empty: kind's default for the IP family (see cluster-network.ts). */
  podSubnet: z.string().max(100).default(''),
  serviceSubnet: z.string().max(100).default(''),
});
export type ClusterPlanSection = z.infer<typeof clusterPlanSectionSchema>;

export const defaultClusterPlanSection = (): ClusterPlanSection => clusterPlanSectionSchema.parse({});
