import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The least of an API server that `kubectl apply --dry-run=client` needs: discovery (which kinds
 * exist, in which group and version, namespaced or not) for the kinds the manifests use, and "not
 * found" for every object, so each one is a dry-run create. kubectl maps a kind to a resource
 * through discovery even in a client dry run; a document of a kind it doesn't list (kind's
 * `Cluster`) fails exactly as it would against a real cluster.
 */
const CORE: [string, string, boolean][] = [
  ['namespaces', 'Namespace', false],
  ['resourcequotas', 'ResourceQuota', true],
  ['limitranges', 'LimitRange', true],
];
const GROUPS: Record<string, [string, string, boolean][]> = {
  'networking.k8s.io': [['networkpolicies', 'NetworkPolicy', true]],
  policy: [['poddisruptionbudgets', 'PodDisruptionBudget', true]],
};

const resourceList = (groupVersion: string, resources: [string, string, boolean][]) => ({
  kind: 'APIResourceList',
  apiVersion: 'v1',
  groupVersion,
  resources: resources.map(([name, kind, namespaced]) => ({
    name,
    singularName: kind.toLowerCase(),
    namespaced,
    kind,
    verbs: ['create', 'delete', 'get', 'list', 'patch', 'update', 'watch'],
  })),
});

const ROUTES: Record<string, unknown> = {
  '/version': { major: '1', minor: '32', gitVersion: 'v1.32.0' },
  '/api': { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress: '127.0.0.1' }] },
  '/apis': {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: Object.keys(GROUPS).map((name) => ({
      name,
      versions: [{ groupVersion: `${name}/v1`, version: 'v1' }],
      preferredVersion: { groupVersion: `${name}/v1`, version: 'v1' },
    })),
  },
  '/api/v1': resourceList('v1', CORE),
  ...Object.fromEntries(Object.entries(GROUPS).map(([group, resources]) => [`/apis/${group}/v1`, resourceList(`${group}/v1`, resources)])),
};

export async function startFakeKubeApi(): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    const body = ROUTES[(request.url ?? '').split('?')[0] ?? ''];
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body ?? { kind: 'Status', apiVersion: 'v1', status: 'Failure', reason: 'NotFound', code: 404 }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
