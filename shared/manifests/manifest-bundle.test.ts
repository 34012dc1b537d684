import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { type Plan, PLAN_SCHEMA_VERSION, planSchema } from '../plan/plan-schema';
import { analyzeTopology } from '../topology/analyze-topology';
import { SEED_CONTAINER_DEFAULTS } from '../topology/namespace-quotas';
import { checkTopologyDraft, defaultTopologyDraft } from '../topology/topology-input';
import { resources } from '../i18n/resources';
import { InvalidClusterNetworkError, MAX_TRIAL_WORKERS, buildManifestBundle, manifestFileText, manifestFileToYaml, manifestNoteCodes } from './manifest-bundle';
import { containerDefaultsWithin } from './namespace-manifests';
import { validateManifestBundle } from './validate-manifest-bundle';

const emptyPlan = (): Plan =>
  planSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: 'plan-1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    title: 'Trial',
  });

const topology = (namespaces = [{ name: 'namespace-a', loadSharePercent: '50' }, { name: 'namespace-b', loadSharePercent: '50' }]) => {
  const { section } = checkTopologyDraft({
    ...defaultTopologyDraft(),
    namespaces,
    replicatedWorkloads: [
      { namespace: 'namespace-a', name: 'web', replicas: '3' },
      { namespace: 'namespace-b', name: 'batch', replicas: '1' },
    ],
  });
  if (!section) throw new Error('the draft must be valid');
  return section;
};

/** The bundle reads only the chosen option from the SDN section; the rest is the choices page's business. */
const sdn = (chosenOptionId: string) => ({ chosenOptionId }) as NonNullable<Plan['sdn']>;
const fullPlan = (cni = 'calico'): Plan => ({ ...emptyPlan(), topology: topology(), sdn: sdn(cni) });
const withNetwork = (plan: Plan, cluster: Partial<Plan['cluster']>): Plan => ({ ...plan, cluster: { ...plan.cluster, ...cluster } });

const fileFor = (plan: Plan, target: 'k8s' | 'kind' | 'kubeadm', clusterConfig: 'kind' | 'kubeadm' | 'both' | 'none' = 'both') =>
  buildManifestBundle(plan, { clusterConfig }).files.find((file) => file.target === target)!;
const names = (plan: Plan) =>
  fileFor(plan, 'k8s').documents.map(({ object }) => `${String(object.kind)}/${(object.metadata as { namespace?: string }).namespace ?? ''}/${(object.metadata as { name: string }).name}`);

