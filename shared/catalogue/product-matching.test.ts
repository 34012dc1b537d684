import { beforeAll, describe, expect, it } from 'vitest';
import products from '../../data/catalogue/products.json';
import { landscapeShapes, platformLandscapeYaml, type ShapedLandscapeItem } from '../../tests/support/landscape-fixture';
import { landscape2026 } from '../../tests/support/shared-reference';
import { importLandscapeFile } from './landscape-import';
import { mergeLandscapeIntoCatalogue } from './landscape-merge';
import { builtInCatalogueSchema, type CatalogueEntry } from './schema';

const IMPORTED_AT = '2026-11-30T00:00:00.000Z';
const builtIn: CatalogueEntry[] = builtInCatalogueSchema.parse(products).entries;

function mergesOf(items: readonly ShapedLandscapeItem[], shape: (typeof landscapeShapes)[number], catalogue = builtIn) {
  const record = importLandscapeFile(platformLandscapeYaml(shape, items), `landscape-${shape}.yml`, IMPORTED_AT);
  return mergeLandscapeIntoCatalogue(catalogue, record);
}

/** Listings as a 2018–2019 landscape.yml wrote them, with the built-in row each is the same product as. */
const sameProducts: [ShapedLandscapeItem, string, string][] = [
  [{ name: 'OpenShift', homepage: 'https://www.openshift.com/', repository: 'https://github.com/openshift/origin', organization: 'Red Hat' }, 'openshift-origin', 'repository'],
  [{ name: 'Pivotal Container Service (PKS)', homepage: 'https://pivotal.io/platform/pivotal-container-service', organization: 'Pivotal' }, 'pivotal-container-service', 'name-variant'],
  [{ name: 'Project Velero', homepage: 'https://velero.io/', repository: 'https://github.com/heptio/velero' }, 'ark', 'name-variant'],
  [{ name: 'Huawei FusionStage', homepage: 'https://www.huaweicloud.com/product/fusionstage.html', organization: 'Huawei' }, 'fusionstage', 'name-variant'],
  [{ name: 'CoreOS bootkube', repository: 'https://github.com/kubernetes-incubator/bootkube', organization: 'CoreOS' }, 'bootkube', 'name-variant'],
  [{ name: 'Rancher Kubernetes', homepage: 'https://rancher.com', repository: 'https://github.com/rancher/rancher.git' }, 'rancher', 'repository'],
  [{ name: 'Red Hat OpenShift Dedicated', homepage: 'https://www.openshift.com/products/dedicated/' }, 'openshift-dedicated', 'name-variant'],
  [{ name: 'Deis Workflow Platform', repository: 'https://github.com/deis/workflow/' }, 'deis-workflow', 'repository'],
  [{ name: 'OKD', homepage: 'https://okd.io' }, 'openshift-origin', 'alias'],
  [{ name: 'Kubernetes', homepage: 'https://kubernetes.io/' }, 'kubernetes', 'name'],
];

/**
 * Listings that look like a built-in product and are not it: each shares only a vendor's name, an
 * organization's homepage or repository, or a parenthesised tag with a built-in row.
 */
const otherProducts: ShapedLandscapeItem[] = [
  // A vendor prefix that is not the row's organization: Greencloud's "Container Platform" is not Huawei's.
  { name: 'Huawei Container Platform', homepage: 'https://www.huaweicloud.com/product/cce.html', organization: 'Huawei' },
  // "(KCSP)" is a service-provider tag, not another name of Diamanti's product.
  { name: 'Diamanti (KCSP)', homepage: 'https://diamanti.com/kcsp' },
  // An abbreviation that is not a name of the row.
  { name: 'Pivotal Container Service (PCF)', homepage: 'https://pivotal.io/pcf' },
  // The same site as Rancher, but another project's repository: the homepage is the organization's.
  { name: 'RKE2', homepage: 'https://www.rancher.com/', repository: 'https://github.com/rancher/rke2' },
  // An organization's repository names no single product.
  { name: 'Rancher Labs Extras', repository: 'https://github.com/rancher' },
];

