import { normalizeForMatching, normalizeProductName } from './normalize-name';
import type { CatalogueEntry } from './schema';

/**
 * Fields are joined with a line break: query terms never contain one (they are split on whitespace), so
 * a term cannot match across the end of one field and the start of the next.
 */
const FIELD_SEPARATOR = '\n';

/**
 * The text a catalogue row is searched in, folded once so that a keystroke costs one `includes` per term
 * per row. Names and aliases appear twice, as written and as merge keys, so "kubeovn" finds "Kube-OVN".
 */
export function buildSearchText(entry: CatalogueEntry): string {
  const names = [entry.name, ...entry.aliases];
  const fields = [
    ...names,
    entry.organization,
    ...entry.tags,
    entry.description?.en,
    entry.description?.zh,
    entry.landscapeDescription,
  ];
  return [
    ...fields.filter((field) => field !== undefined).map(normalizeForMatching),
    ...names.map(normalizeProductName),
  ]
    .filter((field) => field !== '')
    .join(FIELD_SEPARATOR);
}

/** The folded terms of a query; an empty list matches everything. */
export function searchTerms(query: string): string[] {
  return normalizeForMatching(query)
    .split(' ')
    .filter((term) => term !== '');
}

/**
 * A table filter calls this once per row with the same query, so the query's terms are kept for as long
 * as the query does not change, instead of being folded again 50,000 times per keystroke.
 */
let lastQuery = '';
let lastTerms: string[] = [];

/** Whether every whitespace-separated term of `query` occurs in `searchText` (from {@link buildSearchText}). */
export function matchesSearch(searchText: string, query: string): boolean {
  if (query !== lastQuery) {
    lastTerms = searchTerms(query);
    lastQuery = query;
  }
  return lastTerms.every((term) => searchText.includes(term));
}

/**
 * How well a product's name answers a search, lower is better: the name itself, then a name that
 * starts with the query, then one that contains a term, then a match elsewhere (an alias, a tag, a
 * description). Someone typing "calico" wants Calico first, not CNI-Genie, whose text mentions it.
 * Built once per query (its terms from {@link searchTerms}); the returned function takes a name
 * through {@link normalizeForMatching} and runs per row.
 */
export function searchRanker(terms: readonly string[]): (foldedName: string) => SearchRank {
  const phrase = terms.join(' ');
  if (phrase === '') return () => 3;
  return (foldedName) => {
    if (foldedName === phrase) return 0;
    if (foldedName.startsWith(phrase)) return 1;
    return terms.some((term) => foldedName.includes(term)) ? 2 : 3;
  };
}

export type SearchRank = 0 | 1 | 2 | 3;
