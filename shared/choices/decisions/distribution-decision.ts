import { z } from 'zod';
import { type UnmaintainedState, maintenanceWarnings, productStatusOf, unmaintainedStateSchema } from '../../catalogue/product-status';
import type { DocumentBlock, DocumentTranslate } from '../../plan/document-model';
import type { SectionDocumentBuilder } from '../../plan/section-document';
import { type Fact, type InstallTarget, type ResolvedDistributionProfile, type ResolvedDistributionProfiles, installTargetSchema, resolvedDistributionProfilesSchema } from '../../distributions/profile-schema';
import { boundedRecord } from '../../plan/bounded-record';
import type { RequirementCheck } from '../decision/constrained-ranking';
import { rankWithRequirements } from '../decision/constrained-ranking';
import type { CliProblem, DecisionEntry, DecisionInput, DecisionRegistration, PlanChoices } from '../decision/decision-registration';
import { ignoredLines } from '../decision/option-entry';
import type { ChoiceWarning } from '../choice-plan-sections';
import type { FactSource } from '../tradeoff-schema';
import { MAX_WEIGHT } from '../tradeoff-schema';
import { explainContributions, resolveWeights } from '../weighted-ranking';
import {
  type DistributionRequirementId,
  NONE,
  allSources,
  certifiedVersions,
  distributionCriteria,
  distributionRequirementIds,
  distributionTypes,
  factsOf,
  knownOf,
  offeredRequirements,
  ratingsOf,
  requirementText,
  requirementsOf,
  settingsOf,
  supportedIds,
} from './distribution-profile-facts';

/** How many minor versions behind the newest a distribution may run before the chooser warns. */
export const MAX_LAG_WITHOUT_WARNING = 2;

const idSchema = z.string().max(100);

/** One considered distribution as the plan keeps it: enough to word its pros and cons in either language. */
const consideredSchema = z.object({
  optionId: idSchema,
  optionName: z.string().max(200),
  score: z.number().min(0).max(100),
  standing: z.enum(['meets-all', 'unknown', 'fails']),
  met: z.array(idSchema).max(20),
  failed: z.array(idSchema).max(20),
  unknown: z.array(idSchema).max(20),
  strengths: z.array(idSchema).max(20),
  weaknesses: z.array(idSchema).max(20),
  latestCertified: z.string().max(20).nullable(),
  lag: z.number().int().min(0).max(100).nullable(),
  unmaintained: unmaintainedStateSchema.nullable(),
});
type Considered = z.infer<typeof consideredSchema>;

export const distributionChooserSectionSchema = z.object({
  settings: boundedRecord(idSchema, z.string().max(100), 20),
  requirements: boundedRecord(idSchema, z.boolean(), 20),
  weights: boundedRecord(idSchema, z.number().min(0).max(MAX_WEIGHT), 20),
  newestVersion: z.string().max(20),
  ranking: z.array(consideredSchema).max(60),
  chosenOptionId: idSchema,
  /** The chosen distribution's facts the plan's other choices are checked against; absent keys are not known. */
  chosenFacts: z.object({
    certifiedVersions: z.array(z.string().max(20)).max(100),
    defaultCni: z.string().max(200).nullable(),
    sdnSupport: boundedRecord(idSchema, z.boolean(), 50),
    storageSupport: boundedRecord(idSchema, z.boolean(), 50),
  }),
  sources: z.array(z.object({ kind: z.literal('web'), url: z.url({ protocol: /^https$/ }).max(2_048), asOf: z.number().int().min(2017).max(2100) })).max(50).default([]),
  rationale: z.string().max(10_000).default(''),
});
export type DistributionChooserSection = z.infer<typeof distributionChooserSectionSchema>;

type Profile = ResolvedDistributionProfile;
type DistributionEntry = DecisionEntry & { profile: Profile; lag: number | null; unmaintained: UnmaintainedState | null; strengths: string[]; weaknesses: string[] };

function rankDistributions(data: ResolvedDistributionProfiles, rawInput: DecisionInput) {
  const input = { ...rawInput, settings: settingsOf(rawInput) };
  const preferredType = input.settings.preferredType!;
  const options = data.profiles.map((profile) => ({ id: profile.id, ratings: ratingsOf(profile, preferredType), profile }));
  const requirements = requirementsOf(data, input).map((requirement) => ({ id: requirement.id, check: (option: (typeof options)[number]) => requirement.check(option.profile) }));
  const result = rankWithRequirements(options, distributionCriteria, input.weights, requirements);
  const offered = new Set<string>(offeredRequirements(input));
  const ignoredRequirementIds = Object.keys(input.requirements).filter((id) => input.requirements[id] && !offered.has(id));
  return { input, result, ignoredRequirementIds, byId: new Map(options.map((option) => [option.id, option.profile])) };
}

