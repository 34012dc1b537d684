import { beforeAll, describe, expect, it } from 'vitest';
import conformanceJson from '../../../data/conformance/k8s-conformance.json';
import profilesJson from '../../../data/distributions/profiles.json';
import { conformanceDatasetSchema } from '../../../shared/conformance/conformance-schema';
import { profileForEntry } from '../../../shared/distributions/match-profile';
import { distributionProfilesSchema } from '../../../shared/distributions/profile-schema';
import { resolveDistributionProfiles } from '../../../shared/distributions/resolve-profiles';
import type { Translate } from '../catalogue/catalogue-fields';
import { catalogueT, entry } from '../catalogue/catalogue-test-support';
import { buildTimeline, comparisonToCsv, comparisonToMarkdown } from './comparison-export';
import { type ComparedProduct, buildProfileComparison, profileAttributes } from './profile-comparison';

let t: Translate;
let zh: Translate;
beforeAll(async () => {
  t = await catalogueT('en');
  zh = await catalogueT('zh-CN');
});

const dataset = conformanceDatasetSchema.parse(conformanceJson);
const profiles = resolveDistributionProfiles(distributionProfilesSchema.parse(profilesJson), dataset).profiles;

function compared(name: string, versions: string[] | undefined): ComparedProduct {
  const row = entry({
    id: name.toLowerCase().replace(/[^a-z0-9]+/gu, '-'),
    name,
    ...(versions ? { certification: { versions, latest: versions.at(-1)!, lag: 35 - Number(versions.at(-1)!.slice(3)) } } : {}),
  });
  return { entry: row, profile: profileForEntry(profiles, row) };
}

const products = [
  compared('Red Hat OpenShift Container Platform', ['v1.34', 'v1.35']),
  compared('Talos Linux', ['v1.33']),
  compared('Unprofiled Kubernetes', undefined),
];

describe('the profile matrix', () => {
  it('has a line per attribute with a cell per product, sourced values and marked unknowns', () => {
    const lines = buildProfileComparison(products, t, 'en');
    expect(lines.map((line) => line.id)).toEqual([...profileAttributes]);
    const cni = lines.find((line) => line.id === 'defaultCni')!;
    expect(cni.cells.map((cell) => cell.text)).toEqual(['OVN-Kubernetes', 'Flannel', 'not known']);
    expect(cni.cells.map((cell) => cell.unknown)).toEqual([false, false, true]);
    expect(cni.cells[1]?.source).toBe('Sidero Labs documentation: Flannel CNI');
    expect(cni.differs).toBe(true);
    const latest = lines.find((line) => line.id === 'latestCertified')!;
    expect(latest.cells.map((cell) => cell.text)).toEqual([
      'v1.35 (current)',
      'v1.33 (2 minor versions behind v1.35)',
      'No certified product in the conformance data',
    ]);
  });

  it('says which install targets are known and that the rest are not', () => {
    const targets = buildProfileComparison(products, t, 'en').find((line) => line.id === 'installTargets')!;
    expect(targets.cells[0]?.text).toBe('Bare metal, vSphere, AWS, Azure, GCP; others not known');
    expect(targets.cells[2]?.unknown).toBe(true);
  });

  it('does not mark a line as differing when every product is equally unknown', () => {
    const fips = buildProfileComparison(products, t, 'en').find((line) => line.id === 'fips')!;
    expect(fips.cells.every((cell) => cell.unknown)).toBe(true);
    expect(fips.differs).toBe(false);
  });

  it('speaks Chinese with Chinese list punctuation', () => {
    const lines = buildProfileComparison(products, zh, 'zh-CN');
    expect(lines.find((line) => line.id === 'defaultCni')?.cells[2]?.text).toBe('未知');
    expect(lines.find((line) => line.id === 'installTargets')?.cells[0]?.text).toBe('裸金属、vSphere、AWS、Azure、GCP；其他未知');
  });
});

describe('exporting the comparison', () => {
  const versions = ['v1.33', 'v1.34', 'v1.35'];

  it('builds the timeline from each row certification', () => {
    expect(buildTimeline(products, versions)).toEqual([
      { name: 'Red Hat OpenShift Container Platform', certified: [false, true, true] },
      { name: 'Talos Linux', certified: [true, false, false] },
      { name: 'Unprofiled Kubernetes', certified: [false, false, false] },
    ]);
  });

  it('writes Markdown with the matrix, unknowns in italics, the timeline and the cited pages', () => {
    const lines = buildProfileComparison(products, t, 'en');
    const markdown = comparisonToMarkdown({ products, lines, versions, timeline: buildTimeline(products, versions) }, t);
    expect(markdown).toContain('# Comparison of Red Hat OpenShift Container Platform, Talos Linux, Unprofiled Kubernetes');
    expect(markdown).toContain('| Default CNI | OVN-Kubernetes | Flannel | *not known* |');
    expect(markdown).toContain('| Talos Linux | ✓ | — | — |');
    expect(markdown).toContain('[Talos Linux v1.15: System Requirements](https://docs.siderolabs.com/talos/v1.15/getting-started/system-requirements)');
  });

  it('writes CSV with a value and a source column per product, then the timeline', () => {
    const lines = buildProfileComparison(products, t, 'en');
    const csv = comparisonToCsv({ products, lines, versions, timeline: buildTimeline(products, versions) }, t);
    const records = csv.replace(/^\uFEFF/u, '').trimEnd().split('\r\n');
    expect(records[0]).toBe(
      'Attribute,Red Hat OpenShift Container Platform,Red Hat OpenShift Container Platform (Sources),Talos Linux,Talos Linux (Sources),Unprofiled Kubernetes,Unprofiled Kubernetes (Sources)',
    );
    expect(records).toContain('Default CNI,OVN-Kubernetes,"OpenShift Container Platform 4.18: Installing on VMware vSphere, defaultNetwork object",Flannel,Sidero Labs documentation: Flannel CNI,not known,');
    expect(records.at(-1)).toBe('Certified v1.35,Yes,,No,,No,');
  });
});