describe.each(landscapeShapes)('merging a landscape of the %s shape', (shape) => {
  it('finds the same product by name, alias, name variant, repository or homepage, and says which', () => {
    const { report } = mergesOf(sameProducts.map(([item]) => item), shape);
    expect(report.merged).toEqual(sameProducts.map(([item, builtInId, rule]) => ({ name: item.name, builtInId, rule })));
    expect(report.added).toEqual([]);
  });

  it('never merges a product that shares only a vendor, a tag or an organization’s homepage or repository', () => {
    const { report } = mergesOf(otherProducts, shape);
    expect(report.merged).toEqual([]);
    expect(report.added).toEqual(otherProducts.map((item) => item.name));
  });

  it('merges on a homepage only when one product on each side gives it', () => {
    const rancherManager = { name: 'Rancher Manager', homepage: 'https://www.rancher.com' };
    expect(mergesOf([rancherManager], shape).report.merged).toEqual([{ name: 'Rancher Manager', builtInId: 'rancher', rule: 'homepage' }]);
    // Two imported products on one site: it is the organization's, and neither is merged by it.
    const rancherDesktop = { name: 'Rancher Desktop App', homepage: 'https://rancher.com/' };
    expect(mergesOf([rancherManager, rancherDesktop], shape).report.merged).toEqual([]);
    // Two built-in rows on one site: the same.
    const rancher = builtIn.find((entry) => entry.id === 'rancher')!;
    const sibling: CatalogueEntry = { ...rancher, id: 'rancher-sibling', name: 'Rancher Sibling', aliases: [], repository: undefined };
    expect(mergesOf([rancherManager], shape, [...builtIn, sibling]).report.merged).toEqual([]);
  });
});

describe.skipIf(!landscape2026.available)(`merging the CNCF Landscape of 2026-08-07${landscape2026.skipNote}`, () => {
  // Read only when the file is there: a skipped suite's body still runs to collect its tests.
  let merged: ReturnType<typeof mergeLandscapeIntoCatalogue>;
  beforeAll(() => {
    merged = mergeLandscapeIntoCatalogue(builtIn, importLandscapeFile(landscape2026.read(), 'cncf-landscape-2026-08-07.yml', IMPORTED_AT));
  });

  it('lists every merge with its rule, and each pairs a listing with the product it is', () => {
    // Read one by one: each landscape listing on the left is the built-in product on the right.
    expect(merged.report.merged.map(({ name, builtInId, rule }) => `${name} → ${builtInId} (${rule})`)).toEqual([
      'Terraform → terraform (name)',
      'Google Container Registry → container-registry (alias)',
      'Quay → quay (name)',
      'Dex → dex (name)',
      'Sonobuoy → sonobuoy (name)',
      'Diamanti → diamanti (name)',
      'Longhorn → longhorn (name)',
      'MinIO → minio (name)',
      'Portworx → portworx-px-series (alias)',
      'Rook → rook (name)',
      'Velero → ark (alias)',
      'containerd → containerd (name)',
      'rkt → rkt (name)',
      'CNI-Genie → cni-genie (name)',
      'Container Network Interface (CNI) → cni (name)',
      'Flannel → flannel (name)',
      'Open vSwitch → open-vswitch (name)',
      'Project Calico → calico (alias)',
      'Kubernetes → kubernetes (name)',
      'etcd → etcd (name)',
      'gRPC → grpc (name)',
      'Kong → kong (name)',
      'Istio → istio (name)',
      'Linkerd → linkerd (name)',
      'Redis → redis (name)',
      'Vitess → vitess (name)',
      'Helm → helm (name)',
      'Open Service Broker API → open-service-broker-api (name)',
      'Telepresence → telepresence (name)',
      'Google Cloud Build → container-builder (alias)',
      'Canonical Charmed Kubernetes → canonical-distribution-of-kubernetes (name-variant)',
      'Kublr → kublr (name)',
      'Platform9 Managed Kubernetes → platform9-managed-kubernetes (name)',
      'Rancher Kubernetes → rancher (repository)',
      'Red Hat OpenShift → openshift-container-platform (alias)',
      'Google Kubernetes Engine (GKE) → google-container-engine (alias)',
      'IBM Cloud Kubernetes Service → ibm-bluemix-container-service (alias)',
      'Red Hat OpenShift Dedicated → openshift-dedicated (name-variant)',
      'kOps → kops (name)',
      'Kubespray → kubespray (name)',
      'minikube → minikube (name)',
      'Fission → fission (name)',
      'AppDynamics → appdynamics (name)',
      'Dynatrace → dynatrace (name)',
      'Fluentd → fluentd (name)',
      'OpenTracing → opentracing-api (alias)',
      'Prometheus → prometheus (name)',
      'StackState → stackstate (name)',
    ]);
  });

  it('leaves one Rancher row', () => {
    expect(merged.entries.filter((entry) => /^rancher( kubernetes)?$/iu.test(entry.name)).map((entry) => entry.id)).toEqual(['rancher']);
    expect(merged.report.added).not.toContain('Rancher Kubernetes');
  });
});
