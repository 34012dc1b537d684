/**
 * Folding the items of a landscape file into products. Inside a readable file, single bad items do not
 * refuse the rest: an item without a name, or a second product under a name already used, is skipped
 * and listed in the import report with its category, subcategory, line and reason, because the user can
 * still use the other 2,000 items and can see exactly what was left out.
 *
 * What counts as a duplicate. The landscape lists some products in several subcategories: older files
 * through `second_path`, the 2026-08-07 file also by repeating the item (k0rdent, Kgateway, MockServer,
 * TruLens…). Two items whose names share a merge key ({@link normalizeProductName}) are one product
 * listed twice when their homepages or their repositories agree, or when there is nothing to compare:
 * the product is imported once with every path it is listed under. Only a same-name item whose homepage
 * or repository contradicts the first (in that file: DeepFlow, listed with deepflow.yunshan.net and with
 * deepflow.io) is a duplicate, and is skipped.
 */
import type { ErrorKey } from '../i18n/error-keys';
import { type ErrorParams, UserError } from '../user-error';
import type { LandscapeFileReport } from './landscape-import-report';
import { normalizeProductName } from './normalize-name';
import { comparableUrl } from './product-matching';
import { landscapeMaturitySchema, type LandscapeMaturity } from './schema';

export interface LandscapePath {
  category: string;
  subcategory: string;
}

/** One product of a landscape file, at the first place the file lists it. */
export interface LandscapeItem extends LandscapePath {
  name: string;
  homepage?: string;
  repository?: string;
  /** English, as the landscape writes it. */
  description?: string;
  maturity?: LandscapeMaturity;
  organization?: string;
  /** The 1-based line where the item starts. */
  line?: number;
  /** The other places the file lists the product: its `second_path`s and its repeated listings. */
  otherPaths?: LandscapePath[];
}

export interface ParsedLandscape {
  fileName: string;
  /** Every category/subcategory pair the file declares, in file order, empty ones included. */
  subcategories: LandscapePath[];
  items: LandscapeItem[];
  report: LandscapeFileReport;
}

/** A landscape file whose structure is checked; the fields of its items are read here, one by one. */
export interface LandscapeCategories {
  landscape: {
    name: string;
    subcategories: { name: string; items?: (Record<string, unknown> | null)[] | null | undefined }[];
  }[];
}

/** Where each item of a subcategory starts in the file, by their indexes; `undefined` where the file does not say. */
export type LinesOfItems = (categoryIndex: number, subcategoryIndex: number) => readonly (number | undefined)[];

/** Keys whose text has an `…At` twin that adds the line. */
type KeyWithLineVariant = 'landscape.notLandscape' | 'landscape.notLandscapeTop' | 'landscape.undefinedAlias' | 'landscape.noNamedItem';

/** A landscape file refused as a whole: its key's `…At` variant where the problem has a line. */
export function landscapeFileError(key: KeyWithLineVariant, fileName: string, params: ErrorParams, line: number | undefined): UserError {
  const lineKey: ErrorKey = line === undefined ? key : `${key}At`;
  return new UserError('invalid-file', lineKey, line === undefined ? { ...params, file: fileName } : { ...params, file: fileName, line });
}

/** A listing of a product, before listings of the same product are folded together. */
interface ProductListing {
  item: LandscapeItem;
  key: string;
}

/** The products of a checked file, each once with every path it is listed under, and what was skipped. */
export function foldLandscapeItems(data: LandscapeCategories, linesOfItems: LinesOfItems, fileName: string): ParsedLandscape {
  const subcategories = data.landscape.flatMap((category) =>
    category.subcategories.map((subcategory) => ({ category: category.name, subcategory: subcategory.name })),
  );
  const declaredPaths = new Map(subcategories.map((path) => [pathKey(path), path]));
  const report: LandscapeFileReport = { totalItems: 0, repeated: [], skipped: [], warnings: [] };
  const products = new Map<string, LandscapeItem>();

  data.landscape.forEach((category, categoryIndex) => {
    category.subcategories.forEach((subcategory, subcategoryIndex) => {
      const path = { category: category.name, subcategory: subcategory.name };
      const lines = linesOfItems(categoryIndex, subcategoryIndex);
      (subcategory.items ?? []).forEach((fields, itemIndex) => {
        report.totalItems += 1;
        const line = lines[itemIndex];
        const listing = readListing(fields ?? {}, path, line, declaredPaths, report);
        if (!listing) return;
        const first = products.get(listing.key);
        if (!first) products.set(listing.key, listing.item);
        else foldListing(first, listing.item, report);
      });
    });
  });

  const items = [...products.values()];
  if (items.length === 0) throw noItemsError(report, fileName);
  return { fileName, subcategories, items, report };
}

