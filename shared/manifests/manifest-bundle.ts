import { Document, isNode } from 'yaml';
import { type ClusterNetwork, type NetworkIssue, checkClusterNetwork, effectiveNetwork, writtenPodSubnet } from '../cluster/cluster-network';
import { pinnedKubernetesVersion } from '../cluster/cluster-plan-section';
import type { Plan } from '../plan/plan-schema';
import { UserError } from '../user-error';
import { analyzeTopology } from '../topology/analyze-topology';
import { buildKindCluster, buildKubeadmConfiguration } from './cluster-config';
import { type CniPlugin, cniPluginFor } from './cni-plugin';
import {
  type ManifestDocument,
  allowDnsPolicyManifest,
  allowMonitoringIngressManifest,
  allowScrapeEgressManifest,
  containerDefaultsWithin,
  defaultDenyPolicyManifest,
  podDisruptionBudgetManifest,
  quotaManifestsFor,
} from './namespace-manifests';

export type { ManifestDocument } from './namespace-manifests';

/** Who reads the file: kubectl (an API server), kind, or kubeadm. Each gets its own file, as none accepts the others' documents. */
export type ManifestTarget = 'k8s' | 'kind' | 'kubeadm';

export type ManifestFile = {
  target: ManifestTarget;
  /** `<name>.k8s.yaml`, `<name>.kind.yaml` or `<name>.kubeadm.yaml`. */
  fileName: string;
  documents: ManifestDocument[];
  /** Printed at the top of the file and by the CLI. */
  notes: ManifestNote[];
};

/** What the bundle left out, assumed or wants changed, and why; `code` is for translation, `message` is English. */
export const manifestNoteCodes = [
  'no-topology',
  'no-namespaces',
  'no-replicated-workloads',
  'single-replica-skipped',
  'limit-range-scaled',
  'monitoring-allowed',
  'no-sdn-choice',
  'cni-to-install',
  'default-subnets',
  'cni-ignores-network-policy',
  'cni-policy-support-unknown',
  'fewer-trial-workers',
  'kind-node-image',
  'kubernetes-version-unpinned',
  'control-plane-endpoint-needed',
  'ipv6-node-setup',
  'dual-stack-node-setup',
  'production-k8s',
  'production-kind',
  'production-kubeadm',
] as const;
export type ManifestNoteCode = (typeof manifestNoteCodes)[number];

export type ManifestNote = { code: ManifestNoteCode; params: Record<string, string | number>; message: string };

export type ManifestBundle = { files: ManifestFile[]; notes: ManifestNote[] };

export type ClusterConfigChoice = 'kind' | 'kubeadm' | 'both' | 'none';

export type ManifestBundleOptions = {
  /** Which cluster config to write beside the `.k8s.yaml`; kind by default, as it needs nothing but a container runtime. */
  clusterConfig?: ClusterConfigChoice;
  /** For kubeadm with more than one control-plane node: the load balancer in front of the API servers. */
  controlPlaneEndpoint?: string;
  /** The files are `<fileBaseName>.k8s.yaml` and so on. */
  fileBaseName?: string;
};

/**
 * kind runs every node as a container on one machine, so the trial cluster stops at this many
 * workers (this project's choice, for a laptop); the file says so when the plan has more.
 */
export const MAX_TRIAL_WORKERS = 6;

/**
 * The plan's network can't be built: kind and kubeadm would refuse it, or the cluster would misroute.
 * It keeps the issues, which the page describes one by one in the UI's language.
 */
export class InvalidClusterNetworkError extends UserError {
  constructor(readonly issues: NetworkIssue[]) {
    super('invalid-request', 'export.invalidNetwork', { problems: issues.map((issue) => issue.message).join(' ') });
  }
}

const note = (code: ManifestNoteCode, message: string, params: Record<string, string | number> = {}): ManifestNote => ({ code, params, message });

/** The network the plan asks for: the cluster section's subnets, else kind's defaults for its IP family. */
export function planNetwork(plan: Plan): ClusterNetwork {
  return effectiveNetwork({
    ipFamily: plan.cluster.ipFamily,
    podSubnet: writtenPodSubnet(plan.cluster, plan.topology?.podCidr),
    serviceSubnet: plan.cluster.serviceSubnet,
  });
}