describe('buildManifestBundle: one file per reader', () => {
  it('writes <name>.k8s.yaml for kubectl and the chosen cluster configs, never mixed', () => {
    const bundle = buildManifestBundle(fullPlan(), { clusterConfig: 'both', fileBaseName: 'payments' });
    expect(bundle.files.map((file) => file.fileName)).toEqual(['payments.k8s.yaml', 'payments.kind.yaml', 'payments.kubeadm.yaml']);
    const kinds = (target: string) => bundle.files.find((file) => file.target === target)!.documents.map(({ object }) => object.kind);
    expect(new Set(kinds('k8s'))).toEqual(new Set(['Namespace', 'ResourceQuota', 'LimitRange', 'NetworkPolicy', 'PodDisruptionBudget']));
    expect(kinds('kind')).toEqual(['Cluster']);
    expect(kinds('kubeadm')).toEqual(['InitConfiguration', 'ClusterConfiguration']);
    expect(buildManifestBundle(fullPlan()).files.map((file) => file.target)).toEqual(['k8s', 'kind']);
    expect(buildManifestBundle(fullPlan(), { clusterConfig: 'none' }).files.map((file) => file.target)).toEqual(['k8s']);
  });

  it('puts namespaces first, so kubectl apply creates them before what lives in them', () => {
    const kinds = fileFor(fullPlan(), 'k8s').documents.map(({ object }) => object.kind);
    expect(kinds.lastIndexOf('Namespace')).toBeLessThan(kinds.indexOf('ResourceQuota'));
  });

  it('begins each file with how to use it and every note about it', () => {
    const plan = fullPlan('flannel');
    const k8s = manifestFileText(fileFor(plan, 'k8s'), plan.title);
    expect(k8s.split('\n')[0]).toBe('# Kube Planner: Trial');
    expect(k8s).toContain('# kubectl apply -f kube-planner.k8s.yaml');
    expect(k8s).toContain('# - flannel does not enforce NetworkPolicy');
    expect(k8s).toContain('# - namespace-b/batch runs one replica');
    expect(k8s).toContain('# - For production:');
    const kind = manifestFileText(fileFor(plan, 'kind'), plan.title);
    expect(kind).toContain('# kind create cluster --config kube-planner.kind.yaml');
    expect(kind).toContain('# - Install flannel');
    expect(kind).toContain('not for production');
  });

  it('skips a one-replica workload’s budget and says why', () => {
    expect(names(fullPlan())).toContain('PodDisruptionBudget/namespace-a/web');
    expect(names(fullPlan())).not.toContain('PodDisruptionBudget/namespace-b/batch');
    expect(buildManifestBundle(fullPlan()).notes.map((note) => note.code)).toContain('single-replica-skipped');
  });

  it('works on an empty plan: only kind’s config, with notes on what is missing', () => {
    const bundle = buildManifestBundle(emptyPlan());
    expect(bundle.files.map((file) => file.target)).toEqual(['kind']);
    expect(bundle.notes.map((note) => note.code)).toEqual(expect.arrayContaining(['no-topology', 'no-sdn-choice', 'default-subnets']));
    expect(validateManifestBundle(bundle).valid).toBe(true);
  });
});

describe('notes', () => {
  it('has every note in both languages, for the CLI and the export panel', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      expect(Object.keys(resources[language].topology.manifestNotes).sort(), language).toEqual([...manifestNoteCodes].sort());
    }
  });
});

describe('CNI facts from the Choices data', () => {
  it('names Cilium as the data does and knows it enforces policy', () => {
    const bundle = buildManifestBundle(fullPlan('cilium'));
    expect(bundle.notes.map((note) => note.message).join(' ')).toContain('Install Cilium');
    expect(bundle.notes.map((note) => note.code)).not.toContain('cni-policy-support-unknown');
  });

  it('warns that flannel ignores the policies, in the .k8s.yaml’s own notes', () => {
    expect(fileFor(fullPlan('flannel'), 'k8s').notes.map((note) => note.code)).toContain('cni-ignores-network-policy');
    expect(fileFor(fullPlan('antrea'), 'k8s').notes.map((note) => note.code)).not.toContain('cni-ignores-network-policy');
  });
});

describe('network policies', () => {
  it('pairs every default-deny with DNS egress to kube-system, each commented', () => {
    const policies = fileFor(fullPlan(), 'k8s').documents.filter(({ object }) => object.kind === 'NetworkPolicy');
    expect(policies.map(({ object }) => (object.metadata as { name: string }).name)).toEqual([
      'default-deny-all',
      'allow-dns-egress',
      'default-deny-all',
      'allow-dns-egress',
    ]);
    expect(policies.every((policy) => (policy.comment ?? '') !== '')).toBe(true);
  });

  it('lets the monitoring namespace scrape the others, both ways through their default-deny', () => {
    const plan = { ...fullPlan(), topology: topology([{ name: 'namespace-a', loadSharePercent: '50' }, { name: 'namespace-b', loadSharePercent: '30' }, { name: 'monitoring', loadSharePercent: '20' }]) };
    const all = names(plan);
    expect(all).toEqual(expect.arrayContaining(['NetworkPolicy/namespace-a/allow-monitoring-scrape', 'NetworkPolicy/namespace-b/allow-monitoring-scrape', 'NetworkPolicy/monitoring/allow-scrape-egress']));
    expect(all).not.toContain('NetworkPolicy/monitoring/allow-monitoring-scrape');
    const egress = fileFor(plan, 'k8s').documents.find(({ object }) => (object.metadata as { name: string }).name === 'allow-scrape-egress')!;
    expect(JSON.stringify(egress.object)).toContain('"values":["namespace-a","namespace-b"]');
    expect(egress.comment).toContain('API server');
  });

  it('lets a monitoring tool’s namespace scrape even when the topology doesn’t list it, without writing into a namespace it doesn’t create', () => {
    const plan = { ...fullPlan(), observability: { ...fullPlan().observability, monitoringOptionIds: ['prometheus'] } };
    expect(names(plan)).toContain('NetworkPolicy/namespace-a/allow-monitoring-scrape');
    expect(names(plan).filter((name) => name.split('/')[1] === 'monitoring')).toEqual([]);
  });
});

