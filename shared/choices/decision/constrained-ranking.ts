import type { FactSource } from '../tradeoff-schema';
import { type RankedOption, type RatedOption, type WeightedRanking, rankByWeights } from '../weighted-ranking';

/** Whether an option does what a requirement asks: a fact says yes, a fact says no, or no source settles it. */
export type RequirementVerdict = 'meets' | 'fails' | 'unknown';

/**
 * A fact as the data words it (both languages), as i18n keys (in 'choices') of labels joined into
 * a list, said through `key` (its `{{list}}`) where one is given, or a product's one recorded status
 * (data/catalogue/product-status.json), worded as the catalogue words it.
 */
export type FactText = { en: string; zh: string } | { keys: string[]; key?: string } | { statusOf: string };

/** One requirement held against one option, with the fact that decided it and where the fact came from. */
export type RequirementCheck = {
  requirementId: string;
  verdict: RequirementVerdict;
  /** The fact, when the data gives one (a rating's note, the kinds of storage an option offers). */
  fact: FactText | null;
  /** A rating behind the verdict, when the requirement reads one (0–5). */
  rating?: number | null;
  sources: FactSource[];
};

/**
 * Where an option stands against every stated requirement: it meets all of them, no source settles
 * at least one (and it fails none), or it fails at least one.
 */
export type Standing = 'meets-all' | 'unknown' | 'fails';

/** A requirement the user stated, and how to hold an option against it. */
export type Requirement<Option> = {
  id: string;
  check: (option: Option) => Omit<RequirementCheck, 'requirementId'>;
};

export type ConstrainedEntry = RankedOption & { standing: Standing; checks: RequirementCheck[] };

export type ConstrainedRanking =
  | { ok: true; ranking: ConstrainedEntry[]; ignoredWeightIds: string[] }
  | Extract<WeightedRanking, { ok: false }>;

function standingOf(checks: readonly RequirementCheck[]): Standing {
  if (checks.some((check) => check.verdict === 'fails')) return 'fails';
  if (checks.some((check) => check.verdict === 'unknown')) return 'unknown';
  return 'meets-all';
}

const countOf = (checks: readonly RequirementCheck[], verdict: RequirementVerdict) =>
  checks.filter((check) => check.verdict === verdict).length;

/**
 * Ranks options by their weighted ratings, with every stated requirement as a constraint rather than
 * a weight: the options that meet all of them come first, then those no source settles on one, then
 * those that fail one. Among these, fewer failed requirements come first, then fewer unknown ones,
 * then the weights decide. A requirement never changes a score, and stating one more can only move
 * an option that fails it down: the order is lexicographic on (failed, unknown, weighted place),
 * and a new requirement adds one to the first count of every option that fails it, and at most one
 * to a count of any other.
 */
export function rankWithRequirements<Option extends RatedOption>(
  options: readonly Option[],
  criteria: readonly { id: string; defaultWeight: number }[],
  userWeights: Readonly<Record<string, unknown>>,
  requirements: readonly Requirement<Option>[],
): ConstrainedRanking {
  const weighted = rankByWeights(options, criteria, userWeights);
  if (!weighted.ok) return weighted;
  const byId = new Map(options.map((option) => [option.id, option]));
  const entries = weighted.ranking.map((ranked, index) => {
    const option = byId.get(ranked.optionId)!;
    const checks = requirements.map((requirement) => ({ requirementId: requirement.id, ...requirement.check(option) }));
    return { index, entry: { ...ranked, standing: standingOf(checks), checks } };
  });
  const key = ({ index, entry }: (typeof entries)[number]) => [countOf(entry.checks, 'fails'), countOf(entry.checks, 'unknown'), index];
  entries.sort((a, b) => {
    const [ka, kb] = [key(a), key(b)];
    return ka[0]! - kb[0]! || ka[1]! - kb[1]! || ka[2]! - kb[2]!;
  });
  return { ok: true, ranking: entries.map(({ entry }) => entry), ignoredWeightIds: weighted.ignoredWeightIds };
}
