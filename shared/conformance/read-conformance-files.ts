/**
 * Reading a checkout or download of cncf/k8s-conformance, or any part of one: only
 * `vX.Y/<slug>/PRODUCT.yaml` is read (logs, JUnit files and READMEs are ignored), each damaged file
 * is reported by its path and skipped, and the rest become one record per product with every version
 * it is certified for.
 *
 * What is one product. A folder name (lower-cased) names one product across versions, and so does a
 * product name's merge key ({@link normalizeProductName}): "Amazon EKS" in one version and "Amazon
 * Elastic Kubernetes Service (Amazon EKS)" in the next share their folder `eks`. The newest file's
 * facts (name, vendor, links, product version) describe the product.
 */
import { parse } from 'yaml';
import { normalizeProductName } from '../catalogue/normalize-name';
import {
  type CertifiedProduct,
  type ConformanceDataset,
  type ConformanceImportReport,
  type DamagedFile,
  type DamagedReason,
  type KubernetesVersion,
  type TypeCount,
  MAX_PRODUCT_FILE_BYTES,
  classifyConformanceType,
  compareVersions,
} from './conformance-schema';
import { productFileLocation } from './product-file-location';
import { UserError } from '../user-error';


/** A file of the checkout, its path relative to a folder above the version folders (or to the zip's root). */
export interface ConformanceFile {
  path: string;
  text: string;
  /** Set, with an empty `text`, for a product file too large to be one, which was therefore not read. */
  oversized?: boolean;
}

interface ProductFacts {
  vendor: string;
  name: string;
  productVersion?: string;
  declaredType?: string;
  website?: string;
  repository?: string;
  documentation?: string;
}

type ParsedFile = { ok: true; facts: ProductFacts } | { ok: false; reason: DamagedReason; detail: string };

