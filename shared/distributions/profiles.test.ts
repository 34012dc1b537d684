import { describe, expect, it } from 'vitest';
import catalogueJson from '../../data/catalogue/products.json';
import networkPlugins from '../../data/choices/network-plugins.json';
import storageOptions from '../../data/choices/storage-options.json';
import conformanceJson from '../../data/conformance/k8s-conformance.json';
import profilesJson from '../../data/distributions/profiles.json';
import { normalizeProductName } from '../catalogue/normalize-name';
import { builtInCatalogueSchema } from '../catalogue/schema';
import { withProductStatuses } from '../catalogue/product-status';
import { conformanceDatasetSchema } from '../conformance/conformance-schema';
import { citedSources, distributionProfilesSchema } from './profile-schema';
import { resolveDistributionProfiles } from './resolve-profiles';

const data = distributionProfilesSchema.parse(profilesJson);
const conformance = conformanceDatasetSchema.parse(conformanceJson);
// Statuses live in one record (data/catalogue/product-status.json), attached as main serves the rows.
const catalogue = withProductStatuses(builtInCatalogueSchema.parse(catalogueJson).entries);

describe('the distribution profiles', () => {
  it('hold at least 30 products, among them the big clouds, the leading installers and the seed distributions still alive', () => {
    const ids = data.profiles.map((profile) => profile.id);
    expect(ids.length).toBeGreaterThanOrEqual(30);
    expect(ids).toEqual(expect.arrayContaining(['openshift', 'rke2', 'k3s', 'talos', 'eks', 'gke', 'aks', 'oke', 'ack', 'iks']));
    expect(ids).toEqual(expect.arrayContaining(['kubeadm', 'kops', 'kubespray', 'cluster-api', 'charmed-kubernetes', 'k0s']));
    // The seed's distributions section also lists tools that run on a cluster (Fission, a serverless
    // framework); a profile is for what gives a team a cluster: a distribution, a hosted service or an installer.
    const givesACluster = (tags: readonly string[]) => tags.some((tag) => tag === 'distribution' || tag === 'managed-service' || tag === 'installer');
    const alive = catalogue.filter((entry) => entry.seedSection === 'distributions' && entry.status?.state === 'active' && givesACluster(entry.tags));
    const seedNames = new Set(data.profiles.flatMap((profile) => (profile.seedName ? [normalizeProductName(profile.seedName)] : [])));
    for (const entry of alive) expect(seedNames, entry.name).toContain(normalizeProductName(entry.name));
  });

  it('cite only sources they list, the seed or the conformance data', () => {
    expect(() => distributionProfilesSchema.parse({ ...data, profiles: [{ ...data.profiles[0], vendor: { value: 'x', source: 'nowhere' } }, ...data.profiles.slice(1)] })).toThrow(/unknown source \\"nowhere\\"/u);
    for (const profile of data.profiles) {
      for (const { source } of citedSources(profile)) expect(['seed', 'conformance', ...Object.keys(profile.sources)]).toContain(source);
    }
  });

  it('name only network plugins and storage options the app knows', () => {
    const sdn = new Set(networkPlugins.options.map((option) => option.id));
    const storage = new Set(storageOptions.options.map((option) => option.id));
    for (const profile of data.profiles) {
      for (const id of Object.keys(profile.sdnSupport)) expect(sdn, `${profile.id}: ${id}`).toContain(id);
      for (const id of Object.keys(profile.storageSupport)) expect(storage, `${profile.id}: ${id}`).toContain(id);
    }
  });

  it('give a seed product the Table 1.1 type the catalogue records for it', () => {
    for (const profile of data.profiles) {
      if (profile.tableType?.source !== 'seed') continue;
      const row = catalogue.find((entry) => normalizeProductName(entry.name) === normalizeProductName(profile.seedName ?? ''));
      expect(row?.distributionType, profile.id).toBe(profile.tableType.value);
    }
  });

  it('take a vendor marked "conformance" exactly from the conformance data', () => {
    const resolved = resolveDistributionProfiles(data, conformance);
    for (const profile of data.profiles) {
      if (profile.vendor?.source !== 'conformance') continue;
      const folders = new Set(profile.conformanceFolders.map((folder) => folder.toLowerCase()));
      const vendors = conformance.products
        .filter((product) => product.submissions.some((submission) => folders.has(submission.slug.toLowerCase())))
        .map((product) => product.vendor);
      expect(vendors, profile.id).toContain(profile.vendor.value);
    }
    expect(resolved.profiles).toHaveLength(data.profiles.length);
  });
});

describe('resolving a profile against the conformance data', () => {
  const resolved = new Map(resolveDistributionProfiles(data, conformance).profiles.map((profile) => [profile.id, profile]));

  it('reads the latest certified version and lag from the data, never from the profile', () => {
    expect(resolved.get('openshift')?.certification).toMatchObject({ latest: 'v1.35', lag: 0, type: 'distribution' });
    expect(resolved.get('talos')?.certification?.versions).toEqual(['v1.28', 'v1.29', 'v1.31', 'v1.32', 'v1.33', 'v1.34', 'v1.35']);
    expect(resolved.get('cluster-api')?.certification).toBeNull();
  });

  it('follows a newer dataset: an import that only has v1.36 for k3s makes every other profile lag', () => {
    const k3s = conformance.products.find((product) => product.id === 'k3s')!;
    const newer = { ...conformance, versions: [...conformance.versions, 'v1.36'], products: [{ ...k3s, versions: [...k3s.versions, 'v1.36'] }] };
    const again = new Map(resolveDistributionProfiles(data, newer).profiles.map((profile) => [profile.id, profile]));
    expect(again.get('k3s')?.certification).toMatchObject({ latest: 'v1.36', lag: 0 });
    expect(again.get('openshift')?.certification).toBeNull();
  });
});
