import type { ImportReport, LandscapeImportRecord } from './landscape-import-report';
import { uniqueId } from './landscape-import';
import { createProductMatcher } from './product-matching';
import type { CatalogueEntry } from './schema';

/**
 * The catalogue with an import merged in. An imported entry that is the same product as a built-in row
 * ({@link createProductMatcher}: by name, alias, name variant, repository or homepage, never by an
 * organization's homepage alone) becomes part of that row: the built-in id, name, aliases and curated
 * description stay; the landscape's sources and tags are added; its maturity and landscape description
 * replace the built-in ones (the user's file is the newer word on those); its homepage, repository and
 * organization fill in what the built-in row lacks. The report names the rule behind each merge. Every
 * other imported entry is added after the built-in rows.
 */
export function mergeLandscapeIntoCatalogue(
  builtIn: readonly CatalogueEntry[],
  imported: LandscapeImportRecord,
): { entries: CatalogueEntry[]; report: ImportReport } {
  const entries = [...builtIn];
  const matchProduct = createProductMatcher(builtIn, imported.entries);
  const usedIds = new Set(builtIn.map((entry) => entry.id));
  const report: ImportReport = { fileName: imported.fileName, ...imported.report, added: [], merged: [] };

  for (const entry of imported.entries) {
    const match = matchProduct(entry);
    const target = match === undefined ? undefined : entries[match.row];
    if (match === undefined || target === undefined) {
      entries.push({ ...entry, id: uniqueId(entry.id, usedIds) });
      report.added.push(entry.name);
      continue;
    }
    entries[match.row] = mergeEntry(target, entry);
    report.merged.push({ name: entry.name, builtInId: target.id, rule: match.rule });
  }
  return { entries, report };
}

function mergeEntry(builtIn: CatalogueEntry, imported: CatalogueEntry): CatalogueEntry {
  const merged: CatalogueEntry = {
    ...builtIn,
    tags: [...new Set([...builtIn.tags, ...imported.tags])],
    sources: [...builtIn.sources, ...imported.sources],
  };
  const maturity = imported.maturity ?? builtIn.maturity;
  if (maturity !== undefined) merged.maturity = maturity;
  const homepage = builtIn.homepage ?? imported.homepage;
  if (homepage !== undefined) merged.homepage = homepage;
  const repository = builtIn.repository ?? imported.repository;
  if (repository !== undefined) merged.repository = repository;
  const organization = builtIn.organization ?? imported.organization;
  if (organization !== undefined) merged.organization = organization;
  const landscapeDescription = imported.landscapeDescription ?? builtIn.landscapeDescription;
  if (landscapeDescription !== undefined) merged.landscapeDescription = landscapeDescription;
  return merged;
}
