/**
 * Certified products into catalogue rows, one row per product: a product joins the row a curated
 * bridge names for its folder (the distribution profiles say that folder `openshift` is the seed's
 * "Red Hat OpenShift Container Platform"), else the row whose name or alias shares its merge key
 * ({@link normalizeProductName}), as a landscape listing does, or else the row whose homepage or
 * repository is its website or repository. A URL only joins when no other
 * product or row has it: the SAP and Gardener submissions share one website per vendor, and
 * `github.com/kubernetes/kubernetes` is the repository of many hosted services.
 */
import { comparableUrl } from '../catalogue/product-matching';
import { normalizeForMatching, normalizeProductName } from '../catalogue/normalize-name';
import type { CatalogueEntry, CatalogueTag, EntryCertification } from '../catalogue/schema';
import {
  type CertifiedProduct,
  type ConformanceDataset,
  type ConformanceType,
  minorOf,
  newestVersionOf,
} from './conformance-schema';

const TAG_OF_TYPE: Record<ConformanceType, CatalogueTag> = {
  distribution: 'distribution',
  hosted: 'managed-service',
  installer: 'installer',
};

export interface ConformanceMergeResult {
  entries: CatalogueEntry[];
  /** Products that joined an existing row, with that row's id. */
  merged: { name: string; rowId: string }[];
  /** Products that became rows of their own. */
  added: string[];
}

/** The certification a row shows: versions, the latest one and how far it is behind the newest in the data. */
export function certificationOf(product: CertifiedProduct, newestMinor: number): EntryCertification {
  const latest = product.versions.at(-1) ?? product.versions[0]!;
  const certification: EntryCertification = {
    versions: product.versions,
    latest,
    lag: Math.max(0, newestMinor - minorOf(latest)),
  };
  if (product.type !== undefined) certification.type = product.type;
  if (product.productVersion !== undefined) certification.productVersion = product.productVersion;
  if (product.documentation !== undefined) certification.documentation = product.documentation;
  return certification;
}

/** Catalogue names and the conformance folders of the same product, as the distribution profiles record them. */
export interface CatalogueBridge {
  catalogueNames: readonly string[];
  conformanceFolders: readonly string[];
}

export function mergeConformanceIntoCatalogue(
  catalogue: readonly CatalogueEntry[],
  dataset: ConformanceDataset,
  datasetLabel: string,
  bridges: readonly CatalogueBridge[] = [],
): ConformanceMergeResult {
  const entries = [...catalogue];
  const newestMinor = minorOf(newestVersionOf(dataset));
  const rowByName = new Map<string, number>();
  catalogue.forEach((entry, index) => {
    for (const name of [entry.name, ...entry.aliases]) {
      const key = normalizeProductName(name);
      if (!rowByName.has(key)) rowByName.set(key, index);
    }
  });
  const rowByFolder = new Map<string, number>();
  for (const bridge of bridges) {
    const row = bridge.catalogueNames.map((name) => rowByName.get(normalizeProductName(name))).find((index) => index !== undefined);
    if (row === undefined) continue;
    for (const folder of bridge.conformanceFolders) rowByFolder.set(folder.toLowerCase(), row);
  }
  const rowByUrl = uniqueIndex(catalogue.map((entry) => [entry.homepage, entry.repository]));
  const productUrlCounts = countUrls(dataset.products.map((product) => [product.website, product.repository]));
  const usedIds = new Set(catalogue.map((entry) => entry.id));
  const claimedRows = new Set<number>();
  const result: ConformanceMergeResult = { entries, merged: [], added: [] };

  for (const product of dataset.products) {
    const bridged = product.submissions.map((item) => rowByFolder.get(item.slug.toLowerCase())).find((index) => index !== undefined);
    const row = bridged ?? rowByName.get(normalizeProductName(product.name)) ?? rowByUniqueUrl(product, rowByUrl, productUrlCounts);
    const certification = certificationOf(product, newestMinor);
    const source = { kind: 'k8s-conformance' as const, dataset: datasetLabel, folders: [...new Set(product.submissions.map((item) => item.slug))] };
    const target = row === undefined || claimedRows.has(row) ? undefined : entries[row];
    if (row !== undefined && target !== undefined) {
      claimedRows.add(row);
      entries[row] = joinRow(target, product, certification, source);
      result.merged.push({ name: product.name, rowId: target.id });
      continue;
    }
    const entry: CatalogueEntry = {
      id: uniqueId(`k8s-${slug(product.id)}`, usedIds),
      name: product.name,
      aliases: [],
      organization: product.vendor,
      tags: product.type === undefined ? [] : [TAG_OF_TYPE[product.type]],
      sources: [source],
      certification,
    };
    if (product.website !== undefined) entry.homepage = product.website;
    if (product.repository !== undefined) entry.repository = product.repository;
    entries.push(entry);
    result.added.push(product.name);
  }
  return result;
}

function joinRow(
  row: CatalogueEntry,
  product: CertifiedProduct,
  certification: EntryCertification,
  source: CatalogueEntry['sources'][number],
): CatalogueEntry {
  const tags = product.type === undefined ? row.tags : [...new Set([...row.tags, TAG_OF_TYPE[product.type]])];
  const joined: CatalogueEntry = { ...row, tags, sources: [...row.sources, source], certification };
  if (joined.homepage === undefined && product.website !== undefined) joined.homepage = product.website;
  if (joined.repository === undefined && product.repository !== undefined) joined.repository = product.repository;
  if (joined.organization === undefined) joined.organization = product.vendor;
  return joined;
}

function countUrls(urlLists: readonly (readonly (string | undefined)[])[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const urls of urlLists) {
    for (const url of new Set(urls.filter((item) => item !== undefined).map(comparableUrl))) {
      counts.set(url, (counts.get(url) ?? 0) + 1);
    }
  }
  return counts;
}

/** Each URL that exactly one row has, with that row's index. */
function uniqueIndex(urlLists: readonly (readonly (string | undefined)[])[]): Map<string, number> {
  const counts = countUrls(urlLists);
  const index = new Map<string, number>();
  urlLists.forEach((urls, row) => {
    for (const url of urls) {
      if (url === undefined) continue;
      const key = comparableUrl(url);
      if (counts.get(key) === 1) index.set(key, row);
    }
  });
  return index;
}

function rowByUniqueUrl(
  product: CertifiedProduct,
  rowByUrl: ReadonlyMap<string, number>,
  productUrlCounts: ReadonlyMap<string, number>,
): number | undefined {
  for (const url of [product.website, product.repository]) {
    if (url === undefined) continue;
    const key = comparableUrl(url);
    if (productUrlCounts.get(key) !== 1) continue;
    const row = rowByUrl.get(key);
    if (row !== undefined) return row;
  }
  return undefined;
}

function slug(text: string): string {
  const folded = normalizeForMatching(text).replace(/[^a-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '');
  return folded === '' ? 'product' : folded;
}

function uniqueId(base: string, usedIds: Set<string>): string {
  let id = base;
  for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${base}-${suffix}`;
  usedIds.add(id);
  return id;
}
