import { ADDRESS_BITS, type Cidr, cidrsOverlap, parseCidr } from './cidr';

/** kind's `networking.ipFamily`: one stack, the other, or both. */
export type ClusterIpFamily = 'ipv4' | 'ipv6' | 'dual';

export type ClusterNetwork = {
  ipFamily: ClusterIpFamily;
  /** One CIDR, or for dual-stack two separated by a comma, one from each family. */
  podSubnet: string;
  serviceSubnet: string;
};

/**
 * kind's defaults when a config names no subnet (sigs.k8s.io/kind pkg/internal/apis/config/default.go):
 * its service /16 is narrower than kubeadm's 10.96.0.0/12 on purpose, to keep the allocation bitmap
 * small. A plan that leaves a subnet empty gets these.
 */
export const DEFAULT_SUBNETS: Record<ClusterIpFamily, { podSubnet: string; serviceSubnet: string }> = {
  ipv4: { podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/16' },
  ipv6: { podSubnet: 'fd00:10:244::/56', serviceSubnet: 'fd00:10:96::/112' },
  dual: { podSubnet: '10.244.0.0/16,fd00:10:244::/56', serviceSubnet: '10.96.0.0/16,fd00:10:96::/112' },
};

/**
 * kube-controller-manager gives each node a slice of the pod network this wide unless told
 * otherwise (kubeadm's getClusterNodeMask: 24 for IPv4, 64 for IPv6).
 */
const NODE_CIDR_MASK = { ipv4: 24, ipv6: 64 } as const;
/** kubeadm's PodSubnetNodeMaskMaxDiff: at most 2^16 node slices, a limit of the allocator's bitmap. */
export const POD_SUBNET_NODE_MASK_MAX_DIFF = 16;
/** kubeadm's and the API server's MaximumBitsForServiceSubnet: at most /12 for IPv4, /108 for IPv6. */
export const MAXIMUM_BITS_FOR_SERVICE_SUBNET = 20;

export type NetworkField = 'podSubnet' | 'serviceSubnet';

export type NetworkIssueCode =
  | 'not-a-cidr'
  | 'dual-stack-needs-one-of-each'
  | 'single-stack-one-cidr'
  | 'expected-ipv4'
  | 'expected-ipv6'
  | 'subnets-overlap'
  | 'service-subnet-too-large'
  | 'pod-subnet-narrower-than-node-slice'
  | 'pod-subnet-too-many-node-slices';

export type NetworkIssue = {
  field: NetworkField;
  code: NetworkIssueCode;
  params: Record<string, string | number>;
  /** English, for logs, the CLI's --json and file comments; the UI translates `code`. */
  message: string;
};

const FIELD_NAMES: Record<NetworkField, string> = { podSubnet: 'pod subnet', serviceSubnet: 'service subnet' };

/**
 * The pod network a plan names. Plans saved before the cluster section kept a pod CIDR with the
 * topology; it still counts for an IPv4 cluster, the only kind those plans could describe.
 */
export function writtenPodSubnet(cluster: { ipFamily: ClusterIpFamily; podSubnet: string }, topologyPodCidr: string | undefined): string {
  return cluster.podSubnet.trim() || (cluster.ipFamily === 'ipv4' ? (topologyPodCidr ?? '') : '');
}

/** The subnets the plan will use: what it names, or kind's default for its IP family. */
export function effectiveNetwork(network: Partial<ClusterNetwork> & { ipFamily: ClusterIpFamily }): ClusterNetwork {
  const defaults = DEFAULT_SUBNETS[network.ipFamily];
  return {
    ipFamily: network.ipFamily,
    podSubnet: network.podSubnet?.trim() || defaults.podSubnet,
    serviceSubnet: network.serviceSubnet?.trim() || defaults.serviceSubnet,
  };
}

/**
 * kind's validateSubnets (pkg/internal/apis/config/validate.go), ported: every entry a CIDR; one for
 * a single stack and of that family; for dual-stack one, or two from different families.
 */
function checkSubnetList(field: NetworkField, text: string, ipFamily: ClusterIpFamily, issues: NetworkIssue[]): Cidr[] {
  const issue = (code: NetworkIssueCode, message: string, params: Record<string, string | number> = {}) =>
    issues.push({ field, code, params: { field: FIELD_NAMES[field], text, ...params }, message: `The ${FIELD_NAMES[field]} ${message}` });
  const entries = text.split(',');
  const cidrs: Cidr[] = [];
  for (const entry of entries) {
    const cidr = parseCidr(entry);
    if (cidr === undefined) {
      issue('not-a-cidr', `"${entry.trim()}" is not a CIDR block such as 10.244.0.0/16 or fd00:10:244::/56.`, { entry: entry.trim() });
      return [];
    }
    cidrs.push(cidr);
  }
  const dual = ipFamily === 'dual';
  if (dual && (cidrs.length > 2 || (cidrs.length === 2 && cidrs[0]?.family === cidrs[1]?.family))) {
    issue('dual-stack-needs-one-of-each', 'needs one CIDR, or two (one IPv4, one IPv6) for dual-stack networking.');
  } else if (!dual && cidrs.length > 1) {
    issue('single-stack-one-cidr', 'takes only one CIDR for single-stack networking; choose dual-stack for two.');
  } else if (ipFamily === 'ipv4' && cidrs[0]?.family !== 'ipv4') {
    issue('expected-ipv4', `"${text}" is IPv6, but the cluster is IPv4.`);
  } else if (ipFamily === 'ipv6' && cidrs[0]?.family !== 'ipv6') {
    issue('expected-ipv6', `"${text}" is IPv4, but the cluster is IPv6.`);
  } else {
    return cidrs;
  }
  return [];
}

/** kubeadm's ValidatePodSubnetNodeMask: each node's slice must fit in the pod network, and not too many of them. */
function checkPodSubnetPrefix(cidr: Cidr, issues: NetworkIssue[]): void {
  const nodeMask = NODE_CIDR_MASK[cidr.family];
  const params = { cidr: cidr.text, prefix: cidr.prefix, nodeMask, maxDiff: POD_SUBNET_NODE_MASK_MAX_DIFF };
  if (cidr.prefix > nodeMask) {
    issues.push({
      field: 'podSubnet',
      code: 'pod-subnet-narrower-than-node-slice',
      params,
      message: `The pod subnet ${cidr.text} is narrower than the /${nodeMask} each node gets from it; use /${nodeMask} or wider.`,
    });
  } else if (nodeMask - cidr.prefix > POD_SUBNET_NODE_MASK_MAX_DIFF) {
    issues.push({
      field: 'podSubnet',
      code: 'pod-subnet-too-many-node-slices',
      params,
      message: `The pod subnet ${cidr.text} holds more than 2^${POD_SUBNET_NODE_MASK_MAX_DIFF} node slices of /${nodeMask}; use /${nodeMask - POD_SUBNET_NODE_MASK_MAX_DIFF} or narrower.`,
    });
  }
}

/** kubeadm's ValidateServiceSubnetSize, which the API server applies too. */
function checkServiceSubnetPrefix(cidr: Cidr, issues: NetworkIssue[]): void {
  const bits = ADDRESS_BITS[cidr.family];
  const widest = bits - MAXIMUM_BITS_FOR_SERVICE_SUBNET;
  if (cidr.prefix < widest) {
    issues.push({
      field: 'serviceSubnet',
      code: 'service-subnet-too-large',
      params: { cidr: cidr.text, prefix: cidr.prefix, widest },
      message: `The service subnet ${cidr.text} is too large: for ${bits}-bit addresses the prefix must be /${widest} or longer.`,
    });
  }
}

/**
 * Everything that would make kind or kubeadm refuse the network, or the cluster misroute: kind's
 * own subnet rules, kubeadm's prefix limits, and pod and service networks that overlap. An empty
 * list means the network is usable.
 */
export function checkClusterNetwork(input: ClusterNetwork): NetworkIssue[] {
  const network = effectiveNetwork(input);
  const issues: NetworkIssue[] = [];
  const pods = checkSubnetList('podSubnet', network.podSubnet, network.ipFamily, issues);
  const services = checkSubnetList('serviceSubnet', network.serviceSubnet, network.ipFamily, issues);
  pods.forEach((cidr) => checkPodSubnetPrefix(cidr, issues));
  services.forEach((cidr) => checkServiceSubnetPrefix(cidr, issues));
  for (const pod of pods) {
    for (const service of services.filter((candidate) => cidrsOverlap(pod, candidate))) {
      issues.push({
        field: 'serviceSubnet',
        code: 'subnets-overlap',
        params: { pod: pod.text, service: service.text },
        message: `The pod subnet ${pod.text} and the service subnet ${service.text} overlap; a Service address could then also be a pod's.`,
      });
    }
  }
  return issues;
}
