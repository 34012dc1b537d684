import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { type Plan, PLAN_SCHEMA_VERSION, planSchema } from '../plan/plan-schema';
import { checkTopologyDraft, defaultTopologyDraft } from '../topology/topology-input';
import { buildManifestBundle, manifestBundleToYaml, manifestFileToYaml } from './manifest-bundle';
import { validateManifestBundle } from './validate-manifest-bundle';

const emptyPlan = (): Plan =>
  planSchema.parse({
    schemaVersion: PLAN_SCHEMA_VERSION,
    id: 'plan-1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    title: 'Trial',
  });

const topology = () => {
  const { section } = checkTopologyDraft({
    ...defaultTopologyDraft(),
    replicatedWorkloads: [
      { namespace: 'namespace-a', name: 'web', replicas: '3' },
      { namespace: 'namespace-b', name: 'batch', replicas: '1' },
    ],
  });
  if (!section) throw new Error('the default draft must be valid');
  return section;
};

/** The bundle reads only the chosen option from the SDN section; the rest is the choices page's business. */
const sdn = (chosenOptionId: string) => ({ chosenOptionId }) as NonNullable<Plan['sdn']>;

const fullPlan = (cni = 'calico'): Plan => ({ ...emptyPlan(), topology: topology(), sdn: sdn(cni) });

const kinds = (plan: Plan) =>
  buildManifestBundle(plan).files.flatMap((file) => file.documents.map(({ object }) => `${String(object.kind)}/${String((object.metadata as { name?: string } | undefined)?.name ?? '')}`));

describe('buildManifestBundle', () => {
  it('writes namespaces, quotas, limit ranges, policies and budgets in apply order, then the kind config', () => {
    const bundle = buildManifestBundle(fullPlan());
    expect(bundle.files.map((file) => file.fileName)).toEqual([
      '00-namespaces.yaml',
      '10-resource-quotas.yaml',
      '20-limit-ranges.yaml',
      '30-network-policies.yaml',
      '40-pod-disruption-budgets.yaml',
      'cluster/kind-config.yaml',
    ]);
    expect(kinds(fullPlan())).toContain('PodDisruptionBudget/web');
    expect(kinds(fullPlan()).filter((kind) => kind.startsWith('NetworkPolicy/default-deny-all'))).toHaveLength(3);
  });

  it('splits the planned capacity, not all of it, between the namespace quotas', () => {
    const quotas = buildManifestBundle(fullPlan()).files.find((file) => file.purpose === 'resource-quotas')!;
    // 6 workers × (8 − 0.5) cores = 45 allocatable; 60 % planned = 27 cores; namespace-a has half.
    expect((quotas.documents[0]?.object.spec as { hard: Record<string, string> }).hard['requests.cpu']).toBe('13500m');
  });

  it('skips a one-replica workload’s budget and says why', () => {
    const bundle = buildManifestBundle(fullPlan());
    expect(kinds(fullPlan())).not.toContain('PodDisruptionBudget/batch');
    expect(bundle.notes.map((note) => note.code)).toContain('single-replica-skipped');
  });

  it('switches kind’s default CNI off and names the plugin to install when the SDN is not kindnet', () => {
    const kind = buildManifestBundle(fullPlan('calico')).files.at(-1)!.documents[0]!;
    expect(kind.object.networking).toEqual({ podSubnet: '10.244.0.0/16', disableDefaultCNI: true });
    expect(kind.comment).toContain('Calico');
    const nodes = kind.object.nodes as { role: string; labels: Record<string, string> }[];
    expect(nodes.filter((node) => node.role === 'control-plane')).toHaveLength(3);
    expect(new Set(nodes.map((node) => node.labels['topology.kubernetes.io/zone']))).toEqual(new Set(['zone-a', 'zone-b', 'zone-c']));
  });

  it('keeps kindnet when no SDN is chosen, and says so', () => {
    const bundle = buildManifestBundle({ ...emptyPlan(), topology: topology() });
    const kind = bundle.files.at(-1)!.documents[0]!;
    expect((kind.object.networking as Record<string, unknown>).disableDefaultCNI).toBeUndefined();
    expect(bundle.notes.map((note) => note.code)).toEqual(expect.arrayContaining(['no-sdn-choice', 'default-pod-cidr']));
  });

  it('warns that Flannel does not enforce the default-deny policies (the seed’s networking section)', () => {
    expect(buildManifestBundle(fullPlan('flannel')).notes.map((note) => note.code)).toContain('cni-ignores-network-policy');
  });

  it('works on an empty plan: only a one-node trial cluster, with notes on what is missing', () => {
    const bundle = buildManifestBundle(emptyPlan());
    expect(bundle.files.map((file) => file.purpose)).toEqual(['kind-cluster']);
    expect(bundle.notes.map((note) => note.code)).toEqual(['no-topology', 'no-sdn-choice', 'default-pod-cidr']);
    expect(validateManifestBundle(bundle).valid).toBe(true);
  });

  it('writes a kubeadm v1beta4 ClusterConfiguration with the pod subnet, and asks for an endpoint for HA', () => {
    const plan = { ...fullPlan(), topology: { ...topology(), podCidr: '192.168.0.0/16' } };
    const bundle = buildManifestBundle(plan, { clusterConfig: 'kubeadm' });
    const config = bundle.files.at(-1)!.documents[0]!.object;
    expect(config).toMatchObject({ apiVersion: 'kubeadm.k8s.io/v1beta4', networking: { podSubnet: '192.168.0.0/16' } });
    expect(bundle.notes.map((note) => note.code)).toContain('control-plane-endpoint-needed');
    const withEndpoint = buildManifestBundle(plan, { clusterConfig: 'both', controlPlaneEndpoint: 'api.internal:6443' });
    expect(withEndpoint.notes.map((note) => note.code)).not.toContain('control-plane-endpoint-needed');
    expect(validateManifestBundle(withEndpoint)).toEqual({ valid: true, problems: [] });
  });
});

