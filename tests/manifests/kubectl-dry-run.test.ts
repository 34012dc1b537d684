import { execFile } from 'node:child_process';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ManifestFile, buildManifestBundle, manifestFileText } from '../../shared/manifests/manifest-bundle';
import type { Plan } from '../../shared/plan/plan-schema';
import { fullPlanFixture } from '../fixtures/plans/full-plan';
import { startFakeKubeApi } from '../support/fake-kube-api';
import { unknownKubernetesFields } from '../support/kubernetes-field-check';

const KUBECTL = '/usr/bin/kubectl';
const hasKubectl = await access(KUBECTL).then(
  () => true,
  () => false,
);

const withCluster = (plan: Plan, cluster: Partial<Plan['cluster']>, sdn?: string): Plan => ({
  ...plan,
  cluster: { ...plan.cluster, ...cluster },
  ...(sdn ? { sdn: { ...plan.sdn!, chosenOptionId: sdn } } : {}),
});

/** The plans: the fixture, and the fixture with flannel, Cilium, IPv6 and dual-stack networks. */
const plans: [string, Plan][] = [
  ['the fixture plan', fullPlanFixture()],
  ['flannel', withCluster(fullPlanFixture(), {}, 'flannel')],
  ['Cilium', withCluster(fullPlanFixture(), {}, 'cilium')],
  ['IPv6', withCluster(fullPlanFixture(), { ipFamily: 'ipv6', podSubnet: '' })],
  ['dual-stack', withCluster(fullPlanFixture(), { ipFamily: 'dual', podSubnet: '' })],
];

const k8sFile = (plan: Plan): ManifestFile => buildManifestBundle(plan, { clusterConfig: 'none', fileBaseName: 'plan' }).files[0]!;

// Building the TypeScript program over kubernetes-models' declarations takes seconds on a loaded machine; the budget is for that.
describe('the strict field check', { timeout: 60_000 }, () => {
  it.each(plans)('finds no unknown field in the .k8s.yaml of %s', (_name, plan) => {
    expect(k8sFile(plan).documents.flatMap(({ object }) => unknownKubernetesFields(object))).toEqual([]);
  });

  it('catches a misspelt field at any depth, which kubernetes-models’ own validators let through', () => {
    const policy = { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'p', namespace: 'n' }, spec: { podselector: {}, policyTypes: ['Ingress'] } };
    expect(unknownKubernetesFields(policy)).toEqual(['NetworkPolicy/p .spec.podselector: unknown field']);
    const quota = { apiVersion: 'v1', kind: 'LimitRange', metadata: { name: 'l' }, spec: { limits: [{ type: 'Container', defaultRequests: { cpu: '1' } }] } };
    expect(unknownKubernetesFields(quota)).toEqual(['LimitRange/l .spec.limits[0].defaultRequests: unknown field']);
    // Label values are a map: any key is allowed there.
    expect(unknownKubernetesFields({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'a', labels: { anything: 'x' } } })).toEqual([]);
  });
});

describe.skipIf(!hasKubectl)(`kubectl apply --dry-run=client (needs ${KUBECTL}, Debian's kubernetes-client)`, () => {
  let api: Awaited<ReturnType<typeof startFakeKubeApi>>;
  let scratch: string;
  beforeAll(async () => {
    api = await startFakeKubeApi();
    scratch = await mkdtemp(join(tmpdir(), 'kube-planner-kubectl-'));
  });
  afterAll(async () => {
    await api.close();
    await rm(scratch, { recursive: true, force: true });
  });

  /**
   * `--validate=false`: kubectl's schema validation downloads the server's OpenAPI document, which
   * this stub doesn't have; field names are held to the schema by the strict check above.
   */
  const dryRun = async (name: string, text: string) => {
    const path = join(scratch, name);
    await writeFile(path, text);
    return promisify(execFile)(KUBECTL, ['--server', api.url, 'apply', '--dry-run=client', '--validate=false', '-f', path], {
      // HOME in the scratch folder: kubectl keeps a discovery cache under it, which must not land in the work tree.
      env: { PATH: process.env.PATH ?? '', HOME: scratch, KUBECONFIG: join(scratch, 'no-kubeconfig') },
    }).then(
      ({ stdout }) => ({ code: 0, stdout, stderr: '' }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );
  };

  it.each(plans)('applies every object of the .k8s.yaml of %s', async (name, plan) => {
    const file = k8sFile(plan);
    const result = await dryRun(`${name}.k8s.yaml`, manifestFileText(file, plan.title));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(file.documents.length);
    expect(result.stdout).toContain('networkpolicy.networking.k8s.io/allow-dns-egress created (dry run)');
  });

  it('fails, as the issue found, when a kind Cluster sits in the same stream', async () => {
    const plan = fullPlanFixture();
    const bundle = buildManifestBundle(plan, { clusterConfig: 'kind', fileBaseName: 'plan' });
    const mixed = bundle.files.map((file) => manifestFileText(file, plan.title)).join('---\n');
    const result = await dryRun('mixed.yaml', mixed);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('no matches for kind "Cluster"');
  });
});
