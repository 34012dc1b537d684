import { MAX_RATING, MAX_WEIGHT } from './tradeoff-schema';

/**
 * What an unknown rating scores: the middle of the scale. Counting it as 0 would rank an option the
 * sources say little about below one they say is poor (MinIO, the only object store, under a
 * block-only disk for an object-only need); counting it as the best would reward silence. The
 * page lists which facts are unknown.
 */
export const UNKNOWN_RATING = MAX_RATING / 2;

/** One option's rating per criterion; `null` is unknown and scores UNKNOWN_RATING. */
export type RatedOption = { id: string; ratings: Readonly<Record<string, number | null | undefined>> };

export type Contribution = {
  criterionId: string;
  rating: number | null;
  weight: number;
  /** weight × rating (UNKNOWN_RATING when unknown): what this criterion added to the option's total. */
  points: number;
};

export type RankedOption = {
  optionId: string;
  /** 0–100: the share of the best total the weights allow. */
  score: number;
  contributions: Contribution[];
};

/** Why no ranking could be made; each names what the user has to change. */
export type RankingProblem =
  | { code: 'all-weights-zero' }
  | { code: 'invalid-weight'; criterionId: string; value: unknown }
  | { code: 'no-options' };

export type WeightedRanking =
  | { ok: true; ranking: RankedOption[]; ignoredWeightIds: string[] }
  | { ok: false; problem: RankingProblem; ignoredWeightIds: string[] };

/**
 * Reads the user's weights over the defaults: weights for criteria the data no longer has (an old
 * plan) are reported back, not applied; a weight that is not a number from 0 to 5 stops the
 * ranking with a message naming the criterion, rather than being silently clamped.
 */
export function resolveWeights(
  criteria: readonly { id: string; defaultWeight: number }[],
  userWeights: Readonly<Record<string, unknown>>,
): { weights: Record<string, number>; ignoredWeightIds: string[]; problem?: RankingProblem } {
  const known = new Set(criteria.map((criterion) => criterion.id));
  const ignoredWeightIds = Object.keys(userWeights).filter((id) => !known.has(id));
  const weights: Record<string, number> = {};
  for (const criterion of criteria) {
    const value = Object.hasOwn(userWeights, criterion.id) ? userWeights[criterion.id] : criterion.defaultWeight;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_WEIGHT) {
      return { weights, ignoredWeightIds, problem: { code: 'invalid-weight', criterionId: criterion.id, value } };
    }
    weights[criterion.id] = value;
  }
  return { weights, ignoredWeightIds };
}

/**
 * Ranks options by their weighted ratings. Every option is divided by the same best possible total,
 * so the order depends only on Σ weight × rating: scaling every weight by one factor changes
 * nothing, and raising one criterion's weight can only help the options best on it. Ties keep the
 * data's order, so the result is stable.
 */
export function rankByWeights(
  options: readonly RatedOption[],
  criteria: readonly { id: string; defaultWeight: number }[],
  userWeights: Readonly<Record<string, unknown>>,
): WeightedRanking {
  const { weights, ignoredWeightIds, problem } = resolveWeights(criteria, userWeights);
  if (problem) return { ok: false, problem, ignoredWeightIds };
  if (options.length === 0) return { ok: false, problem: { code: 'no-options' }, ignoredWeightIds };
  const totalWeight = criteria.reduce((sum, criterion) => sum + (weights[criterion.id] ?? 0), 0);
  if (totalWeight === 0) return { ok: false, problem: { code: 'all-weights-zero' }, ignoredWeightIds };

  const best = totalWeight * MAX_RATING;
  const scored = options.map((option, index) => {
    const contributions = criteria.map((criterion): Contribution => {
      const rating = option.ratings[criterion.id] ?? null;
      const weight = weights[criterion.id] ?? 0;
      return { criterionId: criterion.id, rating, weight, points: weight * (rating ?? UNKNOWN_RATING) };
    });
    const total = contributions.reduce((sum, contribution) => sum + contribution.points, 0);
    return { index, total, ranked: { optionId: option.id, score: (100 * total) / best, contributions } };
  });
  // Totals equal but for floating-point rounding are ties, so scaling the weights cannot reorder them.
  const tolerance = best * 1e-9;
  scored.sort((a, b) => (Math.abs(b.total - a.total) > tolerance ? b.total - a.total : a.index - b.index));
  return { ok: true, ranking: scored.map((entry) => entry.ranked), ignoredWeightIds };
}

/** A criterion counts as a strength from 4 of 5 up and a weakness from 1 down; an unknown is neither. */
const STRENGTH = 4;
const WEAKNESS = 1;

/**
 * The criteria that drove an option's place, heaviest first: its strong points among weighted
 * criteria, its weak ones, and those no source rates (scored UNKNOWN_RATING, said apart so a user
 * knows where the data is thin). Criteria weighted 0 played no part and are left out.
 */
export function explainContributions(contributions: readonly Contribution[]): {
  strengths: Contribution[];
  weaknesses: Contribution[];
  unknowns: Contribution[];
} {
  const weighted = contributions.filter((contribution) => contribution.weight > 0);
  const byPoints = (a: Contribution, b: Contribution) => b.points - a.points || b.weight - a.weight;
  const byWeight = (a: Contribution, b: Contribution) => b.weight - a.weight;
  return {
    strengths: weighted.filter((c) => c.rating !== null && c.rating >= STRENGTH).sort(byPoints),
    weaknesses: weighted.filter((c) => c.rating !== null && c.rating <= WEAKNESS).sort(byWeight),
    unknowns: weighted.filter((c) => c.rating === null).sort(byWeight),
  };
}
