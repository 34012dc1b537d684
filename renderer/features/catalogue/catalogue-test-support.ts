import type { CatalogueEntry, DistributionTypeTable } from '../../../shared/catalogue/schema';
import { createI18n } from '../../../shared/i18n/create-i18n';
import type { Language } from '../../../shared/ipc/contract';
import distributionTypesJson from '../../../data/catalogue/distribution-types.json';
import type { Translate } from './catalogue-fields';

export const distributionTypes = distributionTypesJson as DistributionTypeTable;

/** The catalogue namespace's real `t`, so tests check the labels users read. */
export async function catalogueT(language: Language = 'en'): Promise<Translate> {
  const i18n = await createI18n(language);
  return i18n.getFixedT(language, 'catalogue') as Translate;
}

export function entry(overrides: Partial<CatalogueEntry> & Pick<CatalogueEntry, 'id' | 'name'>): CatalogueEntry {
  return {
    aliases: [],
    tags: [],
    sources: [{ kind: 'seed', section: 'infrastructure', seedName: overrides.name }],
    ...overrides,
  };
}