/** A CLI option that answers a setting and states the requirement it feeds. */
function settingOption(setting: string, requirement: DistributionRequirementId, allowed: (data: ResolvedDistributionProfiles) => readonly string[]) {
  return {
    kind: 'value' as const,
    apply: (value: unknown, data: ResolvedDistributionProfiles, input: DecisionInput): DecisionInput | { problem: CliProblem } => {
      const text = String(value).trim();
      const choices = allowed(data);
      if (!choices.includes(text)) return { problem: { key: 'invalidOption', params: { name: `--${setting === 'certifiedSince' ? 'since' : setting}`, value: text, allowed: choices.join('|') } } };
      return { ...input, settings: { ...input.settings, [setting]: text }, requirements: { ...input.requirements, [requirement]: true } };
    },
  };
}

/** Where the storage decision's infrastructure runs, as an install target. */
const targetOfInfrastructure: Record<string, InstallTarget> = { aws: 'aws', gcp: 'gcp', azure: 'azure', 'on-premises': 'bare-metal' };

/**
 * The plan's other choices as this decision's starting point: the top CaaS/PaaS type as the preferred
 * type, and the infrastructure, the chosen SDN and storage and the Kubernetes version as requirements
 * the user can untick. A choice the data cannot answer (a plugin no profile mentions) is left out.
 */
export function startFromPlan(data: ResolvedDistributionProfiles, plan: PlanChoices): Pick<DecisionInput, 'settings' | 'requirements'> {
  const settings: Record<string, string> = {};
  const requirements: Record<string, boolean> = {};
  const require = (setting: string, requirement: DistributionRequirementId, value: string | undefined, allowed: readonly string[]) => {
    if (value === undefined || !allowed.includes(value)) return;
    settings[setting] = value;
    requirements[requirement] = true;
  };
  const topType = plan.caasPaas?.ranking[0]?.type;
  if (topType !== undefined && (distributionTypes as readonly string[]).includes(topType)) settings.preferredType = topType;
  require('target', 'target', plan.storage ? targetOfInfrastructure[plan.storage.infrastructure] : undefined, installTargetSchema.options);
  require('sdn', 'sdn', plan.sdn?.chosenOptionId, supportedIds(data, 'sdnSupport'));
  require('storage', 'storage', plan.storage?.chosenOptionId, supportedIds(data, 'storageSupport'));
  const version = plan.cluster.kubernetesVersion;
  require('certifiedSince', 'certified-since', version === '' ? undefined : `v${version.replace(/^v/u, '').split('.').slice(0, 2).join('.')}`, certifiedVersions(data));
  return { settings, requirements };
}

/**
 * Distributions: the profiles of data/distributions/profiles.json with their certification from the
 * conformance data, ranked by the weights, with what the cluster must have (a certified version, where
 * it runs, air-gap, the SDN and storage already chosen) as requirements.
 */
