import { productStatusOf } from '../catalogue/product-status';
import type { CaasPaasPlanSection, CriterionReason, SdnPlanSection, StoragePlanSection } from './choice-plan-sections';
import type { RankedDistributionType } from './rank-distribution-types';
import type { RankedNetworkPlugin } from './rank-network-plugins';
import type { RankedStorageOption, StorageNeed } from './rank-storage-options';
import type { FactSource, Infrastructure, SdnOption, StorageOption } from './tradeoff-schema';
import { explainContributions } from './weighted-ranking';

/** How many reasons of each side the plan keeps: the few that decided it, not every criterion. */
const REASONS_KEPT = 4;

export function caasPaasPlanSection(
  ranking: readonly RankedDistributionType[],
  answers: Record<string, string>,
  weights: Record<string, number>,
  rationale: string,
  mustHaves: readonly string[] = [],
): CaasPaasPlanSection {
  const [top] = ranking;
  return {
    answers,
    weights,
    ranking: ranking.map(({ type, score, standing }) => ({ type, score, standing })),
    mustHaves: [...mustHaves],
    reasons: top
      ? [
          ...top.for.slice(0, REASONS_KEPT).map((ref) => ({ ...ref, effect: 'for' as const })),
          ...top.against.slice(0, REASONS_KEPT).map((ref) => ({ ...ref, effect: 'against' as const })),
        ]
      : [],
    rationale,
  };
}

/** The strong and weak points of one ranked option, the heaviest first. */
export function criterionReasons(ranked: RankedNetworkPlugin | RankedStorageOption): CriterionReason[] {
  const { strengths, weaknesses, unknowns } = explainContributions(ranked.contributions);
  const reason = (effect: CriterionReason['effect']) => (c: (typeof strengths)[number]) => ({
    criterionId: c.criterionId,
    rating: c.rating,
    weight: c.weight,
    effect,
  });
  return [
    ...strengths.slice(0, REASONS_KEPT).map(reason('strength')),
    ...weaknesses.slice(0, REASONS_KEPT).map(reason('weakness')),
    ...unknowns.slice(0, REASONS_KEPT).map(reason('unknown')),
  ];
}

/** Every source behind an option's facts, once each, in the order the data gives them. */
export function optionSources(option: SdnOption | StorageOption): FactSource[] {
  const described = 'encapsulation' in option ? [option.encapsulation, option.routing, ...option.remarks] : [option.integration];
  const all = [
    ...described.flatMap((fact) => fact.sources),
    ...(productStatusOf(option.id)?.sources ?? []),
    ...Object.values(option.ratings).flatMap((fact) => fact.sources),
  ];
  return [...new Map(all.map((source) => [JSON.stringify(source), source])).values()];
}

function rankedSummary(ranking: readonly (RankedNetworkPlugin | RankedStorageOption)[]) {
  return ranking.map((entry) => ({ optionId: entry.optionId, optionName: entry.option.name, score: entry.score, standing: entry.standing }));
}

export function sdnPlanSection(
  ranking: readonly RankedNetworkPlugin[],
  chosen: RankedNetworkPlugin,
  weights: Record<string, number>,
  requirements: Record<string, boolean>,
  rationale: string,
): SdnPlanSection {
  return {
    weights,
    requirements,
    ranking: rankedSummary(ranking),
    chosenOptionId: chosen.optionId,
    reasons: criterionReasons(chosen),
    warnings: chosen.warnings,
    sources: optionSources(chosen.option),
    rationale,
  };
}

export function storagePlanSection(
  ranking: readonly RankedStorageOption[],
  chosen: RankedStorageOption,
  input: { infrastructure: Infrastructure; needs: Record<string, StorageNeed>; weights: Record<string, number> },
  rationale: string,
): StoragePlanSection {
  return {
    infrastructure: input.infrastructure,
    needs: input.needs,
    weights: input.weights,
    ranking: rankedSummary(ranking),
    chosenOptionId: chosen.optionId,
    reasons: criterionReasons(chosen),
    warnings: chosen.warnings,
    sources: optionSources(chosen.option),
    rationale,
  };
}
