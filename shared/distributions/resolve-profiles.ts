import { type CertifiedProduct, type ConformanceDataset, compareVersions, minorOf, newestVersionOf } from '../conformance/conformance-schema';
import { certificationOf } from '../conformance/merge-conformance';
import type { DistributionProfiles, ResolvedDistributionProfile, ResolvedDistributionProfiles } from './profile-schema';

/**
 * Each profile with its certification read from the conformance data in use (bundled or imported):
 * the versions of every product submitted under one of the profile's folders. The latest certified
 * version is never typed into a profile, so an import of a newer checkout updates it.
 */
export function resolveDistributionProfiles(data: DistributionProfiles, dataset: ConformanceDataset): ResolvedDistributionProfiles {
  const newest = newestVersionOf(dataset);
  const productsByFolder = new Map<string, CertifiedProduct[]>();
  for (const product of dataset.products) {
    for (const folder of new Set(product.submissions.map((submission) => submission.slug.toLowerCase()))) {
      productsByFolder.set(folder, [...(productsByFolder.get(folder) ?? []), product]);
    }
  }
  const profiles = data.profiles.map((profile): ResolvedDistributionProfile => {
    const products = [...new Set(profile.conformanceFolders.flatMap((folder) => productsByFolder.get(folder.toLowerCase()) ?? []))];
    const [first] = products;
    if (!first) return { ...profile, certification: null };
    const versions = [...new Set(products.flatMap((product) => product.versions))].sort(compareVersions);
    return { ...profile, certification: certificationOf({ ...first, versions }, minorOf(newest)) };
  });
  return { source: data.source, newestVersion: newest, profiles };
}