describe('LimitRange defaults', () => {
  it('lowers the defaults to a small namespace’s quota and says so (the issue’s 10m/44Mi)', () => {
    const quota = { name: 'tiny', loadSharePercent: 1, requests: { cpuMillicores: 10, memoryMiB: 44 }, limits: { cpuMillicores: 20, memoryMiB: 88 } };
    const { defaults, scaled } = containerDefaultsWithin(quota);
    expect(defaults).toEqual({ requests: { cpuMillicores: 10, memoryMiB: 44 }, limits: { cpuMillicores: 20, memoryMiB: 88 } });
    expect(scaled).toEqual(['requests.cpu', 'requests.memory', 'limits.cpu', 'limits.memory']);
  });

  it('keeps the seed’s defaults where they fit', () => {
    const quota = { name: 'big', loadSharePercent: 50, requests: { cpuMillicores: 8_000, memoryMiB: 8_192 }, limits: { cpuMillicores: 16_000, memoryMiB: 16_384 } };
    expect(containerDefaultsWithin(quota)).toEqual({ defaults: SEED_CONTAINER_DEFAULTS, scaled: [] });
  });

  it('never exceeds any namespace’s quota, and never sets a limit below its request (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 256 }), fc.integer({ min: 1, max: 99 }), (cores, memory, share) => {
        const section = {
          ...topology(),
          workerNode: { cpuCores: cores, memoryGiB: memory },
          systemReserve: { cpuCores: 0, memoryGiB: 0 },
          namespaces: [
            { name: 'small', loadSharePercent: share / 100 },
            { name: 'rest', loadSharePercent: 100 - share / 100 },
          ],
          replicatedWorkloads: [],
        };
        for (const quota of analyzeTopology(section).quotas) {
          const { defaults } = containerDefaultsWithin(quota);
          expect(defaults.requests.cpuMillicores).toBeLessThanOrEqual(quota.requests.cpuMillicores);
          expect(defaults.requests.memoryMiB).toBeLessThanOrEqual(quota.requests.memoryMiB);
          expect(defaults.limits.cpuMillicores).toBeLessThanOrEqual(quota.limits.cpuMillicores);
          expect(defaults.limits.memoryMiB).toBeLessThanOrEqual(quota.limits.memoryMiB);
          expect(defaults.limits.cpuMillicores).toBeGreaterThanOrEqual(defaults.requests.cpuMillicores);
        }
      }),
    );
  });
});

