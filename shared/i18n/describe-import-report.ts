/**
 * Sentences of the import report in the UI language, built from the entries' structured fields, for
 * the page and the CLI alike. An entry's English `detail` is used only where a field the sentence
 * needs is missing, or for a reason or kind this build has no sentence for.
 */
import type { ImportReport, ImportWarning, SkippedListing } from '../catalogue/landscape-import-report';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** "Category › Subcategory (line N)". */
export function listingLocation(listing: { category: string; subcategory: string; line?: number | undefined }, t: Translate): string {
  const path = t('catalogue:report.location', { category: listing.category, subcategory: listing.subcategory });
  return listing.line === undefined ? path : t('catalogue:report.withLine', { text: path, line: listing.line });
}

export function describeSkippedListing(listing: SkippedListing, t: Translate): string {
  if (listing.reason === 'duplicate' && listing.name === undefined) return listing.detail;
  const withFirst = listing.reason === 'duplicate' && listing.first !== undefined;
  return t(`catalogue:report.skippedDetail.${listing.reason}${withFirst ? 'Of' : ''}`, {
    name: listing.name,
    location: listingLocation(listing, t),
    firstLocation: listing.first && listingLocation(listing.first, t),
    defaultValue: listing.detail,
  });
}

export function describeImportWarning(warning: ImportWarning, t: Translate): string {
  const name = warning.line === undefined ? warning.name : t('catalogue:report.withLine', { text: warning.name, line: warning.line });
  // The 'Of' sentences quote the value that was left out; files read before it was kept lack it.
  const key = `catalogue:report.warningDetail.${warning.kind}${warning.value === undefined ? '' : 'Of'}`;
  return t(key, { name, value: warning.value, defaultValue: warning.detail });
}

/** "merged into Rancher: same repository", naming the rule that found the built-in row. */
export function describeMerge(merge: ImportReport['merged'][number], builtInName: string, t: Translate): string {
  return t('catalogue:report.mergedBy', { name: builtInName, rule: t(`catalogue:report.mergeRules.${merge.rule}`) });
}
