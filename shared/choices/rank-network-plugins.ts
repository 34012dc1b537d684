import { maintenanceWarnings, productStatusOf } from '../catalogue/product-status';
import type { ChoiceWarning, SdnRequirementId } from './choice-plan-sections';
import { surveyRatings } from './survey-ratings';
import type { SdnCriterionId, SdnData, SdnOption } from './tradeoff-schema';
import { type RankedOption, type WeightedRanking, rankByWeights } from './weighted-ranking';

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
 * What to tell a user who picks this plugin: a project nobody maintains any more, one that now
 * lives inside another, or one that lacks (or is not known to have) what a requirement asks for.
 */
export function networkPluginWarnings(
  option: SdnOption,
  requirements: Readonly<Record<string, boolean>>,
): ChoiceWarning[] {
  const warnings: ChoiceWarning[] = maintenanceWarnings(productStatusOf(option.id));
  for (const [requirementId, criterionId] of Object.entries(criterionForRequirement) as [SdnRequirementId, SdnCriterionId][]) {
    if (!requirements[requirementId]) continue;
    const rating = option.ratings[criterionId as keyof SdnOption['ratings']]?.rating ?? null;
    if (rating === null || rating === 0) warnings.push({ code: 'missing-requirement', requirementId, known: rating === 0 });
  }
  return warnings;
}

export type RankedNetworkPlugin = RankedOption & { option: SdnOption; warnings: ChoiceWarning[] };
export type NetworkPluginRanking =
  | { ok: true; ranking: RankedNetworkPlugin[]; ignoredWeightIds: string[]; ignoredRequirementIds: string[] }
  | (Extract<WeightedRanking, { ok: false }> & { ignoredRequirementIds: string[] });

/**
 * Ranks the network plugins by the user's weights. Requirements never move the ranking (so the
 * weights alone explain the order); they add warnings to the plugins that fall short of them.
 */
export function rankNetworkPlugins(
  data: SdnData,
  weights: Readonly<Record<string, unknown>>,
  requirements: Readonly<Record<string, boolean>> = {},
): NetworkPluginRanking {
  const known = new Set<string>(Object.keys(criterionForRequirement));
  const ignoredRequirementIds = Object.keys(requirements).filter((id) => !known.has(id));
  const adoption = surveyRatings(data.survey);
  const byId = new Map(data.options.map((option) => [option.id, option]));
  const result = rankByWeights(
    data.options.map((option) => ({ id: option.id, ratings: sdnRatings(option, adoption) })),
    data.criteria,
    weights,
  );
  if (!result.ok) return { ...result, ignoredRequirementIds };
  return {
    ok: true,
    ignoredWeightIds: result.ignoredWeightIds,
    ignoredRequirementIds,
    ranking: result.ranking.map((ranked) => {
      const option = byId.get(ranked.optionId)!;
      return { ...ranked, option, warnings: networkPluginWarnings(option, requirements) };
    }),
  };
}
