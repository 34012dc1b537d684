/**
 * Importing the CNCF Landscape's `landscape.yml` into the catalogue: the file is read and checked
 * (`landscape-parse`), its items folded into products (`landscape-fold`), tagged by their paths
 * (`landscape-tags`) and turned into catalogue entries here; `landscape-merge` joins those with the
 * built-in catalogue.
 */
import type { ImportWarning, LandscapeImportRecord } from './landscape-import-report';
import type { LandscapeItem } from './landscape-fold';
import { parseLandscapeFile } from './landscape-parse';
import { tagsForLandscapePath } from './landscape-tags';
import { normalizeForMatching } from './normalize-name';
import { catalogueEntrySchema, type CatalogueEntry, type EntrySource } from './schema';

const webUrlSchema = catalogueEntrySchema.shape.homepage.unwrap();
const WEB_SCHEME = /^https?:\/\//iu;

/**
 * Catalogue entries for the items of one file: ids `cncf-<slug>`, unique within the file; one
 * `cncf-landscape` source per path the item is listed under; tags from those paths. A homepage or
 * repository that is not an http(s) URL is left out (the app opens these links) and reported as a warning.
 */
export function landscapeItemsToEntries(
  items: readonly LandscapeItem[],
  fileName: string,
): { entries: CatalogueEntry[]; warnings: ImportWarning[] } {
  const warnings: ImportWarning[] = [];
  const usedIds = new Set<string>();
  const entries = items.map((item) => {
    const paths = [item, ...(item.otherPaths ?? [])];
    const tags = new Set(paths.flatMap((path) => tagsForLandscapePath(path) ?? []));
    const entry: CatalogueEntry = {
      id: uniqueId(`cncf-${slug(item.name)}`, usedIds),
      name: item.name,
      aliases: [],
      tags: [...tags],
      sources: paths.map(
        (path): EntrySource => ({
          kind: 'cncf-landscape',
          category: path.category,
          subcategory: path.subcategory,
          file: fileName,
        }),
      ),
    };
    if (item.organization !== undefined) entry.organization = item.organization;
    if (item.description !== undefined) entry.landscapeDescription = item.description;
    if (item.maturity !== undefined) entry.maturity = item.maturity;
    const homepage = webUrl(item, 'homepage', warnings);
    if (homepage !== undefined) entry.homepage = homepage;
    const repository = webUrl(item, 'repository', warnings);
    if (repository !== undefined) entry.repository = repository;
    return entry;
  });
  return { entries, warnings };
}

function webUrl(item: LandscapeItem, field: 'homepage' | 'repository', warnings: ImportWarning[]): string | undefined {
  const url = item[field];
  if (url === undefined) return undefined;
  if (WEB_SCHEME.test(url) && webUrlSchema.safeParse(url).success) return url;
  warnings.push({
    kind: 'invalid-url',
    name: item.name,
    line: item.line,
    value: url,
    detail: `${item.name}: the ${field} "${url}" is not a web address; it was left out.`,
  });
  return undefined;
}

function slug(name: string): string {
  const text = normalizeForMatching(name)
    .replaceAll('+', ' plus ')
    .replaceAll('#', ' sharp ')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return text === '' ? 'item' : text;
}

/** `base`, or `base-2`, `base-3`…: the first that `usedIds` does not hold, which it then holds. */
export function uniqueId(base: string, usedIds: Set<string>): string {
  let id = base;
  for (let suffix = 2; usedIds.has(id); suffix += 1) id = `${base}-${suffix}`;
  usedIds.add(id);
  return id;
}

/** Reads a landscape file and maps it to entries: what main stores (with the time) after an import. */
export function importLandscapeFile(text: string, fileName: string, importedAt: string): LandscapeImportRecord {
  const parsed = parseLandscapeFile(text, fileName);
  const { entries, warnings } = landscapeItemsToEntries(parsed.items, fileName);
  return {
    fileName,
    importedAt,
    entries,
    report: { ...parsed.report, warnings: [...parsed.report.warnings, ...warnings] },
  };
}
