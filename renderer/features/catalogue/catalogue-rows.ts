import { buildSearchText } from '../../../shared/catalogue/catalogue-search';
import { normalizeForMatching } from '../../../shared/catalogue/normalize-name';
import type { CatalogueEntry } from '../../../shared/catalogue/schema';

/** Where a row came from, as one filterable value: a merged row is both. */
export const sourceKinds = ['seed', 'cncf-landscape', 'both'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/**
 * A catalogue entry with what the table needs on every keystroke computed once, when the snapshot
 * arrives: folding 50,000 entries' text per keystroke would cost more than the filtering itself.
 */
export type CatalogueRow = {
  entry: CatalogueEntry;
  /** From `buildSearchText`: what the global search matches against. */
  searchText: string;
  /** The folded name, so sorting by name compares plain strings. */
  sortName: string;
  sourceKind: SourceKind;
};

export function sourceKindOf(entry: CatalogueEntry): SourceKind {
  const fromSeed = entry.sources.some((source) => source.kind === 'seed');
  const fromLandscape = entry.sources.some((source) => source.kind === 'cncf-landscape');
  if (fromSeed && fromLandscape) return 'both';
  return fromLandscape ? 'cncf-landscape' : 'seed';
}

export function toCatalogueRows(entries: readonly CatalogueEntry[]): CatalogueRow[] {
  return entries.map((entry) => ({
    entry,
    searchText: buildSearchText(entry),
    sortName: normalizeForMatching(entry.name),
    sourceKind: sourceKindOf(entry),
  }));
}
