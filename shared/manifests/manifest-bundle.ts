import { Document, isNode } from 'yaml';
import type { Plan } from '../plan/plan-schema';
import { buildKindCluster, buildKubeadmClusterConfiguration } from './cluster-config';
import { DEFAULT_POD_CIDR, cniPluginFor } from './cni';
import {
  type ManifestDocument,
  allowDnsPolicyManifest,
  defaultDenyPolicyManifest,
  podDisruptionBudgetManifest,
  quotaManifestsFor,
} from './namespace-manifests';

export type { ManifestDocument } from './namespace-manifests';

export type ManifestFilePurpose =
  | 'namespaces'
  | 'resource-quotas'
  | 'limit-ranges'
  | 'network-policies'
  | 'pod-disruption-budgets'
  | 'kind-cluster'
  | 'kubeadm-cluster-configuration';

export type ManifestFile = {
  /** Numbered so `kubectl apply -f <folder>` creates namespaces before what lives in them. */
  fileName: string;
  purpose: ManifestFilePurpose;
  /** False for the trial-cluster configs, which are read by kind or kubeadm, not applied with kubectl. */
  appliesWithKubectl: boolean;
  documents: ManifestDocument[];
};

/** What the bundle left out or assumed, and why; `code` is for translation, `message` is English. */
export type ManifestNoteCode =
  | 'no-topology'
  | 'no-namespaces'
  | 'no-replicated-workloads'
  | 'single-replica-skipped'
  | 'no-sdn-choice'
  | 'default-pod-cidr'
  | 'cni-ignores-network-policy'
  | 'cni-policy-support-unknown'
  | 'control-plane-endpoint-needed';

export type ManifestNote = { code: ManifestNoteCode; params: Record<string, string | number>; message: string };

export type ManifestBundle = { files: ManifestFile[]; notes: ManifestNote[] };

export type ManifestBundleOptions = {
  /** Which trial-cluster config to write; kind by default, as it needs nothing but Docker. */
  clusterConfig?: 'kind' | 'kubeadm' | 'both';
  /** Workers per zone in the kind cluster; a laptop cannot run production's count. Default 1. */
  trialWorkersPerZone?: number;
  /** For kubeadm with more than one control-plane node: the load balancer in front of the API servers. */
  controlPlaneEndpoint?: string;
};

const note = (code: ManifestNoteCode, message: string, params: Record<string, string | number> = {}): ManifestNote => ({
  code,
  params,
  message,
});

/**
 * The Kubernetes objects a plan implies, file by file in apply order, plus a trial-cluster config
 * with the plan's pod network and CNI. Missing plan sections leave out what depends on them and
 * add a note saying so; nothing is made up to fill the gap.
 */
