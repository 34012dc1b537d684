/**
 * Builds data/conformance/k8s-conformance.json, the bundled conformance data, from:
 * - the PRODUCT.yaml files of v1.34 and v1.35 collected in ../shared/data/k8s-conformance (read
 *   2026-11-29; the commit of each file is in that folder's README.md), read by the app's own importer;
 * - the folders of that README that hold no PRODUCT.yaml in the stored copy (certified, facts unread);
 * - listings-v1.28-v1.33.txt beside this script: the folder names (and PRODUCT.yaml commits) of
 *   v1.28 to v1.33, read 2026-11-30 with find_files; those files were not read, so a folder counts as a
 *   product the newer files describe when it has the same name, and as an unread submission otherwise.
 *
 * Run: npx tsx tests/tools/conformance/build-conformance-data.ts
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type ConformanceDataset,
  type ConformanceSubmission,
  compareVersions,
  conformanceDatasetSchema,
} from '../../../shared/conformance/conformance-schema';
import { readConformanceFiles } from '../../../shared/conformance/read-conformance-files';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '../../..');
const collected = join(root, '../shared/data/k8s-conformance');
const readVersions = ['v1.34', 'v1.35'];

const files = readVersions.flatMap((version) =>
  readdirSync(join(collected, version)).map((slug) => ({
    path: `${version}/${slug}/PRODUCT.yaml`,
    text: readFileSync(join(collected, version, slug, 'PRODUCT.yaml'), 'utf8'),
  })),
);
const { dataset: read, report } = readConformanceFiles(files, 'k8s-conformance');
if (report.damaged.length > 0) console.warn(report.damaged.map((file) => file.detail).join('\n'));

const readme = readFileSync(join(collected, 'README.md'), 'utf8');
const commits = new Map<string, string>();
let section = '';
const withoutFile: ConformanceSubmission[] = [];
for (const line of readme.split('\n')) {
  const heading = /^### (v1\.\d+)/u.exec(line);
  if (heading) section = heading[1]!;
  const row = /^\| `([^`]+)` \| ([0-9a-f]{40}) \|$/u.exec(line);
  if (row && section) commits.set(`${section}/${row[1]}`, row[2]!);
  const missing = /^- (v1\.\d+): (.*)$/u.exec(line);
  if (missing) {
    for (const slug of missing[2]!.matchAll(/`([^`]+)`/gu)) withoutFile.push({ version: missing[1]!, slug: slug[1]! });
  }
}

const listed: ConformanceSubmission[] = [];
for (const line of readFileSync(join(here, 'listings-v1.28-v1.33.txt'), 'utf8').split('\n')) {
  const match = /^(v1\.\d+) (.+) ([0-9a-f]{40})$/u.exec(line);
  if (match) listed.push({ version: match[1]!, slug: match[2]!, commit: match[3]! });
}

const bySlug = new Map(read.products.flatMap((product) => product.submissions.map((item) => [item.slug.toLowerCase(), product] as const)));
for (const product of read.products) {
  for (const submission of product.submissions) {
    const commit = commits.get(`${submission.version}/${submission.slug}`);
    if (commit !== undefined) submission.commit = commit;
  }
}
const unreadSubmissions: ConformanceSubmission[] = [];
for (const submission of [...withoutFile, ...listed]) {
  const product = bySlug.get(submission.slug.toLowerCase());
  if (!product) {
    unreadSubmissions.push(submission);
    continue;
  }
  if (product.submissions.some((item) => item.version === submission.version && item.slug === submission.slug)) continue;
  product.submissions.push(submission);
  if (!product.versions.includes(submission.version)) product.versions.push(submission.version);
}
for (const product of read.products) {
  product.versions.sort(compareVersions);
  product.submissions.sort((left, right) => compareVersions(left.version, right.version) || left.slug.localeCompare(right.slug));
}

const versions = [...new Set([...read.versions, ...listed.map((item) => item.version)])].sort(compareVersions);
const dataset: ConformanceDataset = {
  source:
    'Facts (vendor, name, product version, type, links, certified versions) of the vX.Y/<folder>/PRODUCT.yaml files of ' +
    'the public repository cncf/k8s-conformance (Apache-2.0); no descriptions and no e-mail addresses. v1.34 and v1.35: ' +
    'every PRODUCT.yaml, read 2026-11-29, commit per file in each submission. v1.28 to v1.33: folder listings read ' +
    '2026-11-30 (the first 100 folders of each version in path order, plus talos, tkgi, tencentcloud and ' +
    'vmware-vsphere-kubernetes-service checked one by one); a folder there counts for the product that has the same ' +
    'folder name in v1.34 or v1.35, otherwise it is listed under unreadSubmissions. Folders of v1.34 and v1.35 whose ' +
    'PRODUCT.yaml the stored copy lacks are counted the same way.',
  versions,
  products: read.products.sort((left, right) => left.name.localeCompare(right.name)),
  unreadSubmissions: unreadSubmissions.sort((left, right) => compareVersions(left.version, right.version) || left.slug.localeCompare(right.slug)),
};
delete dataset.importedFrom;
const checked = conformanceDatasetSchema.parse(dataset);
writeFileSync(join(root, 'data/conformance/k8s-conformance.json'), `${JSON.stringify(checked, null, 2)}\n`);
console.log(`${checked.products.length} products, ${checked.unreadSubmissions.length} unread submissions, versions ${versions.join(' ')}`);