export const distributionDecision = {
  id: 'distributionChooser',
  command: 'distribution',
  area: 'distribution',
  dataSchema: resolvedDistributionProfilesSchema,
  sectionSchema: distributionChooserSectionSchema,
  criteria: () => distributionCriteria,
  requirementIds: (_data, input) => offeredRequirements(input),
  settings: (data) => [
    { id: 'preferredType', labelKey: 'distribution.preferredTypeLabel', choices: [NONE, ...distributionTypes].map((id) => ({ id, labelKey: id === NONE ? 'distribution.noPreference' : `caas.types.${id}.label` })) },
    { id: 'certifiedSince', labelKey: 'distribution.certifiedSinceLabel', choices: [{ id: NONE, labelKey: 'distribution.noPreference' }, ...certifiedVersions(data).map((id) => ({ id, labelKey: `distribution.versions.${id.replace('.', '_')}` }))] },
    { id: 'target', labelKey: 'distribution.targetLabel', choices: [NONE, ...installTargetSchema.options].map((id) => ({ id, labelKey: id === NONE ? 'distribution.noPreference' : `distribution.targets.${id}` })) },
    { id: 'sdn', labelKey: 'distribution.sdnLabel', choices: [NONE, ...supportedIds(data, 'sdnSupport')].map((id) => ({ id, labelKey: id === NONE ? 'distribution.noPreference' : `distribution.sdnOptions.${id}` })) },
    { id: 'storage', labelKey: 'distribution.storageLabel', choices: [NONE, ...supportedIds(data, 'storageSupport')].map((id) => ({ id, labelKey: id === NONE ? 'distribution.noPreference' : `distribution.storageOptions.${id}` })) },
  ],
  describeRequirement: requirementText,
  fromPlan: (data, plan) => startFromPlan(data, plan),
  defaultSettings: () => settingsOf({ weights: {}, requirements: {}, settings: {} }),
  rank: (data, rawInput) => {
    const { input, result, ignoredRequirementIds, byId } = rankDistributions(data, rawInput);
    const ignored = ignoredLines([
      ['ignored.weights', result.ignoredWeightIds],
      ['ignored.requirements', ignoredRequirementIds],
    ]);
    if (!result.ok) return { ok: false, problem: result.problem, ignored };
    const noPreference = input.settings.preferredType === NONE;
    const ranking = result.ranking.map((ranked): DistributionEntry => {
      const profile = byId.get(ranked.optionId)!;
      const contributions = ranked.contributions.filter((c) => !(noPreference && c.criterionId === 'type-fit'));
      const { strengths, weaknesses, unknowns } = explainContributions(contributions);
      const lag = profile.certification?.lag ?? null;
      const maintenance = maintenanceWarnings(productStatusOf(profile.id));
      const unmaintained = maintenance.find((warning) => warning.code === 'not-maintained')?.state ?? null;
      const warnings: ChoiceWarning[] = [
        ...maintenance,
        ...(lag !== null && lag > MAX_LAG_WITHOUT_WARNING ? [{ code: 'lagging' as const, lag, latest: profile.certification!.latest, newest: data.newestVersion }] : []),
      ];
      const criterion = (effect: 'strength' | 'weakness' | 'unknown', criterionId: string) => ({
        effect,
        text: (t: DocumentTranslate) => t(`criteria.distribution.${criterionId}.label`),
      });
      // Failed and unconfirmed requirements are listed by the ranking with their facts; the reasons add those met.
      const metReason = (check: RequirementCheck) => ({ effect: 'for' as const, text: (t: DocumentTranslate) => requirementText(data, input, check.requirementId, t) });
      return {
        profile,
        lag,
        unmaintained,
        strengths: strengths.map((c) => c.criterionId),
        weaknesses: weaknesses.map((c) => c.criterionId),
        optionId: profile.id,
        name: { text: profile.name },
        score: ranked.score,
        standing: ranked.standing,
        checks: ranked.checks,
        warnings,
        reasons: [
          ...ranked.checks.filter((check) => check.verdict === 'meets').map(metReason),
          ...strengths.map((c) => criterion('strength', c.criterionId)),
          ...weaknesses.map((c) => criterion('weakness', c.criterionId)),
          ...unknowns.map((c) => criterion('unknown', c.criterionId)),
        ],
        facts: factsOf(profile),
        sources: allSources(profile),
      };
    });
    return { ok: true, ignored, notes: [], ranking };
  },
  toPlanSection: (data, rawInput, outcome, chosen, rationale) => {
    const input = { ...rawInput, settings: settingsOf(rawInput) };
    const known = (facts: Record<string, Fact<boolean> | undefined>) =>
      Object.fromEntries(Object.entries(facts).flatMap(([id, fact]) => (fact ? [[id, fact.value]] : [])));
    const verdicts = (entry: DistributionEntry, verdict: RequirementCheck['verdict']) => entry.checks.filter((check) => check.verdict === verdict).map((check) => check.requirementId);
    return {
      settings: { ...input.settings },
      requirements: Object.fromEntries(offeredRequirements(input).filter((id) => input.requirements[id]).map((id) => [id, true])),
      weights: resolveWeights(distributionCriteria, input.weights).weights,
      newestVersion: data.newestVersion,
      ranking: outcome.ranking.map(
        (entry): Considered => ({
          optionId: entry.optionId,
          optionName: entry.profile.name,
          score: entry.score,
          standing: entry.standing,
          met: verdicts(entry, 'meets'),
          failed: verdicts(entry, 'fails'),
          unknown: verdicts(entry, 'unknown'),
          strengths: entry.strengths,
          weaknesses: entry.weaknesses,
          latestCertified: entry.profile.certification?.latest ?? null,
          lag: entry.lag,
          unmaintained: entry.unmaintained,
        }),
      ),
      chosenOptionId: chosen.optionId,
      chosenFacts: {
        certifiedVersions: chosen.profile.certification?.versions ?? [],
        defaultCni: knownOf(chosen.profile.defaultCni),
        sdnSupport: known(chosen.profile.sdnSupport),
        storageSupport: known(chosen.profile.storageSupport),
      },
      sources: chosen.sources.filter((source): source is Extract<FactSource, { kind: 'web' }> => source.kind === 'web'),
      rationale,
    };
  },
  sectionToDocument: (section, context) => distributionChooserToDocument(section, context),
  summary: (section, t) => t('overview.chosen', { option: section.ranking.find((entry) => entry.optionId === section.chosenOptionId)?.optionName ?? section.chosenOptionId }),
  cli: {
    usage: '[--since v1.N] [--target bare-metal|vsphere|aws|azure|gcp|edge] [--sdn PLUGIN] [--storage OPTION] [--type TYPE] [--require air-gap,open-source,fips] [--weight CRITERION=0-5 …]',
    options: {
      since: settingOption('certifiedSince', 'certified-since', certifiedVersions),
      target: settingOption('target', 'target', () => installTargetSchema.options),
      sdn: settingOption('sdn', 'sdn', (data) => supportedIds(data, 'sdnSupport')),
      storage: settingOption('storage', 'storage', (data) => supportedIds(data, 'storageSupport')),
      type: {
        kind: 'value',
        apply: (value, _data, input) => {
          const text = String(value).trim();
          if (!(distributionTypes as readonly string[]).includes(text)) return { problem: { key: 'invalidOption', params: { name: '--type', value: text, allowed: distributionTypes.join('|') } } };
          return { ...input, settings: { ...input.settings, preferredType: text } };
        },
      },
    },
  },
} satisfies DecisionRegistration<ResolvedDistributionProfiles, DistributionChooserSection, DistributionEntry>;