function cniNotes(cni: CniPlugin, hasPolicies: boolean): ManifestNote[] {
  if (!hasPolicies) return [];
  if (cni.enforcesNetworkPolicy === false) {
    return [note('cni-ignores-network-policy', `${cni.name} does not enforce NetworkPolicy: the policies in this file have no effect with it.`, { cni: cni.name })];
  }
  if (cni.enforcesNetworkPolicy === undefined) {
    return [
      note('cni-policy-support-unknown', `Whether ${cni.name} enforces NetworkPolicy is not recorded here; check before relying on the policies in this file.`, {
        cni: cni.name,
      }),
    ];
  }
  return [];
}

/** The namespace-scoped objects, in apply order, with their notes. */
function kubernetesObjects(plan: Plan, cni: CniPlugin): { documents: ManifestDocument[]; notes: ManifestNote[] } {
  const topology = plan.topology;
  if (!topology) {
    return {
      documents: [],
      notes: [note('no-topology', 'The plan has no HA topology yet, so namespaces, quotas, limit ranges, network policies and disruption budgets are left out.')],
    };
  }
  if (topology.namespaces.length === 0) {
    return { documents: [], notes: [note('no-namespaces', 'The topology lists no namespaces, so no namespace-scoped objects were written.')] };
  }
  const notes: ManifestNote[] = [];
  const quota = quotaManifestsFor(topology);
  for (const namespaceQuota of analyzeTopology(topology).quotas) {
    const { defaults, scaled } = containerDefaultsWithin(namespaceQuota);
    if (scaled.length > 0) {
      notes.push(
        note(
          'limit-range-scaled',
          `${namespaceQuota.name}: the container defaults were lowered to ${defaults.requests.cpuMillicores}m CPU and ${defaults.requests.memoryMiB}Mi memory requested, to fit the namespace's quota.`,
          { namespace: namespaceQuota.name, cpu: `${defaults.requests.cpuMillicores}m`, memory: `${defaults.requests.memoryMiB}Mi` },
        ),
      );
    }
  }
  const names = topology.namespaces.map((namespace) => namespace.name);
  // The plan implies a scraper when it names a monitoring namespace or picks a monitoring tool.
  const monitoring = names.includes('monitoring') || plan.observability.monitoringOptionIds.length > 0 ? 'monitoring' : undefined;
  const scraped = names.filter((name) => name !== monitoring);
  const policies = names.flatMap((name) => [
    defaultDenyPolicyManifest(name),
    allowDnsPolicyManifest(name),
    ...(monitoring && name !== monitoring ? [allowMonitoringIngressManifest(name, monitoring)] : []),
  ]);
  if (monitoring && scraped.length > 0) {
    // Only a namespace this file creates gets a default-deny, so only then does the scraper need its way out.
    if (names.includes(monitoring)) policies.push(allowScrapeEgressManifest(monitoring, scraped));
    notes.push(
      note('monitoring-allowed', `Pods in the ${monitoring} namespace may scrape the other namespaces; add an egress rule to the API server for service discovery.`, {
        namespace: monitoring,
      }),
    );
  }
  notes.push(...cniNotes(cni, policies.length > 0));

  const replicated = topology.replicatedWorkloads.filter((workload) => workload.replicas >= 2);
  for (const workload of topology.replicatedWorkloads.filter((candidate) => candidate.replicas < 2)) {
    notes.push(
      note(
        'single-replica-skipped',
        `${workload.namespace}/${workload.name} runs one replica; a disruption budget for it would block every node drain, so none was written.`,
        { namespace: workload.namespace, name: workload.name },
      ),
    );
  }
  if (topology.replicatedWorkloads.length === 0) {
    notes.push(note('no-replicated-workloads', 'No replicated workloads are listed, so no PodDisruptionBudgets were written.'));
  }
  notes.push(
    note(
      'production-k8s',
      'For production: check each quota against measured use, add policies for the traffic between your own services (everything else is denied), and label each budgeted workload’s pods app=<name>.',
    ),
  );
  return {
    documents: [...quota.namespaces, ...quota.resourceQuotas, ...quota.limitRanges, ...policies, ...replicated.map(podDisruptionBudgetManifest)],
    notes,
  };
}