function readListing(
  fields: Record<string, unknown>,
  path: LandscapePath,
  line: number | undefined,
  declaredPaths: ReadonlyMap<string, LandscapePath>,
  report: LandscapeFileReport,
): ProductListing | undefined {
  const name = textField(fields.name);
  const key = name === undefined ? '' : normalizeProductName(name);
  if (name === undefined || key === '') {
    report.skipped.push({
      reason: 'missing-name',
      ...path,
      line,
      detail: `An item in ${describeListing(path, line)} has no name.`,
    });
    return undefined;
  }
  const item: LandscapeItem = { name, ...path, line };
  const homepage = textField(fields.homepage_url);
  if (homepage !== undefined) item.homepage = homepage;
  const repository = textField(fields.repo_url);
  if (repository !== undefined) item.repository = repository;
  const description = textField(fields.description);
  if (description !== undefined) item.description = description;
  const organization = organizationName(fields.organization);
  if (organization !== undefined) item.organization = organization;

  const project = textField(fields.project);
  const maturity = landscapeMaturitySchema.safeParse(project);
  if (maturity.success) item.maturity = maturity.data;
  else if (project !== undefined) {
    report.warnings.push({
      kind: 'unknown-maturity',
      name,
      line,
      value: project,
      detail: `${name}: the project maturity "${project}" is not one of ${landscapeMaturitySchema.options.join(', ')}; it was left out.`,
    });
  }

  const otherPaths = secondPaths(fields.second_path, name, line, declaredPaths, report);
  if (otherPaths.length > 0) addOtherPaths(item, otherPaths);
  return { item, key };
}

/** Older files write `organization: { name: … }`; a few write a Crunchbase URL there, which is not a name. */
function organizationName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('name' in value)) return undefined;
  return textField(value.name);
}

/** `second_path` is a list of "Category / Subcategory" texts; a single text is read as a list of one. */
function secondPaths(
  value: unknown,
  name: string,
  line: number | undefined,
  declaredPaths: ReadonlyMap<string, LandscapePath>,
  report: LandscapeFileReport,
): LandscapePath[] {
  const listed: unknown[] = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return listed.flatMap((entry) => {
    const text = textField(entry);
    const separator = text?.indexOf(' / ') ?? -1;
    const declared =
      text !== undefined && separator > 0
        ? declaredPaths.get(pathKey({ category: text.slice(0, separator), subcategory: text.slice(separator + 3) }))
        : undefined;
    if (declared) return [declared];
    report.warnings.push({
      kind: 'unknown-second-path',
      name,
      line,
      value: String(entry),
      detail: `${name}: the second path "${String(entry)}" is not a "Category / Subcategory" of this file; it was left out.`,
    });
    return [];
  });
}

/**
 * Paths meet when they differ only in case, punctuation or "&" against "and": the 2026 file's second paths
 * say "Governance, Policy & Security" for its subcategory "Governance, Policy and Security".
 */
export function pathKey(path: LandscapePath): string {
  return `${pathPartKey(path.category)}/${pathPartKey(path.subcategory)}`;
}

export function pathPartKey(text: string): string {
  return normalizeProductName(text.replaceAll('&', ' and '));
}

function foldListing(first: LandscapeItem, later: LandscapeItem, report: LandscapeFileReport): void {
  const conflict = contradictingUrl(first, later);
  if (conflict) {
    report.skipped.push({
      reason: 'duplicate',
      name: later.name,
      category: later.category,
      subcategory: later.subcategory,
      line: later.line,
      first: { category: first.category, subcategory: first.subcategory, line: first.line },
      detail:
        `${later.name} in ${describeListing(later, later.line)} has the name of ${first.name} in ` +
        `${describeListing(first, first.line)} but a different ${conflict}; only the first was imported.`,
    });
    return;
  }
  report.repeated.push({
    name: later.name,
    category: later.category,
    subcategory: later.subcategory,
    line: later.line,
    firstLine: first.line,
  });
  addOtherPaths(first, [later, ...(later.otherPaths ?? [])]);
  first.homepage ??= later.homepage;
  first.repository ??= later.repository;
  first.description ??= later.description;
  first.maturity ??= later.maturity;
  first.organization ??= later.organization;
}

function addOtherPaths(item: LandscapeItem, paths: readonly LandscapePath[]): void {
  const known = [item, ...(item.otherPaths ?? [])];
  for (const path of paths) {
    if (!known.some((seen) => seen.category === path.category && seen.subcategory === path.subcategory)) {
      known.push({ category: path.category, subcategory: path.subcategory });
    }
  }
  if (known.length > 1) item.otherPaths = known.slice(1);
}

/** Which URL shows that two same-name listings are different products, if one does. */
function contradictingUrl(first: LandscapeItem, later: LandscapeItem): string | undefined {
  const homepages = compareUrls(first.homepage, later.homepage);
  const repositories = compareUrls(first.repository, later.repository);
  if (homepages === 'same' || repositories === 'same') return undefined;
  if (homepages === 'different' && repositories === 'different') return 'homepage and repository';
  if (homepages === 'different') return 'homepage';
  if (repositories === 'different') return 'repository';
  return undefined;
}

function compareUrls(first: string | undefined, later: string | undefined): 'same' | 'different' | 'unknown' {
  if (first === undefined || later === undefined) return 'unknown';
  return comparableUrl(first) === comparableUrl(later) ? 'same' : 'different';
}

function noItemsError(report: LandscapeFileReport, fileName: string): UserError {
  const [nameless] = report.skipped;
  if (nameless) {
    return landscapeFileError('landscape.noNamedItem', fileName, { category: nameless.category, subcategory: nameless.subcategory }, nameless.line);
  }
  return new UserError('invalid-file', 'landscape.noItems', { file: fileName });
}

function describeListing(path: LandscapePath, line: number | undefined): string {
  return `${path.category} / ${path.subcategory}${line === undefined ? '' : ` (line ${line})`}`;
}

/** Text from a YAML value; YAML reads an unquoted name such as `2048` as a number. */
function textField(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text === '' ? undefined : text;
}
