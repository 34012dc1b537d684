import { minorOf } from '../../conformance/conformance-schema';
import type { Fact, InstallTarget, ResolvedDistributionProfile, ResolvedDistributionProfiles } from '../../distributions/profile-schema';
import type { DocumentTranslate } from '../../plan/document-model';
import type { FactText, Requirement, RequirementCheck } from '../decision/constrained-ranking';
import type { DecisionInput, OptionFact } from '../decision/decision-registration';
import type { FactSource } from '../tradeoff-schema';

/*
 * What the distribution chooser reads from a profile: the requirements it can check (and the facts and
 * sources behind each verdict), its ratings per criterion, the facts the page lists, and the settings,
 * versions and plugins the profiles offer. distribution-decision.ts ranks with these.
 */

/** The id every setting uses for "no answer": the requirement it feeds is then not offered. */
export const NONE = 'none';

/** Where the conformance facts come from; the profiles' `conformance` source points here. */
const CONFORMANCE_SOURCE: FactSource = { kind: 'web', url: 'https://github.com/cncf/k8s-conformance', asOf: 2026 };

export const distributionTypes = ['community', 'vendor', 'vendor-value-add', 'application-platform'] as const;

export const distributionCriteria = [
  { id: 'type-fit', defaultWeight: 3 },
  { id: 'certification', defaultWeight: 4 },
  { id: 'open-source', defaultWeight: 2 },
  { id: 'support', defaultWeight: 2 },
  { id: 'footprint', defaultWeight: 1 },
] as const;

/** Requirements in the order the page lists them; those fed by a setting are offered once it has a value. */
export const distributionRequirementIds = ['certified-since', 'target', 'air-gap', 'sdn', 'storage', 'open-source', 'fips'] as const;
export type DistributionRequirementId = (typeof distributionRequirementIds)[number];
const requirementSetting: Partial<Record<DistributionRequirementId, string>> = { 'certified-since': 'certifiedSince', target: 'target', sdn: 'sdn', storage: 'storage' };

type Profile = ResolvedDistributionProfile;

export const knownOf = <T>(fact: Fact<T> | undefined): T | null => (fact ? fact.value : null);

/** The web pages a profile's facts cite, with the conformance repository where a fact comes from there. */
function sourcesOf(profile: Profile, facts: readonly (Fact<unknown> | undefined)[]): FactSource[] {
  const sources = facts.flatMap((fact): FactSource[] => {
    if (!fact) return [];
    if (fact.source === 'conformance') return [CONFORMANCE_SOURCE];
    const page = profile.sources[fact.source];
    return page ? [{ kind: 'web', url: page.url, asOf: Number(page.accessed.slice(0, 4)) }] : [];
  });
  return [...new Map(sources.map((source) => [JSON.stringify(source), source])).values()];
}

export function allSources(profile: Profile): FactSource[] {
  const web = Object.values(profile.sources).map((page): FactSource => ({ kind: 'web', url: page.url, asOf: Number(page.accessed.slice(0, 4)) }));
  return [...(profile.certification ? [CONFORMANCE_SOURCE] : []), ...web];
}

/** A yes/no fact held against a requirement: yes meets, no fails, not known is unknown. */
function booleanCheck(profile: Profile, fact: Fact<boolean> | undefined, yesKey: string, noKey: string): Omit<RequirementCheck, 'requirementId'> {
  const value = knownOf(fact);
  return {
    verdict: value === null ? 'unknown' : value ? 'meets' : 'fails',
    fact: value === null ? null : { keys: [], key: value ? yesKey : noKey },
    sources: sourcesOf(profile, [fact]),
  };
}

function certificationCheck(profile: Profile, since: string): Omit<RequirementCheck, 'requirementId'> {
  const { certification } = profile;
  if (!certification) {
    // A profile that names its conformance folders but has no certification there is not certified in the data's versions.
    const verdict = profile.conformanceFolders.length > 0 ? 'fails' : 'unknown';
    return { verdict, fact: verdict === 'fails' ? { keys: [], key: 'distribution.facts.notCertified' } : null, sources: verdict === 'fails' ? [CONFORMANCE_SOURCE] : [] };
  }
  const newest = certification.versions.at(-1)!;
  const versionList: FactText = { en: certification.versions.join(', '), zh: certification.versions.join('、') };
  return { verdict: minorOf(newest) >= minorOf(since) ? 'meets' : 'fails', fact: versionList, sources: [CONFORMANCE_SOURCE] };
}