/** The facts of one PRODUCT.yaml; the description and contact address are not read at all. */
export function parseProductFile(text: string): ParsedFile {
  if (new TextEncoder().encode(text).length > MAX_PRODUCT_FILE_BYTES) return tooLarge();
  let data: unknown;
  try {
    // PRODUCT.yaml files use no aliases; a file that needs many is not one.
    data = parse(text, { maxAliasCount: 10 });
  } catch (error) {
    const reason = ((error as Error).message.split('\n')[0] ?? '').trim();
    return { ok: false, reason: 'not-yaml', detail: `not valid YAML: ${reason}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, reason: 'not-mapping', detail: 'not a mapping of fields' };
  }
  const fields = data as Record<string, unknown>;
  const name = textField(fields.name);
  if (name === undefined) return { ok: false, reason: 'missing-name', detail: 'no product name' };
  const vendor = textField(fields.vendor);
  if (vendor === undefined) return { ok: false, reason: 'missing-vendor', detail: 'no vendor' };
  const facts: ProductFacts = { vendor, name };
  const productVersion = textField(fields.version);
  if (productVersion !== undefined) facts.productVersion = productVersion;
  const declaredType = textField(fields.type);
  if (declaredType !== undefined) facts.declaredType = declaredType;
  const website = webUrl(fields.website_url);
  if (website !== undefined) facts.website = website;
  const repository = webUrl(fields.repo_url);
  if (repository !== undefined) facts.repository = repository;
  const documentation = webUrl(fields.documentation_url);
  if (documentation !== undefined) facts.documentation = documentation;
  return { ok: true, facts };
}

function tooLarge(): ParsedFile {
  return { ok: false, reason: 'too-large', detail: `larger than ${MAX_PRODUCT_FILE_BYTES / 1024} KB, which no PRODUCT.yaml is` };
}

function textField(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}

/** Only http(s) links are kept: the app opens them. */
function webUrl(value: unknown): string | undefined {
  const text = textField(value);
  if (text === undefined || !/^https?:\/\//iu.test(text)) return undefined;
  return URL.canParse(text) ? text : undefined;
}

interface ProductUnderConstruction {
  product: CertifiedProduct;
  /** The version whose file gave the current facts. */
  factsFrom: KubernetesVersion;
}

/**
 * The products of a set of files, and the report of what was read. `source` names the folder or zip
 * in the report and the dataset; `ignoredBefore` counts files the caller already left out unread.
 */
export function readConformanceFiles(
  files: readonly ConformanceFile[],
  source: string,
  ignoredBefore = 0,
): { dataset: ConformanceDataset; report: ConformanceImportReport } {
  const located: { file: ConformanceFile; version: KubernetesVersion; slug: string }[] = [];
  let ignoredFiles = ignoredBefore;
  for (const file of files) {
    const location = productFileLocation(file.path);
    if (location) located.push({ file, ...location });
    else ignoredFiles += 1;
  }
  // Oldest first, so that a newer file's facts replace an older one's.
  located.sort((left, right) => compareVersions(left.version, right.version) || left.slug.localeCompare(right.slug));

  const damaged: DamagedFile[] = [];
  const bySlug = new Map<string, ProductUnderConstruction>();
  const byName = new Map<string, ProductUnderConstruction>();
  const products: ProductUnderConstruction[] = [];

  for (const { file, version, slug } of located) {
    const parsed = file.oversized ? tooLarge() : parseProductFile(file.text);
    if (!parsed.ok) {
      damaged.push({ path: file.path, reason: parsed.reason, detail: `${file.path}: ${parsed.detail}; skipped.` });
      continue;
    }
    const slugKey = slug.toLowerCase();
    const nameKey = normalizeProductName(parsed.facts.name);
    let entry = bySlug.get(slugKey) ?? byName.get(nameKey);
    if (!entry) {
      entry = { product: emptyProduct(slugKey, parsed.facts, version), factsFrom: version };
      products.push(entry);
    }
    addSubmission(entry, parsed.facts, version, slug);
    bySlug.set(slugKey, entry);
    byName.set(nameKey, entry);
  }

  const versions = [...new Set(located.map((item) => item.version))].sort(compareVersions);
  if (versions.length === 0) throw new UserError('invalid-file', 'conformance.noProductFiles', { source, count: files.length + ignoredBefore });
  const certified = products.map((entry) => entry.product);
  const dataset: ConformanceDataset = {
    source: `PRODUCT.yaml files of cncf/k8s-conformance (Apache-2.0), imported from ${source}`,
    importedFrom: source,
    versions,
    products: certified,
    unreadSubmissions: [],
  };
  return { dataset, report: reportOf(source, located.length, ignoredFiles, damaged, certified) };
}

function emptyProduct(id: string, facts: ProductFacts, version: KubernetesVersion): CertifiedProduct {
  return { id, vendor: facts.vendor, name: facts.name, declaredTypes: [], versions: [version], submissions: [] };
}

function addSubmission(entry: ProductUnderConstruction, facts: ProductFacts, version: KubernetesVersion, slug: string): void {
  const { product } = entry;
  if (!product.versions.includes(version)) product.versions.push(version);
  product.versions.sort(compareVersions);
  product.submissions.push({ version, slug });
  if (facts.declaredType !== undefined && !product.declaredTypes.includes(facts.declaredType)) {
    product.declaredTypes.push(facts.declaredType);
  }
  if (compareVersions(version, entry.factsFrom) < 0) return;
  entry.factsFrom = version;
  product.id = slug.toLowerCase();
  product.vendor = facts.vendor;
  product.name = facts.name;
  setOrDelete(product, 'productVersion', facts.productVersion);
  setOrDelete(product, 'website', facts.website);
  setOrDelete(product, 'repository', facts.repository);
  setOrDelete(product, 'documentation', facts.documentation);
  const type = facts.declaredType === undefined ? undefined : classifyConformanceType(facts.declaredType);
  // An ambiguous newer file keeps the type an older file stated clearly.
  if (type !== undefined) product.type = type;
}

function setOrDelete<K extends 'productVersion' | 'website' | 'repository' | 'documentation'>(
  product: CertifiedProduct,
  key: K,
  value: string | undefined,
): void {
  if (value === undefined) delete product[key];
  else product[key] = value;
}

export function reportOf(
  source: string,
  productFiles: number,
  ignoredFiles: number,
  damaged: DamagedFile[],
  products: readonly CertifiedProduct[],
): ConformanceImportReport {
  const perVersion = new Map<KubernetesVersion, number>();
  const perType: TypeCount = { distribution: 0, hosted: 0, installer: 0, unclassified: 0 };
  for (const product of products) {
    for (const version of product.versions) perVersion.set(version, (perVersion.get(version) ?? 0) + 1);
    perType[product.type ?? 'unclassified'] += 1;
  }
  return {
    source,
    productFiles,
    ignoredFiles,
    damaged,
    products: products.length,
    perVersion: [...perVersion.entries()]
      .sort(([left], [right]) => compareVersions(right, left))
      .map(([version, count]) => ({ version, products: count })),
    perType,
  };
}

