import { maintenanceWarnings, productStatusOf } from '../catalogue/product-status';
import type { ChoiceWarning, SdnRequirementId } from './choice-plan-sections';
import { type ConstrainedEntry, type ConstrainedRanking, type Requirement, rankWithRequirements } from './decision/constrained-ranking';
import { surveyRatings } from './survey-ratings';
import type { SdnCriterionId, SdnData, SdnOption } from './tradeoff-schema';

/** Which criterion answers each requirement: isolation between tenants needs network policy, and so on. */
export const criterionForRequirement: Record<SdnRequirementId, SdnCriterionId> = {
  'tenant-isolation': 'network-policy',
  'encrypted-traffic': 'encryption',
  'crosses-firewalls': 'partial-connectivity',
};

/** An option's ratings on every criterion, with 2017 adoption read off the seed's survey. */
export function sdnRatings(option: SdnOption, adoption: Readonly<Record<string, number>>): Record<string, number | null> {
  const rated = Object.fromEntries(Object.entries(option.ratings).map(([id, fact]) => [id, fact.rating]));
  return { ...rated, 'adoption-2017': adoption[option.id] ?? null };
}

/**
 * A requirement on the network, held against a plugin's rating on the criterion that answers it: a
 * rating of 0 means the plugin does not do it at all, any other rating that it does, and no rating
 * that no source settles it.
 */
function sdnRequirement(requirementId: SdnRequirementId): Requirement<{ option: SdnOption }> {
  const criterionId = criterionForRequirement[requirementId];
  return {
    id: requirementId,
    check: ({ option }) => {
      const fact = option.ratings[criterionId as keyof SdnOption['ratings']];
      const rating = fact?.rating ?? null;
      return {
        verdict: rating === null ? 'unknown' : rating > 0 ? 'meets' : 'fails',
        rating,
        fact: fact?.note ?? null,
        sources: fact?.sources ?? [],
      };
    },
  };
}

/** The status warnings, and the requirements it lacks or is not known to meet. */
function networkPluginWarnings(entry: Pick<RankedNetworkPlugin, 'option' | 'checks'>): ChoiceWarning[] {
  return [
    ...maintenanceWarnings(productStatusOf(entry.option.id)),
    ...entry.checks
      .filter((check) => check.verdict !== 'meets')
      .map((check): ChoiceWarning => ({
        code: 'missing-requirement',
        requirementId: check.requirementId as SdnRequirementId,
        known: check.verdict === 'fails',
      })),
  ];
}

export type RankedNetworkPlugin = ConstrainedEntry & { option: SdnOption; warnings: ChoiceWarning[] };
export type NetworkPluginRanking =
  | { ok: true; ranking: RankedNetworkPlugin[]; ignoredWeightIds: string[]; ignoredRequirementIds: string[] }
  | (Extract<ConstrainedRanking, { ok: false }> & { ignoredRequirementIds: string[] });

/**
 * Ranks the network plugins by the user's weights, with each requirement the user ticked as a
 * constraint: a plugin that lacks one ranks below every plugin that has them all.
 */
export function rankNetworkPlugins(
  data: SdnData,
  weights: Readonly<Record<string, unknown>>,
  requirements: Readonly<Record<string, boolean>> = {},
): NetworkPluginRanking {
  const known = new Set<string>(Object.keys(criterionForRequirement));
  const ignoredRequirementIds = Object.keys(requirements).filter((id) => !known.has(id));
  const required = (Object.keys(criterionForRequirement) as SdnRequirementId[]).filter((id) => requirements[id] === true);
  const adoption = surveyRatings(data.survey);
  const byId = new Map(data.options.map((option) => [option.id, option]));
  const result = rankWithRequirements(
    data.options.map((option) => ({ id: option.id, option, ratings: sdnRatings(option, adoption) })),
    data.criteria,
    weights,
    required.map(sdnRequirement),
  );
  if (!result.ok) return { ...result, ignoredRequirementIds };
  return {
    ok: true,
    ignoredWeightIds: result.ignoredWeightIds,
    ignoredRequirementIds,
    ranking: result.ranking.map((ranked) => {
      const option = byId.get(ranked.optionId)!;
      return { ...ranked, option, warnings: networkPluginWarnings({ option, checks: ranked.checks }) };
    }),
  };
}