function cniToInstall(cni: CniPlugin): ManifestNote[] {
  return cni.isKindDefault ? [] : [note('cni-to-install', `Install ${cni.name}, the plan's network plugin, once the nodes are up: until then they stay NotReady.`, { cni: cni.name })];
}

function kindFile(plan: Plan, network: ClusterNetwork, cni: CniPlugin, fileName: string, subnetNotes: ManifestNote[]): ManifestFile {
  const topology = plan.topology;
  const zones = topology?.zones ?? 1;
  const plannedWorkersPerZone = topology?.workerNodesPerZone ?? 0;
  const workerNodesPerZone = Math.min(plannedWorkersPerZone, Math.floor(MAX_TRIAL_WORKERS / zones));
  const notes: ManifestNote[] = [];
  if (!plan.sdn) notes.push(note('no-sdn-choice', 'No SDN was chosen, so the trial cluster keeps kind’s own CNI (kindnet).'));
  notes.push(...cniToInstall(cni), ...subnetNotes);
  if (workerNodesPerZone < plannedWorkersPerZone) {
    const planned = plannedWorkersPerZone * zones;
    const trial = workerNodesPerZone * zones;
    notes.push(
      note(
        'fewer-trial-workers',
        `The plan has ${planned} workers; this trial cluster has ${trial} (${workerNodesPerZone} per zone), because every kind node is a container on this one machine. Add worker nodes below if the machine has room.`,
        { planned, trial, perZone: workerNodesPerZone },
      ),
    );
  }
  const version = pinnedKubernetesVersion(plan.cluster.kubernetesVersion);
  if (version) {
    notes.push(
      note('kind-node-image', `kind's node image sets the Kubernetes version: give each node the kindest/node image for ${version} that your kind release lists.`, {
        version,
      }),
    );
  }
  notes.push(note('production-kind', 'kind is for trying the plan on one machine, not for production: build real nodes from the .kubeadm.yaml or your distribution’s installer.'));
  const layout = { zones, controlPlaneNodesPerZone: topology?.controlPlaneNodesPerZone ?? 1, workerNodesPerZone };
  return { target: 'kind', fileName, documents: [{ object: buildKindCluster(layout, network, cni) }], notes };
}

function kubeadmFile(plan: Plan, network: ClusterNetwork, cni: CniPlugin, fileName: string, subnetNotes: ManifestNote[], controlPlaneEndpoint?: string): ManifestFile {
  const notes: ManifestNote[] = [...cniToInstall(cni), ...subnetNotes];
  const topology = plan.topology;
  const controlPlaneNodes = topology ? topology.zones * topology.controlPlaneNodesPerZone : 1;
  if (controlPlaneNodes > 1 && !controlPlaneEndpoint) {
    notes.push(
      note(
        'control-plane-endpoint-needed',
        `The topology has ${controlPlaneNodes} control-plane nodes: set controlPlaneEndpoint to the load balancer in front of their API servers before running kubeadm init.`,
        { nodes: controlPlaneNodes },
      ),
    );
  }
  // kubernetes.io, "Dual-stack support with kubeadm": IPv6 forwarding on every node, and each kubelet told both its addresses.
  if (network.ipFamily === 'dual') {
    notes.push(
      note(
        'dual-stack-node-setup',
        'Every node must allow IPv6 forwarding (net.ipv6.conf.all.forwarding=1), and each kubelet needs both its addresses: add node-ip with the IPv4 and the IPv6 address to nodeRegistration.kubeletExtraArgs.',
      ),
    );
  } else if (network.ipFamily === 'ipv6') {
    notes.push(note('ipv6-node-setup', 'Every node must allow IPv6 forwarding (net.ipv6.conf.all.forwarding=1).'));
  }
  const version = pinnedKubernetesVersion(plan.cluster.kubernetesVersion);
  if (!version) {
    notes.push(note('kubernetes-version-unpinned', 'The plan pins no Kubernetes version, so kubeadm installs its own default; pin one on the Plan page.'));
  }
  notes.push(
    note(
      'production-kubeadm',
      'Before production: set localAPIEndpoint.advertiseAddress to the first control-plane node’s address, keep etcd snapshots, and join the other control-plane nodes with kubeadm join --control-plane.',
    ),
  );
  const documents = buildKubeadmConfiguration({ network, kubernetesVersion: version ?? '', controlPlaneEndpoint }).map((object) => ({
    object: object as Record<string, unknown>,
  }));
  return { target: 'kubeadm', fileName, documents, notes };
}

