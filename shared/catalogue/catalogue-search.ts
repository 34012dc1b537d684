import { z } from 'zod';
import searchTermsJson from '../../data/catalogue/search-terms.json' with { type: 'json' };
import { parsedOnFirstUse } from '../data-files/parsed-on-first-use';
import { normalizeForMatching, normalizeProductName } from './normalize-name';
import { type CatalogueEntry, type CatalogueTag, catalogueTagSchema } from './schema';

/**
 * Names of one thing in both languages ("Red Hat", "红帽"), and the catalogue tags that mean it: a row
 * that carries one of the tags or mentions one of the terms is found by every term of the group.
 */
export const searchTermGroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  terms: z.array(z.string().trim().min(1)).min(2),
  tags: z.array(catalogueTagSchema).default([]),
});
export const searchTermsFileSchema = z.object({ source: z.string().min(1), groups: z.array(searchTermGroupSchema).min(1) });
export type SearchTermGroup = z.infer<typeof searchTermGroupSchema>;

/**
 * Fields are joined with a line break: query terms never contain one (they are split on whitespace), so
 * a term cannot match across the end of one field and the start of the next.
 */
const FIELD_SEPARATOR = '\n';

const HAS_LATIN = /[a-z]/u;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');

/**
 * Everything a row's text is checked against, compiled once: one regular expression for every term of
 * every group, so a row is scanned once. A Latin term must stand as a word ("AWS" is not in "laws");
 * a Chinese term may stand anywhere, as Chinese has no spaces between words.
 */
export function compileSearchTermGroups(groups: readonly SearchTermGroup[]) {
  const groupsByTerm = new Map<string, number[]>();
  groups.forEach((group, index) => {
    for (const term of group.terms.map(normalizeForMatching)) groupsByTerm.set(term, [...(groupsByTerm.get(term) ?? []), index]);
  });
  // Longest first, so "alibaba cloud" is tried before "alibaba".
  const terms = [...groupsByTerm.keys()].sort((a, b) => b.length - a.length);
  const latin = terms.filter((term) => HAS_LATIN.test(term)).map(escapeRegExp);
  const other = terms.filter((term) => !HAS_LATIN.test(term)).map(escapeRegExp);
  const pattern = new RegExp(
    [latin.length > 0 ? `(?<![\\p{L}\\p{N}])(?:${latin.join('|')})(?![\\p{L}\\p{N}])` : '', other.length > 0 ? `(?:${other.join('|')})` : '']
      .filter((part) => part !== '')
      .join('|'),
    'gu',
  );
  const groupsByTag = new Map<CatalogueTag, number[]>();
  groups.forEach((group, index) => {
    for (const tag of group.tags) groupsByTag.set(tag, [...(groupsByTag.get(tag) ?? []), index]);
  });
  const foldedTerms = groups.map((group) => group.terms.map(normalizeForMatching).join(FIELD_SEPARATOR));

  /** The other-language (and same-language) names of what `text` and `tags` mention, folded. */
  return function translatedTerms(text: string, tags: readonly CatalogueTag[]): string[] {
    const found = new Set<number>();
    for (const tag of tags) for (const index of groupsByTag.get(tag) ?? []) found.add(index);
    for (const [match] of text.matchAll(pattern)) for (const index of groupsByTerm.get(match) ?? []) found.add(index);
    return [...found].sort((a, b) => a - b).map((index) => foldedTerms[index]!);
  };
}

const translatedTerms = parsedOnFirstUse(() => compileSearchTermGroups(searchTermsFileSchema.parse(searchTermsJson).groups));

/**
 * The text a catalogue row is searched in, folded once so that a keystroke costs one `includes` per term
 * per row. Names and aliases appear twice, as written and as merge keys, so "kubeovn" finds "Kube-OVN".
 * The names in both languages of what the row mentions or is tagged with (data/catalogue/search-terms.json)
 * are added here, once per row, so "红帽" finds Red Hat's products without translating a keystroke.
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
  const text = [
    ...fields.filter((field) => field !== undefined).map(normalizeForMatching),
    ...names.map(normalizeProductName),
  ]
    .filter((field) => field !== '')
    .join(FIELD_SEPARATOR);
  return [text, ...translatedTerms()(text, entry.tags)].join(FIELD_SEPARATOR);
}

/**
 * The entries a query finds, the best name matches first: what the catalogue page shows for the same
 * search (the CLI's `catalogue --search`). Ties keep the catalogue's order.
 */
export function searchCatalogue<Entry extends CatalogueEntry>(entries: readonly Entry[], query: string): Entry[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [...entries];
  const rankOf = searchRanker(terms);
  const buckets: Entry[][] = [[], [], [], []];
  for (const entry of entries) {
    const text = buildSearchText(entry);
    if (terms.every((term) => text.includes(term))) buckets[rankOf(normalizeForMatching(entry.name))]!.push(entry);
  }
  return buckets.flat();
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

/**
 * Where a row's folded name ends in its search text, or -1 when the text does not begin with that name
 * as a field of its own (a name that folds to nothing). {@link buildSearchText} puts the name first.
 */
export function nameEndInSearchText(searchText: string, foldedName: string): number {
  const end = foldedName.length;
  const startsWithName = end > 0 && searchText.startsWith(foldedName) && (searchText.length === end || searchText[end] === FIELD_SEPARATOR);
  return startsWithName ? end : -1;
}

/**
 * Tests a row and ranks it in one pass over its search text: the {@link searchRanker} rank, or -1 when
 * the row does not match. Built once per query (its terms from {@link searchTerms}). The first place a
 * term occurs also says whether the name holds it, since the name is the text's first field
 * (`nameEnd` from {@link nameEndInSearchText}) and no term crosses a field separator; so a row costs
 * one `indexOf` per term, and a second look at the name only when a term lies in it.
 */
export function searchMatcher(terms: readonly string[]): (searchText: string, foldedName: string, nameEnd: number) => SearchRank | -1 {
  const phrase = terms.join(' ');
  const rankByName = searchRanker(terms);
  const count = terms.length;
  return (searchText, foldedName, nameEnd) => {
    let inName = false;
    for (let index = 0; index < count; index += 1) {
      const at = searchText.indexOf(terms[index]!);
      if (at === -1) return -1;
      if (at < nameEnd) inName = true;
    }
    if (nameEnd === -1) return rankByName(foldedName);
    if (!inName) return 3;
    if (phrase.length <= nameEnd && searchText.startsWith(phrase)) return phrase.length === nameEnd ? 0 : 1;
    return 2;
  };
}
