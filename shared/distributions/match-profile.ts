import { normalizeProductName } from '../catalogue/normalize-name';
import type { CatalogueEntry } from '../catalogue/schema';
import type { DistributionProfile } from './profile-schema';

/**
 * The profile of a catalogue row: the first whose catalogue names share a merge key with the row's name
 * or one of its aliases. Rows and profiles meet by name, as landscape listings and built-in rows do.
 */
export function profileForEntry<P extends Pick<DistributionProfile, 'catalogueNames'>>(
  profiles: readonly P[],
  entry: Pick<CatalogueEntry, 'name' | 'aliases'>,
): P | undefined {
  const keys = new Set([entry.name, ...entry.aliases].map(normalizeProductName));
  return profiles.find((profile) => profile.catalogueNames.some((name) => keys.has(normalizeProductName(name))));
}