/**
 * The files a plan implies: `<name>.k8s.yaml` with only what an API server accepts (namespaces,
 * quotas, limit ranges, network policies, disruption budgets, in apply order), and the chosen
 * cluster configs. Missing plan sections leave out what depends on them and add a note saying so;
 * nothing is made up to fill the gap. An unusable network throws InvalidClusterNetworkError.
 */
export function buildManifestBundle(plan: Plan, options: ManifestBundleOptions = {}): ManifestBundle {
  const network = planNetwork(plan);
  const issues = checkClusterNetwork(network);
  if (issues.length > 0) throw new InvalidClusterNetworkError(issues);
  const base = options.fileBaseName ?? 'kube-planner';
  const cni = cniPluginFor(plan.sdn?.chosenOptionId);
  const files: ManifestFile[] = [];
  const notes: ManifestNote[] = [];

  const objects = kubernetesObjects(plan, cni);
  notes.push(...objects.notes);
  if (objects.documents.length > 0) files.push({ target: 'k8s', fileName: `${base}.k8s.yaml`, documents: objects.documents, notes: objects.notes });

  const subnetNotes =
    writtenPodSubnet(plan.cluster, plan.topology?.podCidr) === '' && plan.cluster.serviceSubnet.trim() === ''
      ? [note('default-subnets', `No subnets were set, so kind’s defaults for ${network.ipFamily} are used: pods ${network.podSubnet}, services ${network.serviceSubnet}.`, {
          family: network.ipFamily,
          pods: network.podSubnet,
          services: network.serviceSubnet,
        })]
      : [];
  const which = options.clusterConfig ?? 'kind';
  if (which === 'kind' || which === 'both') files.push(kindFile(plan, network, cni, `${base}.kind.yaml`, subnetNotes));
  if (which === 'kubeadm' || which === 'both') files.push(kubeadmFile(plan, network, cni, `${base}.kubeadm.yaml`, subnetNotes, options.controlPlaneEndpoint));
  for (const file of files.filter((candidate) => candidate.target !== 'k8s')) {
    notes.push(...file.notes.filter((candidate) => !notes.some((known) => known.message === candidate.message)));
  }
  return { files, notes };
}

const HOW_TO_USE: Record<ManifestTarget, (fileName: string) => string> = {
  k8s: (fileName) => `kubectl apply -f ${fileName}`,
  kind: (fileName) => `kind create cluster --config ${fileName}`,
  kubeadm: (fileName) => `kubeadm init --config ${fileName}   (on the first control-plane node)`,
};

function documentToYaml({ object, comment }: ManifestDocument): string {
  const document = new Document(object);
  // On the contents rather than the document, so the comment sits directly above the object it describes.
  if (comment && isNode(document.contents)) document.contents.commentBefore = comment.split('\n').map((line) => ` ${line}`).join('\n');
  return document.toString({ lineWidth: 0 });
}

/** Documents as multi-document YAML, separated by `---`, each under its own comment. */
export function manifestFileToYaml(documents: readonly ManifestDocument[]): string {
  return documents.map(documentToYaml).join('---\n');
}

/** The header every file begins with: how to use it, then every note about it. */
function manifestFileHeader(file: ManifestFile, planTitle: string): string {
  const lines = [`Kube Planner: ${planTitle}`, HOW_TO_USE[file.target](file.fileName)];
  if (file.notes.length > 0) lines.push('', 'Notes:', ...file.notes.map((entry) => `- ${entry.message}`));
  return `${lines.map((line) => (line === '' ? '#' : `# ${line}`)).join('\n')}\n`;
}

/** One file's full text: its header, a blank line, then its documents. */
export function manifestFileText(file: ManifestFile, planTitle: string): string {
  return `${manifestFileHeader(file, planTitle)}\n${manifestFileToYaml(file.documents)}`;
}
