import { describe, expect, it } from 'vitest';
import bundled from '../../data/conformance/k8s-conformance.json';
import catalogueJson from '../../data/catalogue/products.json';
import { builtInCatalogueSchema, catalogueEntrySchema, type CatalogueEntry } from '../catalogue/schema';
import profilesJson from '../../data/distributions/profiles.json';
import { distributionProfilesSchema } from '../distributions/profile-schema';
import { type CertifiedProduct, type ConformanceDataset, conformanceDatasetSchema } from './conformance-schema';
import { mergeConformanceIntoCatalogue } from './merge-conformance';

function product(fields: Partial<CertifiedProduct> & Pick<CertifiedProduct, 'id' | 'name'>): CertifiedProduct {
  const versions = fields.versions ?? ['v1.35'];
  return {
    vendor: 'Vendor',
    declaredTypes: [],
    versions,
    submissions: versions.map((version) => ({ version, slug: fields.id })),
    ...fields,
  };
}

function dataset(products: CertifiedProduct[]): ConformanceDataset {
  return { source: 'test', versions: ['v1.33', 'v1.34', 'v1.35'], products, unreadSubmissions: [] };
}

const row = (id: string, name: string, extra: Partial<CatalogueEntry> = {}): CatalogueEntry => ({
  id,
  name,
  aliases: [],
  tags: [],
  sources: [{ kind: 'seed', section: 'distributions', seedName: name }],
  ...extra,
});

describe('certified products into catalogue rows', () => {
  it('joins a row by name, adds the certification and its source, and keeps one row per product', () => {
    const { entries, merged, added } = mergeConformanceIntoCatalogue(
      [row('kubespray', 'Kubespray')],
      dataset([product({ id: 'kubespray', name: 'kubespray', type: 'installer', versions: ['v1.33', 'v1.34'] })]),
      'bundled',
    );
    expect(entries).toHaveLength(1);
    expect(merged).toEqual([{ name: 'kubespray', rowId: 'kubespray' }]);
    expect(added).toEqual([]);
    expect(entries[0]?.certification).toEqual({ type: 'installer', versions: ['v1.33', 'v1.34'], latest: 'v1.34', lag: 1 });
    expect(entries[0]?.tags).toContain('installer');
    expect(entries[0]?.sources.at(-1)).toEqual({ kind: 'k8s-conformance', dataset: 'bundled', folders: ['kubespray'] });
  });

  it('joins by a homepage only one product and one row have', () => {
    const { entries } = mergeConformanceIntoCatalogue(
      [row('acme', 'Acme Platform', { homepage: 'https://www.acme.example/k8s/' })],
      dataset([product({ id: 'acme-k8s', name: 'Acme Kubernetes Engine', website: 'http://acme.example/k8s' })]),
      'bundled',
    );
    expect(entries).toHaveLength(1);
    expect(entries[0]?.certification?.latest).toBe('v1.35');
  });

  it('does not join by a website several products share', () => {
    const shared = 'https://gardener.example';
    const { entries, added } = mergeConformanceIntoCatalogue(
      [row('gardener', 'Gardener', { homepage: shared })],
      dataset([
        product({ id: 'gardener-aws', name: 'Gardener on AWS', website: shared }),
        product({ id: 'gardener-gcp', name: 'Gardener on GCP', website: shared }),
      ]),
      'bundled',
    );
    expect(added).toEqual(['Gardener on AWS', 'Gardener on GCP']);
    expect(entries[0]?.certification).toBeUndefined();
  });

  it('adds an unknown product as a row of its own, tagged by its type, with its vendor and links', () => {
    const { entries } = mergeConformanceIntoCatalogue(
      [],
      dataset([product({ id: 'Cloudy', name: 'Cloudy KS', type: 'hosted', website: 'https://cloudy.example', versions: ['v1.33'] })]),
      'k8s-conformance.zip',
    );
    const [entry] = entries;
    expect(catalogueEntrySchema.parse(entry)).toEqual(entry);
    expect(entry).toMatchObject({ id: 'k8s-cloudy', organization: 'Vendor', tags: ['managed-service'], homepage: 'https://cloudy.example' });
    expect(entry?.certification).toMatchObject({ latest: 'v1.33', lag: 2 });
  });

  it('merges the bundled data into the built-in catalogue with valid rows, each product once', () => {
    const data = conformanceDatasetSchema.parse(bundled);
    const builtIn = builtInCatalogueSchema.parse(catalogueJson).entries;
    const profiles = distributionProfilesSchema.parse(profilesJson).profiles;
    const { entries, merged, added } = mergeConformanceIntoCatalogue(builtIn, data, 'bundled', profiles);
    for (const entry of entries) catalogueEntrySchema.parse(entry);
    expect(merged.length + added.length).toBe(data.products.length);
    expect(new Set(merged.map((item) => item.rowId)).size).toBe(merged.length);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    expect(byId.get('openshift-container-platform')?.certification).toMatchObject({ latest: 'v1.35', lag: 0, type: 'distribution' });
    expect(byId.get('canonical-distribution-of-kubernetes')?.certification?.latest).toBe('v1.35');
    expect(entries.filter((entry) => /openshift container platform/iu.test(entry.name))).toHaveLength(1);
  });
});

describe('the bundled conformance data', () => {
  const data = conformanceDatasetSchema.parse(bundled);

  it('covers v1.28 to v1.35 and keeps no e-mail address or description', () => {
    expect(data.versions).toEqual(['v1.28', 'v1.29', 'v1.30', 'v1.31', 'v1.32', 'v1.33', 'v1.34', 'v1.35']);
    const text = JSON.stringify(bundled);
    expect(text).not.toMatch(/@[a-z0-9-]+\.[a-z]{2,}/iu);
    expect(text).not.toMatch(/"description"/u);
  });

  it('records the commit of every PRODUCT.yaml it read: 121 + 119 files of v1.34 and v1.35 but the two damaged ones', () => {
    const read = data.products.flatMap((item) => item.submissions).filter((item) => item.version === 'v1.34' || item.version === 'v1.35');
    expect(read.filter((item) => item.commit !== undefined)).toHaveLength(238);
  });
});

describe('bridges from the distribution profiles', () => {
  it('join a product to the row its profile names, however differently the two spell it', () => {
    const { entries, merged } = mergeConformanceIntoCatalogue(
      [row('openshift-container-platform', 'Red Hat OpenShift Container Platform')],
      dataset([product({ id: 'openshift', name: 'OpenShift Container Platform by Red Hat', type: 'distribution' })]),
      'bundled',
      [{ catalogueNames: ['Red Hat OpenShift Container Platform'], conformanceFolders: ['openshift'] }],
    );
    expect(entries).toHaveLength(1);
    expect(merged).toEqual([{ name: 'OpenShift Container Platform by Red Hat', rowId: 'openshift-container-platform' }]);
  });
});
