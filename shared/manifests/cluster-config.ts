import { z } from 'zod';
import { type ClusterNetwork, checkClusterNetwork } from '../cluster/cluster-network';
import type { CniPlugin } from './cni-plugin';

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
        apiServerPort: z.number().int().optional(),
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
  .superRefine((cluster, context) => {
    for (const problem of kindClusterProblems(cluster)) context.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  });
export type KindCluster = z.infer<typeof kindClusterSchema>;

/** kind's validNameRE: cluster names become parts of container names. */
export const KIND_CLUSTER_NAME = /^[a-z0-9.-]+$/;

/**
 * kind's own checks (`Cluster.Validate` in sigs.k8s.io/kind pkg/internal/apis/config/validate.go),
 * run after its defaults: the name pattern, at least one control-plane node, the API server port,
 * and the subnets for the IP family; plus pod and service networks that must not overlap, which
 * kind leaves to the cluster to find out.
 */
export function kindClusterProblems(cluster: {
  name?: string | undefined;
  nodes: readonly { role: string }[];
  networking?: { ipFamily?: 'ipv4' | 'ipv6' | 'dual' | undefined; podSubnet?: string | undefined; serviceSubnet?: string | undefined; apiServerPort?: number | undefined } | undefined;
}): { path: string[]; message: string }[] {
  const problems: { path: string[]; message: string }[] = [];
  const name = cluster.name ?? 'kind';
  if (!KIND_CLUSTER_NAME.test(name)) {
    problems.push({ path: ['name'], message: `'${name}' is not a valid cluster name, cluster names must match \`${KIND_CLUSTER_NAME.source}\`` });
  }
  if (!cluster.nodes.some((node) => node.role === 'control-plane')) {
    problems.push({ path: ['nodes'], message: 'must have at least one control-plane node' });
  }
  const port = cluster.networking?.apiServerPort;
  if (port !== undefined && port !== 0 && (port < -1 || port > 65_535)) {
    problems.push({ path: ['networking', 'apiServerPort'], message: `invalid apiServerPort: invalid port number: ${port}` });
  }
  const network: ClusterNetwork = {
    ipFamily: cluster.networking?.ipFamily ?? 'ipv4',
    podSubnet: cluster.networking?.podSubnet ?? '',
    serviceSubnet: cluster.networking?.serviceSubnet ?? '',
  };
  for (const issue of checkClusterNetwork(network)) problems.push({ path: ['networking', issue.field], message: issue.message });
  return problems;
}

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
  /** Workers per zone in the trial cluster: the plan's, unless that is more than a laptop runs. */
  workerNodesPerZone: number;
};

/** "zone-a", "zone-b", …: placeholders a trial cluster labels its nodes with to mimic the zones. */
export function zoneLabel(index: number): string {
  return `zone-${String.fromCharCode(97 + index)}`;
}

const ZONE_LABEL_KEY = 'topology.kubernetes.io/zone';

/**
 * A kind cluster shaped like the plan: its control-plane and worker nodes per zone, each labelled
 * with the well-known zone label so spreading and PodDisruptionBudgets can be tried out locally,
 * and the plan's IP family and subnets. kind's own CNI is switched off for any other plugin.
 */
export function buildKindCluster(layout: TrialClusterLayout, network: ClusterNetwork, cni: CniPlugin): KindCluster {
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
    networking: {
      ipFamily: network.ipFamily,
      podSubnet: network.podSubnet,
      serviceSubnet: network.serviceSubnet,
      ...(cni.isKindDefault ? {} : { disableDefaultCNI: true }),
    },
  };
}

/** kubeadm's InitConfiguration v1beta4: what `kubeadm init` needs beyond the cluster-wide settings. */
export const kubeadmInitConfigurationSchema = z
  .object({
    apiVersion: z.literal('kubeadm.k8s.io/v1beta4'),
    kind: z.literal('InitConfiguration'),
    localAPIEndpoint: z.object({ advertiseAddress: z.string().optional(), bindPort: z.number().int().min(1).max(65_535).optional() }).strict().optional(),
    nodeRegistration: z
      .object({
        name: z.string().optional(),
        criSocket: z.string().optional(),
        taints: z.array(z.record(z.string(), z.unknown())).optional(),
        kubeletExtraArgs: extraArgsSchema.optional(),
      })
      .strict()
      .optional(),
    skipPhases: z.array(z.string()).optional(),
    certificateKey: z.string().optional(),
  })
  .strict();
export type KubeadmInitConfiguration = z.infer<typeof kubeadmInitConfigurationSchema>;

/**
 * kubeadm reads a version with its patch number as is; `v1.35` alone is written as the label
 * `stable-1.35`, which kubeadm resolves to that minor's newest patch release when it runs.
 */
export function kubeadmVersion(version: string): string | undefined {
  const match = /^v?(1\.\d+)(\.\d+)?$/.exec(version.trim());
  if (!match) return undefined;
  return match[2] ? `v${match[1]}${match[2]}` : `stable-${match[1]}`;
}

export function buildKubeadmConfiguration(options: {
  network: ClusterNetwork;
  kubernetesVersion: string;
  controlPlaneEndpoint?: string | undefined;
}): [KubeadmInitConfiguration, KubeadmClusterConfiguration] {
  const version = kubeadmVersion(options.kubernetesVersion);
  return [
    { apiVersion: 'kubeadm.k8s.io/v1beta4', kind: 'InitConfiguration' },
    {
      apiVersion: 'kubeadm.k8s.io/v1beta4',
      kind: 'ClusterConfiguration',
      clusterName: 'kube-planner',
      ...(version ? { kubernetesVersion: version } : {}),
      ...(options.controlPlaneEndpoint ? { controlPlaneEndpoint: options.controlPlaneEndpoint } : {}),
      networking: { podSubnet: options.network.podSubnet, serviceSubnet: options.network.serviceSubnet },
    },
  ];
}
