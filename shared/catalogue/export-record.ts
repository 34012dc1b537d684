import type { CatalogueEntry, EntrySource, LocalizedText } from './schema';

/**
 * What every catalogue export carries about an entry, whatever columns the view shows: enough for
 * another tool to find the product again (id, links) and to know where the row came from. Values
 * are language-neutral: ids, URLs and both languages of a description, never a translated label.
 */
export type EntryIdentity = {
  id: string;
  name: string;
  organization: string | null;
  homepage: string | null;
  repository: string | null;
  /** The curated description in both languages, or the landscape's (English only). */
  description: Partial<LocalizedText> | null;
  sources: EntrySource[];
};

export const identityFieldIds = ['id', 'name', 'organization', 'homepage', 'repository', 'description', 'sources'] as const;

export function entryIdentity(entry: CatalogueEntry): EntryIdentity {
  return {
    id: entry.id,
    name: entry.name,
    organization: entry.organization ?? null,
    homepage: entry.homepage ?? null,
    repository: entry.repository ?? null,
    description: entry.description ?? (entry.landscapeDescription === undefined ? null : { en: entry.landscapeDescription }),
    sources: entry.sources,
  };
}

/**
 * A source as one line of a CSV cell, language-neutral: `seed:<section>:<name as the seed spells it>`
 * `cncf-landscape:<category>/<subcategory>` or `k8s-conformance:<dataset>`.
 */
export function sourceToText(source: EntrySource): string {
  switch (source.kind) {
    case 'seed':
      return `seed:${source.section}:${source.seedName}`;
    case 'cncf-landscape':
      return `cncf-landscape:${source.category}/${source.subcategory}`;
    case 'k8s-conformance':
      return `k8s-conformance:${source.dataset}`;
  }
}