describe('validateManifestBundle', () => {
  it('accepts every object the bundle writes (kubernetes-models and the config schemas)', () => {
    expect(validateManifestBundle(buildManifestBundle(fullPlan(), { clusterConfig: 'both' }))).toEqual({ valid: true, problems: [] });
  });

  const broken = (mutate: (object: Record<string, unknown>) => void, purpose: string) => {
    const bundle = buildManifestBundle(fullPlan(), { clusterConfig: 'both' });
    const file = bundle.files.find((candidate) => candidate.purpose === purpose)!;
    mutate(file.documents[0]!.object);
    return validateManifestBundle(bundle);
  };

  it('rejects a quota whose limit is not a quantity', () => {
    const result = broken((object) => {
      (object.spec as { hard: Record<string, unknown> }).hard['requests.cpu'] = 'lots';
    }, 'resource-quotas');
    expect(result.valid).toBe(false);
    expect(result.problems[0]).toMatchObject({ fileName: '10-resource-quotas.yaml', kind: 'ResourceQuota' });
    expect(result.problems[0]?.message).toContain('quantity');
  });

  it('rejects a network policy with policyTypes that is not a list', () => {
    const result = broken((object) => {
      (object.spec as Record<string, unknown>).policyTypes = 'Ingress';
    }, 'network-policies');
    expect(result.problems[0]?.message).toContain('policyTypes');
  });

  it('rejects an object with a name the API server would refuse', () => {
    const result = broken((object) => {
      (object.metadata as Record<string, unknown>).name = 'Not_Valid';
    }, 'namespaces');
    expect(result.problems[0]?.message).toContain('Not_Valid');
  });

  it('rejects a kind config with a misspelt field and a kubeadm config of the wrong version', () => {
    const kind = broken((object) => {
      (object.networking as Record<string, unknown>).disableDefaultCni = true;
    }, 'kind-cluster');
    expect(kind.problems[0]?.message).toMatch(/disableDefaultCni/);
    const kubeadm = broken((object) => {
      object.apiVersion = 'kubeadm.k8s.io/v1beta3';
    }, 'kubeadm-cluster-configuration');
    expect(kubeadm.problems[0]?.message).toContain('not a type this bundle knows');
  });
});

describe('YAML output', () => {
  it('parses back into the same objects, one document per object, with the file names as comments', () => {
    const bundle = buildManifestBundle(fullPlan(), { clusterConfig: 'both' });
    const text = manifestBundleToYaml(bundle);
    const documents = parseAllDocuments(text);
    const objects = bundle.files.flatMap((file) => file.documents.map((document) => document.object));
    expect(documents.map((document) => document.toJS())).toEqual(objects);
    expect(documents.every((document) => document.errors.length === 0)).toBe(true);
    expect(text).toContain('# File: 00-namespaces.yaml');
    expect(text).toContain('# CNI to install once the nodes are up: Calico');
  });

  it('leaves the kind and kubeadm configs out of the kubectl stream', () => {
    const text = manifestBundleToYaml(buildManifestBundle(fullPlan(), { clusterConfig: 'both' }), 'kubectl');
    expect(text).not.toContain('kind: Cluster');
    expect(text).not.toContain('ClusterConfiguration');
  });

  it('writes quantities as strings so "2" is not read back as a number', () => {
    const quotas = buildManifestBundle(fullPlan()).files[1]!;
    const text = manifestFileToYaml(quotas.documents);
    for (const document of parseAllDocuments(text)) {
      const hard = (document.toJS() as { spec: { hard: Record<string, unknown> } }).spec.hard;
      expect(Object.values(hard).every((value) => typeof value === 'string')).toBe(true);
    }
  });
});