/** "Good, because …" and "Bad, because …" lines of one considered distribution, in the export's language. */
export function prosAndCons(section: DistributionChooserSection, entry: Considered, t: DocumentTranslate): { good: string[]; bad: string[] } {
  const input: DecisionInput = { weights: section.weights, requirements: section.requirements, settings: section.settings };
  const data = { newestVersion: section.newestVersion } as ResolvedDistributionProfiles;
  const requirement = (id: string) => requirementText(data, input, id, t);
  return {
    good: [...entry.met.map((id) => t('distribution.meets', { requirement: requirement(id) })), ...entry.strengths.map((id) => t(`criteria.distribution.${id}.label`))],
    bad: [
      ...entry.failed.map((id) => t('distribution.fails', { requirement: requirement(id) })),
      ...entry.unknown.map((id) => t('distribution.notKnown', { requirement: requirement(id) })),
      ...(entry.lag !== null && entry.lag > MAX_LAG_WITHOUT_WARNING ? [t('distribution.lagging', { lag: entry.lag, latest: entry.latestCertified, newest: section.newestVersion })] : []),
      ...(entry.unmaintained ? [t(`warnings.notMaintained.${entry.unmaintained}`)] : []),
      ...entry.weaknesses.map((id) => t(`criteria.distribution.${id}.label`)),
    ],
  };
}

/** The section in the export: what was required, every distribution considered with its pros and cons, and the choice. */
export const distributionChooserToDocument: SectionDocumentBuilder<DistributionChooserSection> = (section, { t, language }) => {
  const input: DecisionInput = { weights: section.weights, requirements: section.requirements, settings: section.settings };
  const data = { newestVersion: section.newestVersion } as ResolvedDistributionProfiles;
  const required = Object.keys(section.requirements)
    .filter((id) => (distributionRequirementIds as readonly string[]).includes(id))
    .map((id) => requirementText(data, input, id, t));
  const separator = t('document.listSeparator');
  const chosen = section.ranking.find((entry) => entry.optionId === section.chosenOptionId);
  const blocks: DocumentBlock[] = [
    ...(required.length > 0 ? [{ kind: 'paragraph' as const, text: t('document.requirements', { requirements: required.join(separator) }) }] : []),
    { kind: 'paragraph', text: t('distribution.consideredHeading') },
    {
      kind: 'list',
      ordered: true,
      items: section.ranking.map((entry) => {
        const { good, bad } = prosAndCons(section, entry, t);
        const score = new Intl.NumberFormat(language, { maximumFractionDigits: 0 }).format(entry.score);
        return t('distribution.consideredItem', {
          option: entry.optionName,
          score,
          good: good.length > 0 ? good.join(separator) : t('distribution.nothing'),
          bad: bad.length > 0 ? bad.join(separator) : t('distribution.nothing'),
        });
      }),
    },
    ...(chosen ? [{ kind: 'paragraph' as const, text: t('document.chosen', { option: chosen.optionName, score: Math.round(chosen.score) }) }] : []),
    ...(section.rationale.trim() !== '' ? [{ kind: 'paragraph' as const, text: section.rationale.trim() }] : []),
  ];
  return blocks;
};
