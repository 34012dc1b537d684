/**
 * Which built-in row an imported landscape entry is the same product as, and by which rule.
 *
 * The rules, tried in this order (the first that finds a row wins):
 * 1. `name`: the names share a merge key ({@link normalizeProductName}: case, width, accents,
 *    spaces and punctuation folded, "(ABBR)" of the words before it dropped).
 * 2. `alias`: the imported name has the key of one of the row's aliases ("OKD", "PKS").
 * 3. `name-variant`: the imported name with what a listing adds around a product's name taken away
 *    has the key of the row's name or alias: a leading "Project " ("Project Velero"), a leading
 *    vendor, when it is the row's organization or, for a row without one, a vendor the built-in
 *    catalogue knows ("Huawei FusionStage", "CoreOS bootkube"), or a trailing "(ABBR)" when the
 *    abbreviation is itself a name of that row ("Pivotal Container Service (PKS)").
 * 4. `repository`: the repositories are the same project (host and owner/name, letter case, "www.",
 *    ".git" and trailing slashes ignored).
 * 5. `homepage`: the homepages are the same page.
 *
 * Never merged on an organization's homepage: a URL matches (rules 4 and 5) only when it belongs to
 * one product on each side. A homepage or repository that two or more built-in rows, or two or more
 * imported entries, give is the organization's ("https://www.redhat.com", "https://github.com/rancher"),
 * and a homepage match is refused when the two repositories name different projects.
 */
import { normalizeForMatching, normalizeProductName } from './normalize-name';
import type { CatalogueEntry } from './schema';

export const mergeRules = ['name', 'alias', 'name-variant', 'repository', 'homepage'] as const;
export type MergeRule = (typeof mergeRules)[number];

export type ProductMatch = { row: number; rule: MergeRule };

const PROJECT_PREFIX = /^project\s+/u;
const TRAILING_PARENTHESIS = /^(.*\S)\s*\(([^()]+)\)$/u;

/**
 * URLs already made comparable. A merge asks for each row's URLs several times (the landscape's
 * matching, then the conformance data's): at 50,000 rows, parsing them again is most of a second.
 * Cleared when it holds more than a few imports' worth, so it cannot grow without end.
 */
const comparableUrls = new Map<string, string>();
const MAX_REMEMBERED_URLS = 250_000;

/** Host and path without scheme, "www.", trailing slash or ".git": how one page is written in two places. */
export function comparableUrl(url: string): string {
  let comparable = comparableUrls.get(url);
  if (comparable === undefined) {
    if (comparableUrls.size >= MAX_REMEMBERED_URLS) comparableUrls.clear();
    comparable = parseComparableUrl(url);
    comparableUrls.set(url, comparable);
  }
  return comparable;
}

function parseComparableUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.replace(/^www\./u, '');
    const path = parsed.pathname.replace(/\/+$/u, '').replace(/\.git$/u, '');
    return `${host}${path}`.toLowerCase();
  } catch {
    return url.trim().toLowerCase();
  }
}

/**
 * A repository URL that names one project: a code host with owner and name ("github.com/rancher/rancher").
 * "github.com/rancher" names an organization, never one product.
 */
function projectRepository(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const comparable = comparableUrl(url);
  return comparable.split('/').length >= 3 ? comparable : undefined;
}

/** URLs that exactly one of `entries` gives; the others are an organization's, shared by its products. */
function urlsOfOneProduct(entries: readonly CatalogueEntry[], urlOf: (entry: CatalogueEntry) => string | undefined): Map<string, number> {
  const owners = new Map<string, number>();
  const shared = new Set<string>();
  entries.forEach((entry, index) => {
    const url = urlOf(entry);
    if (url === undefined) return;
    if (owners.has(url)) shared.add(url);
    else owners.set(url, index);
  });
  for (const url of shared) owners.delete(url);
  return owners;
}

