import type { CatalogueEntry } from '../../../shared/catalogue/schema';
import {
  type Fact,
  type InstallTarget,
  type ResolvedDistributionProfile,
  installTargetSchema,
} from '../../../shared/distributions/profile-schema';
import type { Language } from '../../../shared/ipc/contract';
import { type Translate, describeCertification, formatList } from '../catalogue/catalogue-fields';
import { valuesDiffer } from '../catalogue/comparison';

/** One cell of the profile matrix: the value in the UI language, whether it is unknown, and where it comes from. */
export type ProfileCell = { text: string; unknown: boolean; source?: string };
export type ProfileLine = { id: string; label: string; cells: ProfileCell[]; differs: boolean };

/** A compared product: its catalogue row and, where the app has one, its distribution profile. */
export type ComparedProduct = { entry: CatalogueEntry; profile: ResolvedDistributionProfile | undefined };

/** The profile attributes in the order the matrix lists them. */
export const profileAttributes = [
  'tableType',
  'conformanceType',
  'latestCertified',
  'vendor',
  'supportModel',
  'openSource',
  'licence',
  'installTargets',
  'airGap',
  'minimumFootprint',
  'defaultCni',
  'defaultCsi',
  'defaultIngress',
  'sdnSupport',
  'storageSupport',
  'nodeOs',
  'clusterApi',
  'installer',
  'upgradeModel',
  'multiCluster',
  'fips',
] as const;
export type ProfileAttribute = (typeof profileAttributes)[number];

/** What a cited source is called: the seed, the conformance data, or the title of one of the profile's pages. */
export function sourceLabel(profile: ResolvedDistributionProfile | undefined, source: string, t: Translate): string {
  if (source === 'seed') return t('distributions:profile.seedSource');
  if (source === 'conformance') return t('distributions:profile.conformanceSource');
  return profile?.sources[source]?.title ?? source;
}

function known(text: string, source: string | undefined, profile: ResolvedDistributionProfile | undefined, t: Translate): ProfileCell {
  return source === undefined ? { text, unknown: false } : { text, unknown: false, source: sourceLabel(profile, source, t) };
}

function unknown(t: Translate): ProfileCell {
  return { text: t('distributions:profile.notKnown'), unknown: true };
}

function fromFact<T>(
  fact: Fact<T> | undefined,
  describe: (value: T) => string,
  profile: ResolvedDistributionProfile | undefined,
  t: Translate,
): ProfileCell {
  return fact ? known(describe(fact.value), fact.source, profile, t) : unknown(t);
}

const yesNo = (t: Translate) => (value: boolean) => t(value ? 'distributions:profile.yes' : 'distributions:profile.no');

/** A map of yes/no facts as the list of what is supported, saying when the rest is not known. */
function supportList(
  facts: Partial<Record<string, Fact<boolean>>>,
  allIds: readonly string[] | undefined,
  label: (id: string) => string,
  profile: ResolvedDistributionProfile | undefined,
  t: Translate,
  language: Language,
): ProfileCell {
  const entries = Object.entries(facts).filter((entry): entry is [string, NonNullable<Fact<boolean>>] => entry[1] != null);
  if (entries.length === 0) return unknown(t);
  const supported = entries.filter(([, fact]) => fact.value).map(([id]) => label(id));
  const text = supported.length === 0 ? t('distributions:profile.no') : formatList(supported, language);
  const complete = allIds !== undefined && allIds.every((id) => facts[id] != null);
  const sources = [...new Set(entries.map(([, fact]) => sourceLabel(profile, fact.source, t)))].join('; ');
  return { text: complete ? text : t('distributions:profile.listSome', { known: text }), unknown: false, source: sources };
}

function cellOf(product: ComparedProduct, attribute: ProfileAttribute, t: Translate, language: Language): ProfileCell {
  const { entry, profile } = product;
  const conformanceSource = t('distributions:profile.conformanceSource');
  switch (attribute) {
    case 'conformanceType':
      return entry.certification?.type
        ? { text: t(`distributions:conformanceTypes.${entry.certification.type}`), unknown: false, source: conformanceSource }
        : unknown(t);
    case 'latestCertified':
      return entry.certification
        ? { text: describeCertification(entry.certification, t), unknown: false, source: conformanceSource }
        : { text: t('distributions:compare.noCertification'), unknown: false, source: conformanceSource };
    case 'tableType':
      return fromFact(profile?.tableType, (value) => t(`catalogue:types.${value}`), profile, t);
    case 'supportModel':
      return fromFact(profile?.supportModel, (value) => t(`distributions:profile.supportModels.${value}`), profile, t);
    case 'upgradeModel':
      return fromFact(profile?.upgradeModel, (value) => t(`distributions:profile.upgradeModels.${value}`), profile, t);
    case 'openSource':
    case 'airGap':
    case 'clusterApi':
    case 'fips':
      return fromFact(profile?.[attribute], yesNo(t), profile, t);
    case 'vendor':
    case 'licence':
    case 'defaultCni':
    case 'defaultCsi':
    case 'defaultIngress':
    case 'installer':
    case 'multiCluster':
      return fromFact(profile?.[attribute], (value) => value, profile, t);
    case 'minimumFootprint':
      return fromFact(profile?.minimumFootprint, ({ cpus, memoryMiB }) => describeFootprint(cpus, memoryMiB, t, language), profile, t);
    case 'nodeOs':
      return fromFact(
        profile?.nodeOs,
        ({ name, immutable }) => t(immutable ? 'distributions:profile.nodeOsImmutable' : 'distributions:profile.nodeOsMutable', { name }),
        profile,
        t,
      );
    case 'installTargets':
      return profile
        ? supportList(profile.installTargets, installTargetSchema.options, (id) => t(`distributions:profile.targets.${id as InstallTarget}`), profile, t, language)
        : unknown(t);
    case 'sdnSupport':
      return profile ? supportList(profile.sdnSupport, undefined, (id) => id, profile, t, language) : unknown(t);
    case 'storageSupport':
      return profile ? supportList(profile.storageSupport, undefined, (id) => id, profile, t, language) : unknown(t);
  }
}

function describeFootprint(cpus: number | undefined, memory: number | undefined, t: Translate, language: Language): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  if (cpus !== undefined && memory !== undefined) {
    return t('distributions:profile.footprint', { cpus: number.format(cpus), memory: number.format(memory) });
  }
  if (memory !== undefined) return t('distributions:profile.footprintMemory', { memory: number.format(memory) });
  return t('distributions:profile.footprintCpus', { cpus: number.format(cpus ?? 0) });
}

/** The profile matrix: one line per attribute, one cell per product, lines whose texts differ marked. */
export function buildProfileComparison(products: readonly ComparedProduct[], t: Translate, language: Language): ProfileLine[] {
  return profileAttributes.map((attribute) => {
    const cells = products.map((product) => cellOf(product, attribute, t, language));
    return {
      id: attribute,
      label: t(`distributions:profile.attributes.${attribute}`),
      cells,
      differs: valuesDiffer(cells.map((cell) => cell.text)),
    };
  });
}
