import { z } from 'zod';
import type { CniPlugin } from './cni';

/*
 * Schemas for the two trial-cluster config files, written from the official field references:
 * kind's `Cluster` from https://kind.sigs.k8s.io/docs/user/configuration/ and the v1alpha4 Go types
 * (sigs.k8s.io/kind/pkg/apis/config/v1alpha4), and kubeadm's `ClusterConfiguration` from
 * https://kubernetes.io/docs/reference/config-api/kubeadm-config.v1beta4/, both as of 2026. Only the
 * fields this planner writes or a user is likely to add are listed; `.strict()` makes a misspelt
 * field an error here instead of a warning (kubeadm) or a failure (kind) on the user's machine.
 */

const cidrList = z.string().regex(/^[0-9a-fA-F.:/]+(,[0-9a-fA-F.:/]+)?$/, 'a CIDR, or two separated by a comma for dual-stack');

export const kindNodeSchema = z
  .object({
    role: z.enum(['control-plane', 'worker']),
    image: z.string().min(1).optional(),
    labels: z.record(z.string().min(1), z.string()).optional(),
    extraMounts: z.array(z.record(z.string(), z.unknown())).optional(),
    extraPortMappings: z.array(z.record(z.string(), z.unknown())).optional(),
    kubeadmConfigPatches: z.array(z.string()).optional(),
  })
  .strict();

export const kindClusterSchema = z
  .object({
    kind: z.literal('Cluster'),
    apiVersion: z.literal('kind.x-k8s.io/v1alpha4'),
    name: z.string().min(1).optional(),
    nodes: z.array(kindNodeSchema).min(1),
    networking: z
      .object({
        ipFamily: z.enum(['ipv4', 'ipv6', 'dual']).optional(),
        apiServerAddress: z.string().optional(),
        apiServerPort: z.number().int().min(0).max(65_535).optional(),
        podSubnet: cidrList.optional(),
        serviceSubnet: cidrList.optional(),
        disableDefaultCNI: z.boolean().optional(),
        kubeProxyMode: z.enum(['iptables', 'ipvs', 'nftables', 'none']).optional(),
        dnsSearch: z.array(z.string()).optional(),
      })
      .strict()
      .optional(),
    featureGates: z.record(z.string(), z.boolean()).optional(),
    runtimeConfig: z.record(z.string(), z.string()).optional(),
    kubeadmConfigPatches: z.array(z.string()).optional(),
    containerdConfigPatches: z.array(z.string()).optional(),
  })
  .strict()
  .refine((cluster) => cluster.nodes.some((node) => node.role === 'control-plane'), {
    message: 'A kind cluster needs at least one control-plane node.',
    path: ['nodes'],
  });
export type KindCluster = z.infer<typeof kindClusterSchema>;

/** v1beta4 made extraArgs a list of name/value pairs (v1beta3 had a map), so repeated flags are possible. */
const extraArgsSchema = z.array(z.object({ name: z.string().min(1), value: z.string() }).strict());
const controlPlaneComponentSchema = z
  .object({
    extraArgs: extraArgsSchema.optional(),
    extraVolumes: z.array(z.record(z.string(), z.unknown())).optional(),
    extraEnvs: z.array(z.record(z.string(), z.unknown())).optional(),
  })
  .strict();

export const kubeadmClusterConfigurationSchema = z
  .object({
    apiVersion: z.literal('kubeadm.k8s.io/v1beta4'),
    kind: z.literal('ClusterConfiguration'),
    clusterName: z.string().min(1).optional(),
    kubernetesVersion: z.string().regex(/^(v\d+\.\d+\.\d+.*|stable(-\d+(\.\d+)?)?|latest(-\d+(\.\d+)?)?)$/).optional(),
    controlPlaneEndpoint: z.string().min(1).optional(),
    networking: z
      .object({
        serviceSubnet: cidrList.optional(),
        podSubnet: cidrList.optional(),
        dnsDomain: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    etcd: z
      .object({
        local: z
          .object({
            imageRepository: z.string().optional(),
            imageTag: z.string().optional(),
            dataDir: z.string().optional(),
            extraArgs: extraArgsSchema.optional(),
            serverCertSANs: z.array(z.string()).optional(),
            peerCertSANs: z.array(z.string()).optional(),
          })
          .strict()
          .optional(),
        external: z
          .object({ endpoints: z.array(z.string()).min(1), caFile: z.string(), certFile: z.string(), keyFile: z.string() })
          .strict()
          .optional(),
      })
      .strict()
      .optional(),
    apiServer: controlPlaneComponentSchema.extend({ certSANs: z.array(z.string()).optional() }).strict().optional(),
    controllerManager: controlPlaneComponentSchema.optional(),
    scheduler: controlPlaneComponentSchema.optional(),
    dns: z.object({ imageRepository: z.string().optional(), imageTag: z.string().optional(), disabled: z.boolean().optional() }).strict().optional(),
    proxy: z.object({ disabled: z.boolean().optional() }).strict().optional(),
    certificatesDir: z.string().optional(),
    imageRepository: z.string().optional(),
    featureGates: z.record(z.string(), z.boolean()).optional(),
    encryptionAlgorithm: z.enum(['RSA-2048', 'RSA-3072', 'RSA-4096', 'ECDSA-P256', 'ECDSA-P384']).optional(),
  })
  .strict();
export type KubeadmClusterConfiguration = z.infer<typeof kubeadmClusterConfigurationSchema>;

export type TrialClusterLayout = {
  zones: number;
  controlPlaneNodesPerZone: number;
  /** Workers per zone in the trial cluster, usually fewer than production. */
  workerNodesPerZone: number;
};

/** "zone-a", "zone-b", …: placeholders a trial cluster labels its nodes with to mimic the zones. */
export function zoneLabel(index: number): string {
  return `zone-${String.fromCharCode(97 + index)}`;
}

const ZONE_LABEL_KEY = 'topology.kubernetes.io/zone';

/**
 * A kind cluster shaped like the plan: its control-plane and worker nodes per zone, each labelled
 * with the well-known zone label so spreading and PodDisruptionBudgets can be tried out locally.
 */
export function buildKindCluster(layout: TrialClusterLayout, podCidr: string, cni: CniPlugin): KindCluster {
  const nodes: KindCluster['nodes'] = [];
  for (let zone = 0; zone < layout.zones; zone += 1) {
    const labels = { [ZONE_LABEL_KEY]: zoneLabel(zone) };
    for (let index = 0; index < layout.controlPlaneNodesPerZone; index += 1) nodes.push({ role: 'control-plane', labels });
    for (let index = 0; index < layout.workerNodesPerZone; index += 1) nodes.push({ role: 'worker', labels });
  }
  if (!nodes.some((node) => node.role === 'control-plane')) nodes.unshift({ role: 'control-plane' });
  return {
    kind: 'Cluster',
    apiVersion: 'kind.x-k8s.io/v1alpha4',
    name: 'kube-planner-trial',
    nodes,
    networking: { podSubnet: podCidr, ...(cni.isKindDefault ? {} : { disableDefaultCNI: true }) },
  };
}

export function buildKubeadmClusterConfiguration(podCidr: string, controlPlaneEndpoint?: string): KubeadmClusterConfiguration {
  return {
    apiVersion: 'kubeadm.k8s.io/v1beta4',
    kind: 'ClusterConfiguration',
    clusterName: 'kube-planner',
    ...(controlPlaneEndpoint ? { controlPlaneEndpoint } : {}),
    networking: { podSubnet: podCidr },
  };
}
