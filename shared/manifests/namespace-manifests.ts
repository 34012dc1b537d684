import { analyzeTopology } from '../topology/analyze-topology';
import {
  type NamespaceQuota,
  SEED_CONTAINER_DEFAULTS,
  cpuQuantity,
  memoryQuantity,
} from '../topology/namespace-quotas';
import type { ReplicatedWorkload, TopologyPlanSection } from '../topology/topology-plan-section';

/** One Kubernetes object as plain JSON, ready for YAML, with an optional comment printed above it. */
export type ManifestDocument = { object: Record<string, unknown>; comment?: string };

const MANAGED_BY = { 'app.kubernetes.io/managed-by': 'kube-planner' };

export function namespaceManifest(name: string): ManifestDocument {
  return { object: { apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: MANAGED_BY } } };
}

/** Requests and limits both capped, so a namespace cannot escape its share by leaving requests out. */
export function resourceQuotaManifest(quota: NamespaceQuota): ManifestDocument {
  return {
    object: {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'compute-resources', namespace: quota.name, labels: MANAGED_BY },
      spec: {
        hard: {
          'requests.cpu': cpuQuantity(quota.requests.cpuMillicores),
          'requests.memory': memoryQuantity(quota.requests.memoryMiB),
          'limits.cpu': cpuQuantity(quota.limits.cpuMillicores),
          'limits.memory': memoryQuantity(quota.limits.memoryMiB),
        },
      },
    },
    comment: `${quota.name}: ${quota.loadSharePercent} % of the planned load`,
  };
}

/**
 * A quota on requests and limits makes Kubernetes reject pods that state neither, so every
 * namespace also gets container defaults (the seed's Example 5.3 figures).
 */
export function limitRangeManifest(namespace: string): ManifestDocument {
  return {
    object: {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: { name: 'container-defaults', namespace, labels: MANAGED_BY },
      spec: {
        limits: [
          {
            type: 'Container',
            defaultRequest: {
              cpu: cpuQuantity(SEED_CONTAINER_DEFAULTS.requests.cpuMillicores),
              memory: memoryQuantity(SEED_CONTAINER_DEFAULTS.requests.memoryMiB),
            },
            default: {
              cpu: cpuQuantity(SEED_CONTAINER_DEFAULTS.limits.cpuMillicores),
              memory: memoryQuantity(SEED_CONTAINER_DEFAULTS.limits.memoryMiB),
            },
          },
        ],
      },
    },
  };
}

/** Denies all traffic in and out of every pod in the namespace until a policy allows it. */
export function defaultDenyPolicyManifest(namespace: string): ManifestDocument {
  return {
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'default-deny-all', namespace, labels: MANAGED_BY },
      spec: { podSelector: {}, policyTypes: ['Ingress', 'Egress'] },
    },
  };
}

/** Without this, denying egress also denies name lookups, and nothing can find a Service. */
export function allowDnsPolicyManifest(namespace: string): ManifestDocument {
  return {
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'allow-dns-egress', namespace, labels: MANAGED_BY },
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [
          {
            to: [
              {
                namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } },
                podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } },
              },
            ],
            ports: [
              { protocol: 'UDP', port: 53 },
              { protocol: 'TCP', port: 53 },
            ],
          },
        ],
      },
    },
  };
}

/** One replica at a time may be evicted by a drain, so the others keep serving. */
export function podDisruptionBudgetManifest(workload: ReplicatedWorkload): ManifestDocument {
  return {
    object: {
      apiVersion: 'policy/v1',
      kind: 'PodDisruptionBudget',
      metadata: { name: workload.name, namespace: workload.namespace, labels: MANAGED_BY },
      spec: { maxUnavailable: 1, selector: { matchLabels: { app: workload.name } } },
    },
    comment: `${workload.name}: ${workload.replicas} replicas; pods must carry the label app=${workload.name}`,
  };
}

/** The namespaces with their quotas and defaults: what the topology panel previews and downloads. */
export function quotaManifestsFor(section: TopologyPlanSection): {
  namespaces: ManifestDocument[];
  resourceQuotas: ManifestDocument[];
  limitRanges: ManifestDocument[];
} {
  const { quotas } = analyzeTopology(section);
  return {
    namespaces: quotas.map((quota) => namespaceManifest(quota.name)),
    resourceQuotas: quotas.map(resourceQuotaManifest),
    limitRanges: quotas.map((quota) => limitRangeManifest(quota.name)),
  };
}
