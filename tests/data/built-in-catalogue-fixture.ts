import products from '../../data/catalogue/products.json';
import { withProductStatuses } from '../../shared/catalogue/product-status';
import { type CatalogueEntry, type SeedSection, builtInCatalogueSchema } from '../../shared/catalogue/schema';

/** The built-in catalogue as main serves it, and how its rows cite the seed: what the catalogue data tests share. */

// Parsed without throwing, so a schema break fails the test that checks it with its issues listed,
// instead of failing every file at import.
export const parsedCatalogue = builtInCatalogueSchema.safeParse(products);
// Statuses live in data/catalogue/product-status.json; main attaches them the same way.
export const entries: CatalogueEntry[] = withProductStatuses(parsedCatalogue.data?.entries ?? []);

/** Product rows counted by hand in the seed's solution directory (regression guard). */
export const SEED_ROWS: Record<SeedSection, number> = {
  distributions: 44,
  'tools-services': 47,
  devops: 32,
  infrastructure: 23,
};
export const TOTAL_SEED_ROWS = 146;

export const seedSources = (e: CatalogueEntry) => e.sources.filter((s) => s.kind === 'seed');
export const bySeedName = (section: SeedSection, seedName: string) =>
  entries.find((e) => seedSources(e).some((s) => s.section === section && s.seedName === seedName));