describe('the kind config', () => {
  const networking = (plan: Plan) => fileFor(plan, 'kind').documents[0]!.object.networking as Record<string, unknown>;

  it('switches kind’s CNI off for any plugin but kindnet', () => {
    expect(networking(fullPlan('calico')).disableDefaultCNI).toBe(true);
    expect(networking({ ...emptyPlan(), topology: topology() }).disableDefaultCNI).toBeUndefined();
  });

  it('writes the IP family and both subnets, for IPv4, IPv6 and dual-stack', () => {
    expect(networking(fullPlan())).toMatchObject({ ipFamily: 'ipv4', podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/16' });
    expect(networking(withNetwork(fullPlan(), { ipFamily: 'ipv6' }))).toMatchObject({ ipFamily: 'ipv6', podSubnet: 'fd00:10:244::/56', serviceSubnet: 'fd00:10:96::/112' });
    const dual = withNetwork(fullPlan(), { ipFamily: 'dual', podSubnet: '10.1.0.0/16,fd00:1::/56', serviceSubnet: '10.2.0.0/16,fd00:2::/112' });
    expect(networking(dual)).toMatchObject({ ipFamily: 'dual', podSubnet: '10.1.0.0/16,fd00:1::/56' });
    for (const plan of [fullPlan(), withNetwork(fullPlan(), { ipFamily: 'ipv6' }), dual]) {
      expect(validateManifestBundle(buildManifestBundle(plan, { clusterConfig: 'both' }))).toEqual({ valid: true, problems: [] });
    }
  });

  it('refuses overlapping pod and service networks instead of writing them', () => {
    expect(() => buildManifestBundle(withNetwork(fullPlan(), { podSubnet: '10.96.0.0/12' }))).toThrow(InvalidClusterNetworkError);
    expect(() => buildManifestBundle(withNetwork(fullPlan(), { ipFamily: 'ipv6', podSubnet: '10.244.0.0/16' }))).toThrow(/IPv4, but the cluster is IPv6/);
  });

  it('has as many workers as the plan, or says why it has fewer', () => {
    const workers = (plan: Plan) => (fileFor(plan, 'kind').documents[0]!.object.nodes as { role: string }[]).filter((node) => node.role === 'worker').length;
    const small = { ...fullPlan(), topology: { ...topology(), zones: 2, workerNodesPerZone: 2 } };
    expect(workers(small)).toBe(4);
    expect(fileFor(small, 'kind').notes.map((note) => note.code)).not.toContain('fewer-trial-workers');
    const large = { ...fullPlan(), topology: { ...topology(), zones: 3, workerNodesPerZone: 4 } };
    expect(workers(large)).toBe(MAX_TRIAL_WORKERS);
    expect(fileFor(large, 'kind').notes.find((note) => note.code === 'fewer-trial-workers')?.message).toContain('The plan has 12 workers; this trial cluster has 6');
  });

  it('labels every node with its zone', () => {
    const nodes = fileFor(fullPlan(), 'kind').documents[0]!.object.nodes as { role: string; labels: Record<string, string> }[];
    expect(new Set(nodes.map((node) => node.labels['topology.kubernetes.io/zone']))).toEqual(new Set(['zone-a', 'zone-b', 'zone-c']));
  });
});

describe('the kubeadm config', () => {
  it('writes InitConfiguration and a v1beta4 ClusterConfiguration with both subnets and the pinned version', () => {
    const plan = withNetwork(fullPlan(), { podSubnet: '192.168.0.0/16', kubernetesVersion: 'v1.35' });
    const [init, cluster] = fileFor(plan, 'kubeadm').documents.map(({ object }) => object);
    expect(init).toEqual({ apiVersion: 'kubeadm.k8s.io/v1beta4', kind: 'InitConfiguration' });
    expect(cluster).toMatchObject({ kubernetesVersion: 'stable-1.35', networking: { podSubnet: '192.168.0.0/16', serviceSubnet: '10.96.0.0/16' } });
    expect(fileFor(withNetwork(plan, { kubernetesVersion: '1.35.2' }), 'kubeadm').documents[1]!.object.kubernetesVersion).toBe('v1.35.2');
  });

  it('says what IPv6 and dual-stack nodes need that the file can’t set (IPv6 forwarding, the kubelet’s node-ip)', () => {
    expect(fileFor(withNetwork(fullPlan(), { ipFamily: 'dual' }), 'kubeadm').notes.map((note) => note.code)).toContain('dual-stack-node-setup');
    expect(fileFor(withNetwork(fullPlan(), { ipFamily: 'ipv6' }), 'kubeadm').notes.map((note) => note.code)).toContain('ipv6-node-setup');
    expect(fileFor(fullPlan(), 'kubeadm').notes.map((note) => note.code).filter((code) => code.endsWith('node-setup'))).toEqual([]);
  });

  it('asks for a control-plane endpoint for HA and a version when none is pinned', () => {
    const codes = fileFor(fullPlan(), 'kubeadm').notes.map((note) => note.code);
    expect(codes).toEqual(expect.arrayContaining(['control-plane-endpoint-needed', 'kubernetes-version-unpinned']));
    const withEndpoint = buildManifestBundle(fullPlan(), { clusterConfig: 'kubeadm', controlPlaneEndpoint: 'api.internal:6443' });
    expect(withEndpoint.notes.map((note) => note.code)).not.toContain('control-plane-endpoint-needed');
  });
});

describe('validateManifestBundle', () => {
  const broken = (mutate: (object: Record<string, unknown>) => void, target: 'k8s' | 'kind' | 'kubeadm', index = 0) => {
    const bundle = buildManifestBundle(fullPlan(), { clusterConfig: 'both' });
    mutate(bundle.files.find((file) => file.target === target)!.documents[index]!.object);
    return validateManifestBundle(bundle);
  };

  it('rejects a quota whose limit is not a quantity', () => {
    const quotaIndex = fileFor(fullPlan(), 'k8s').documents.findIndex(({ object }) => object.kind === 'ResourceQuota');
    const result = broken((object) => {
      (object.spec as { hard: Record<string, unknown> }).hard['requests.cpu'] = 'lots';
    }, 'k8s', quotaIndex);
    expect(result.problems[0]).toMatchObject({ fileName: 'kube-planner.k8s.yaml', kind: 'ResourceQuota' });
    expect(result.problems[0]?.message).toContain('quantity');
  });

  it('rejects an object with a name the API server would refuse', () => {
    const result = broken((object) => {
      (object.metadata as Record<string, unknown>).name = 'Not_Valid';
    }, 'k8s');
    expect(result.problems[0]?.message).toContain('Not_Valid');
  });

  it('rejects a kind config with a misspelt field, and a kubeadm config of the wrong version or with overlapping subnets', () => {
    expect(broken((object) => ((object.networking as Record<string, unknown>).disableDefaultCni = true), 'kind').problems[0]?.message).toMatch(/disableDefaultCni/);
    expect(broken((object) => (object.apiVersion = 'kubeadm.k8s.io/v1beta3'), 'kubeadm', 1).problems[0]?.message).toContain('not a type this bundle knows');
    expect(broken((object) => ((object.networking as Record<string, unknown>).podSubnet = '10.96.0.0/12'), 'kubeadm', 1).problems[0]?.message).toContain('overlap');
  });
});

describe('YAML output', () => {
  it('parses back into the same objects, with each object’s comment above it', () => {
    const file = fileFor(fullPlan(), 'k8s');
    const documents = parseAllDocuments(manifestFileText(file, 'Trial'));
    expect(documents.every((document) => document.errors.length === 0)).toBe(true);
    expect(documents.map((document) => document.toJS())).toEqual(file.documents.map((document) => document.object));
    expect(manifestFileToYaml(file.documents)).toContain('# namespace-a: allowed to ask the cluster DNS');
  });

  it('writes quantities as strings so "2" is not read back as a number', () => {
    const quotas = fileFor(fullPlan(), 'k8s').documents.filter(({ object }) => object.kind === 'ResourceQuota');
    for (const document of parseAllDocuments(manifestFileToYaml(quotas))) {
      const hard = (document.toJS() as { spec: { hard: Record<string, unknown> } }).spec.hard;
      expect(Object.values(hard).every((value) => typeof value === 'string')).toBe(true);
    }
  });
});