export function requirementsOf(data: ResolvedDistributionProfiles, input: DecisionInput): Requirement<Profile>[] {
  const { settings } = input;
  const checks: Record<DistributionRequirementId, (profile: Profile) => Omit<RequirementCheck, 'requirementId'>> = {
    'certified-since': (profile) => certificationCheck(profile, settings.certifiedSince ?? data.newestVersion),
    target: (profile) => booleanCheck(profile, profile.installTargets[settings.target as InstallTarget], 'distribution.facts.runsThere', 'distribution.facts.doesNotRunThere'),
    'air-gap': (profile) => booleanCheck(profile, profile.airGap, 'distribution.facts.airGapYes', 'distribution.facts.airGapNo'),
    sdn: (profile) => booleanCheck(profile, profile.sdnSupport[settings.sdn ?? ''], 'distribution.facts.supported', 'distribution.facts.notSupported'),
    storage: (profile) => booleanCheck(profile, profile.storageSupport[settings.storage ?? ''], 'distribution.facts.supported', 'distribution.facts.notSupported'),
    'open-source': (profile) => booleanCheck(profile, profile.openSource, 'distribution.facts.openSourceYes', 'distribution.facts.openSourceNo'),
    fips: (profile) => booleanCheck(profile, profile.fips, 'distribution.facts.fipsYes', 'distribution.facts.fipsNo'),
  };
  return offeredRequirements(input)
    .filter((id) => input.requirements[id] === true)
    .map((id) => ({ id, check: checks[id] }));
}

/** The requirements the page offers: those fed by a setting only once it has an answer. */
export function offeredRequirements(input: DecisionInput): DistributionRequirementId[] {
  return distributionRequirementIds.filter((id) => {
    const setting = requirementSetting[id];
    return setting === undefined || (input.settings[setting] ?? NONE) !== NONE;
  });
}

const supportRating: Record<string, number> = { 'community-and-commercial': 5, commercial: 4, 'cloud-provider': 4, community: 2 };

/** Ratings 0–5 per criterion; null where the profile does not say. */
export function ratingsOf(profile: Profile, preferredType: string): Record<string, number | null> {
  const type = knownOf(profile.tableType);
  const memory = knownOf(profile.minimumFootprint)?.memoryMiB;
  const openSource = knownOf(profile.openSource);
  const support = knownOf(profile.supportModel);
  return {
    // No preferred type leaves every distribution equal on it.
    'type-fit': preferredType === NONE ? 5 : type === null ? null : type === preferredType ? 5 : 1,
    certification: profile.certification ? Math.max(0, 5 - profile.certification.lag) : profile.conformanceFolders.length > 0 ? 0 : null,
    'open-source': openSource === null ? null : openSource ? 5 : 0,
    support: support === null ? null : (supportRating[support] ?? null),
    footprint: memory === undefined ? null : memory <= 1_024 ? 5 : memory <= 2_048 ? 4 : memory <= 4_096 ? 3 : memory <= 8_192 ? 2 : memory <= 16_384 ? 1 : 0,
  };
}

export function factsOf(profile: Profile): OptionFact[] {
  const type = knownOf(profile.tableType);
  const vendor = knownOf(profile.vendor);
  const cni = knownOf(profile.defaultCni);
  const certification = profile.certification;
  return [
    { termKey: 'distribution.terms.summary', text: profile.summary },
    ...(type ? [{ termKey: 'distribution.terms.type', text: { keys: [`caas.types.${type}.label`] } }] : []),
    ...(vendor ? [{ termKey: 'distribution.terms.vendor', text: { en: vendor, zh: vendor } }] : []),
    ...(certification ? [{ termKey: 'distribution.terms.certified', text: { en: certification.versions.join(', '), zh: certification.versions.join('、') } }] : []),
    ...(cni ? [{ termKey: 'distribution.terms.defaultCni', text: { en: cni, zh: cni } }] : []),
    { termKey: 'distribution.terms.status', text: { statusOf: profile.id } },
  ];
}

/** The input's settings over the defaults, each checked against what the data offers. */
export function settingsOf(input: DecisionInput): Record<string, string> {
  return { preferredType: NONE, certifiedSince: NONE, target: NONE, sdn: NONE, storage: NONE, ...input.settings };
}

export const requirementText = (data: ResolvedDistributionProfiles, input: DecisionInput, id: string, t: DocumentTranslate) => {
  const settings = settingsOf(input);
  return t(`distribution.requirements.${id}`, {
    version: settings.certifiedSince === NONE ? data.newestVersion : settings.certifiedSince,
    target: t(`distribution.targets.${settings.target}`),
    sdn: t(`distribution.sdnOptions.${settings.sdn}`, { defaultValue: settings.sdn }),
    storage: t(`distribution.storageOptions.${settings.storage}`, { defaultValue: settings.storage }),
  });
};

export const certifiedVersions = (data: ResolvedDistributionProfiles) =>
  [...new Set(data.profiles.flatMap((profile) => profile.certification?.versions ?? []))].sort((a, b) => minorOf(b) - minorOf(a));
export const supportedIds = (data: ResolvedDistributionProfiles, key: 'sdnSupport' | 'storageSupport') => [...new Set(data.profiles.flatMap((profile) => Object.keys(profile[key])))].sort();