const homepageOf = (entry: CatalogueEntry) => (entry.homepage === undefined ? undefined : comparableUrl(entry.homepage));
const repositoryOf = (entry: CatalogueEntry) => projectRepository(entry.repository);

/** Finds, for each imported entry, the built-in row it is the same product as. */
export function createProductMatcher(builtIn: readonly CatalogueEntry[], imported: readonly CatalogueEntry[]) {
  const rowByName = new Map<string, number>();
  const rowByAlias = new Map<string, number>();
  builtIn.forEach((entry, index) => {
    const nameKey = normalizeProductName(entry.name);
    if (!rowByName.has(nameKey)) rowByName.set(nameKey, index);
    for (const alias of entry.aliases) {
      const key = normalizeProductName(alias);
      if (!rowByAlias.has(key)) rowByAlias.set(key, index);
    }
  });
  const rowByKey = (key: string) => rowByName.get(key) ?? rowByAlias.get(key);
  const vendors = new Set(
    builtIn.flatMap((entry) => (entry.organization === undefined ? [] : [normalizeForMatching(entry.organization)])),
  );
  const builtInRepositories = urlsOfOneProduct(builtIn, repositoryOf);
  const builtInHomepages = urlsOfOneProduct(builtIn, homepageOf);
  const importedRepositories = urlsOfOneProduct(imported, repositoryOf);
  const importedHomepages = urlsOfOneProduct(imported, homepageOf);

  /** The row a name variant names, checked against what the variant took away. */
  function rowByVariant(name: string): number | undefined {
    const folded = normalizeForMatching(name);
    const withoutProject = folded.replace(PROJECT_PREFIX, '');
    if (withoutProject !== folded) {
      const row = rowByKey(normalizeProductName(withoutProject));
      if (row !== undefined) return row;
    }
    const parenthesis = TRAILING_PARENTHESIS.exec(withoutProject);
    if (parenthesis) {
      const [, words = '', abbreviation = ''] = parenthesis;
      const row = rowByKey(normalizeProductName(words));
      const target = row === undefined ? undefined : builtIn[row];
      const abbreviationKey = normalizeProductName(abbreviation);
      if (target && [target.name, ...target.aliases].some((known) => normalizeProductName(known) === abbreviationKey)) return row;
    }
    for (const vendor of vendors) {
      if (!withoutProject.startsWith(`${vendor} `)) continue;
      const row = rowByKey(normalizeProductName(withoutProject.slice(vendor.length + 1)));
      const target = row === undefined ? undefined : builtIn[row];
      if (!target) continue;
      const organization = target.organization === undefined ? undefined : normalizeForMatching(target.organization);
      if (organization === undefined || organization === vendor) return row;
    }
    return undefined;
  }

  return function matchProduct(entry: CatalogueEntry): ProductMatch | undefined {
    const key = normalizeProductName(entry.name);
    const byName = rowByName.get(key);
    if (byName !== undefined) return { row: byName, rule: 'name' };
    const byAlias = rowByAlias.get(key);
    if (byAlias !== undefined) return { row: byAlias, rule: 'alias' };
    const byVariant = rowByVariant(entry.name);
    if (byVariant !== undefined) return { row: byVariant, rule: 'name-variant' };

    const repository = repositoryOf(entry);
    if (repository !== undefined && importedRepositories.has(repository)) {
      const row = builtInRepositories.get(repository);
      if (row !== undefined) return { row, rule: 'repository' };
    }
    const homepage = homepageOf(entry);
    if (homepage !== undefined && importedHomepages.has(homepage)) {
      const row = builtInHomepages.get(homepage);
      const target = row === undefined ? undefined : builtIn[row];
      const targetRepository = target === undefined ? undefined : repositoryOf(target);
      const repositoriesDiffer = repository !== undefined && targetRepository !== undefined && repository !== targetRepository;
      if (row !== undefined && !repositoriesDiffer) return { row, rule: 'homepage' };
    }
    return undefined;
  };
}
