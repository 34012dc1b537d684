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

type ContainerResources = { cpuMillicores: number; memoryMiB: number };
export type ContainerDefaults = { requests: ContainerResources; limits: ContainerResources };

/**
 * The container defaults a namespace's LimitRange can afford: the seed's Example 5.3 figures, each
 * lowered to the namespace's quota where it would exceed it, so a pod relying on the defaults is
 * never refused by its own namespace's quota. Says which figures were lowered.
 */
export function containerDefaultsWithin(quota: NamespaceQuota): { defaults: ContainerDefaults; scaled: string[] } {
  const scaled: string[] = [];
  const fit = (name: string, wanted: number, available: number) => {
    if (wanted <= available) return wanted;
    scaled.push(name);
    return available;
  };
  const requests = {
    cpuMillicores: fit('requests.cpu', SEED_CONTAINER_DEFAULTS.requests.cpuMillicores, quota.requests.cpuMillicores),
    memoryMiB: fit('requests.memory', SEED_CONTAINER_DEFAULTS.requests.memoryMiB, quota.requests.memoryMiB),
  };
  // A default limit below the default request would make the API server refuse the LimitRange itself.
  const limits = {
    cpuMillicores: Math.max(requests.cpuMillicores, fit('limits.cpu', SEED_CONTAINER_DEFAULTS.limits.cpuMillicores, quota.limits.cpuMillicores)),
    memoryMiB: Math.max(requests.memoryMiB, fit('limits.memory', SEED_CONTAINER_DEFAULTS.limits.memoryMiB, quota.limits.memoryMiB)),
  };
  return { defaults: { requests, limits }, scaled };
}

/**
 * A quota on requests and limits makes Kubernetes reject pods that state neither, so every
 * namespace also gets container defaults (the seed's Example 5.3 figures, lowered to fit its quota).
 */
export function limitRangeManifest(quota: NamespaceQuota): ManifestDocument {
  const { defaults, scaled } = containerDefaultsWithin(quota);
  const seed = SEED_CONTAINER_DEFAULTS;
  return {
    object: {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: { name: 'container-defaults', namespace: quota.name, labels: MANAGED_BY },
      spec: {
        limits: [
          {
            type: 'Container',
            defaultRequest: { cpu: cpuQuantity(defaults.requests.cpuMillicores), memory: memoryQuantity(defaults.requests.memoryMiB) },
            default: { cpu: cpuQuantity(defaults.limits.cpuMillicores), memory: memoryQuantity(defaults.limits.memoryMiB) },
          },
        ],
      },
    },
    comment:
      scaled.length === 0
        ? `${quota.name}: container defaults of the seed's Example 5.3 (requests ${cpuQuantity(seed.requests.cpuMillicores)}/${memoryQuantity(seed.requests.memoryMiB)}, limits ${cpuQuantity(seed.limits.cpuMillicores)}/${memoryQuantity(seed.limits.memoryMiB)})`
        : `${quota.name}: defaults lowered to fit the namespace's quota (${scaled.join(', ')}); the seed's Example 5.3 asks for requests ${cpuQuantity(seed.requests.cpuMillicores)}/${memoryQuantity(seed.requests.memoryMiB)}, limits ${cpuQuantity(seed.limits.cpuMillicores)}/${memoryQuantity(seed.limits.memoryMiB)}`,
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
    comment: `${namespace}: nothing in or out until a policy below, or one of your own, allows it`,
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
    comment: `${namespace}: allowed to ask the cluster DNS (pods labelled k8s-app=kube-dns in kube-system) on port 53`,
  };
}

const namespaceSelectorFor = (name: string) => ({ matchLabels: { 'kubernetes.io/metadata.name': name } });

/** Lets the monitoring namespace's scraper reach every pod of a namespace, on any port: metrics ports differ by app. */
export function allowMonitoringIngressManifest(namespace: string, monitoringNamespace: string): ManifestDocument {
  return {
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'allow-monitoring-scrape', namespace, labels: MANAGED_BY },
      spec: { podSelector: {}, policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: namespaceSelectorFor(monitoringNamespace) }] }] },
    },
    comment: `${namespace}: pods in ${monitoringNamespace} may scrape metrics here (any port; narrow it to your metrics ports)`,
  };
}

/** The scraper's side: without it, the monitoring namespace's own default-deny stops it reaching anything. */
export function allowScrapeEgressManifest(monitoringNamespace: string, scrapedNamespaces: readonly string[]): ManifestDocument {
  return {
    object: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'allow-scrape-egress', namespace: monitoringNamespace, labels: MANAGED_BY },
      spec: {
        podSelector: {},
        policyTypes: ['Egress'],
        egress: [
          {
            to: [
              {
                namespaceSelector: {
                  matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'In', values: [...scrapedNamespaces] }],
                },
              },
            ],
          },
        ],
      },
    },
    comment: `${monitoringNamespace}: may reach the pods it scrapes in ${scrapedNamespaces.join(', ')}. Service discovery also needs the API server, whose address this plan does not know: add an ipBlock egress rule for it.`,
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
    limitRanges: quotas.map(limitRangeManifest),
  };
}