export function buildManifestBundle(plan: Plan, options: ManifestBundleOptions = {}): ManifestBundle {
  const files: ManifestFile[] = [];
  const notes: ManifestNote[] = [];
  const topology = plan.topology;
  const cni = cniPluginFor(plan.sdn?.chosenOptionId);

  if (!topology) {
    notes.push(
      note('no-topology', 'The plan has no HA topology yet, so namespaces, quotas, limit ranges, network policies and disruption budgets are left out.'),
    );
  } else if (topology.namespaces.length === 0) {
    notes.push(note('no-namespaces', 'The topology lists no namespaces, so no namespace-scoped objects were written.'));
  } else {
    const quota = quotaManifestsFor(topology);
    const names = topology.namespaces.map((namespace) => namespace.name);
    files.push(
      { fileName: '00-namespaces.yaml', purpose: 'namespaces', appliesWithKubectl: true, documents: quota.namespaces },
      { fileName: '10-resource-quotas.yaml', purpose: 'resource-quotas', appliesWithKubectl: true, documents: quota.resourceQuotas },
      { fileName: '20-limit-ranges.yaml', purpose: 'limit-ranges', appliesWithKubectl: true, documents: quota.limitRanges },
      {
        fileName: '30-network-policies.yaml',
        purpose: 'network-policies',
        appliesWithKubectl: true,
        documents: names.flatMap((name) => [defaultDenyPolicyManifest(name), allowDnsPolicyManifest(name)]),
      },
    );
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
    if (replicated.length > 0) {
      files.push({
        fileName: '40-pod-disruption-budgets.yaml',
        purpose: 'pod-disruption-budgets',
        appliesWithKubectl: true,
        documents: replicated.map(podDisruptionBudgetManifest),
      });
    } else if (topology.replicatedWorkloads.length === 0) {
      notes.push(note('no-replicated-workloads', 'No replicated workloads are listed, so no PodDisruptionBudgets were written.'));
    }
    if (cni.enforcesNetworkPolicy === false) {
      notes.push(
        note('cni-ignores-network-policy', `${cni.name} does not enforce NetworkPolicy: the default-deny policies will have no effect with it.`, {
          cni: cni.name,
        }),
      );
    } else if (cni.enforcesNetworkPolicy === undefined) {
      notes.push(
        note('cni-policy-support-unknown', `Whether ${cni.name} enforces NetworkPolicy is not recorded here; check before relying on the default-deny policies.`, {
          cni: cni.name,
        }),
      );
    }
  }

  if (!plan.sdn) notes.push(note('no-sdn-choice', 'No SDN was chosen, so the trial cluster keeps kind’s default CNI (kindnet).'));
  const podCidr = topology?.podCidr ?? DEFAULT_POD_CIDR;
  if (!topology?.podCidr) {
    notes.push(note('default-pod-cidr', `No pod network was set, so the default ${DEFAULT_POD_CIDR} is used.`, { cidr: DEFAULT_POD_CIDR }));
  }

  const cniComment = cni.isKindDefault
    ? `CNI: ${cni.name}, kind's built-in default; nothing else to install.`
    : `CNI to install once the nodes are up: ${cni.name} (the plan's SDN choice). kind's default CNI is switched off for it.`;
  const which = options.clusterConfig ?? 'kind';
  if (which === 'kind' || which === 'both') {
    const layout = {
      zones: topology?.zones ?? 1,
      controlPlaneNodesPerZone: topology?.controlPlaneNodesPerZone ?? 1,
      workerNodesPerZone: Math.min(topology?.workerNodesPerZone ?? 1, options.trialWorkersPerZone ?? 1),
    };
    files.push({
      fileName: 'cluster/kind-config.yaml',
      purpose: 'kind-cluster',
      appliesWithKubectl: false,
      documents: [
        {
          object: buildKindCluster(layout, podCidr, cni),
          comment: `Trial cluster: kind create cluster --config kind-config.yaml\n${cniComment}`,
        },
      ],
    });
  }
  if (which === 'kubeadm' || which === 'both') {
    const controlPlaneNodes = topology ? topology.zones * topology.controlPlaneNodesPerZone : 1;
    if (controlPlaneNodes > 1 && !options.controlPlaneEndpoint) {
      notes.push(
        note(
          'control-plane-endpoint-needed',
          `The topology has ${controlPlaneNodes} control-plane nodes: set controlPlaneEndpoint to the load balancer in front of their API servers before running kubeadm init.`,
          { nodes: controlPlaneNodes },
        ),
      );
    }
    files.push({
      fileName: 'cluster/kubeadm-config.yaml',
      purpose: 'kubeadm-cluster-configuration',
      appliesWithKubectl: false,
      documents: [
        {
          object: buildKubeadmClusterConfiguration(podCidr, options.controlPlaneEndpoint),
          comment: `kubeadm init --config kubeadm-config.yaml\nCNI to install after kubeadm init: ${cni.name === 'kindnet' ? 'none chosen yet (pick one under Choices, SDN)' : cni.name}.`,
        },
      ],
    });
  }
  return { files, notes };
}

function documentToYaml({ object, comment }: ManifestDocument): string {
  const document = new Document(object);
  // On the contents rather than the document, so the comment sits directly above the object it describes.
  if (comment && isNode(document.contents)) document.contents.commentBefore = comment.split('\n').map((line) => ` ${line}`).join('\n');
  return document.toString({ lineWidth: 0 });
}

/** One file's documents as multi-document YAML, separated by `---`. */
export function manifestFileToYaml(documents: readonly ManifestDocument[]): string {
  return documents.map(documentToYaml).join('---\n');
}

/**
 * The whole bundle as one multi-document YAML stream, each file's first document headed by a
 * comment naming the file it belongs in. `kubectl` files only, unless the configs are asked for:
 * kubectl would refuse kind's and kubeadm's documents.
 */
export function manifestBundleToYaml(bundle: ManifestBundle, include: 'kubectl' | 'all' = 'all'): string {
  return bundle.files
    .filter((file) => include === 'all' || file.appliesWithKubectl)
    .flatMap((file) =>
      file.documents.map((document, index) =>
        index === 0 ? { ...document, comment: [`File: ${file.fileName}`, document.comment].filter(Boolean).join('\n') } : document,
      ),
    )
    .map(documentToYaml)
    .join('---\n');
}
