import { type DistributionType, distributionTypeSchema } from '../catalogue/schema';
import { type ConstrainedEntry, type Requirement, rankWithRequirements } from './decision/constrained-ranking';
import type { Question, Questionnaire } from './tradeoff-schema';
import { type RankingProblem, resolveWeights } from './weighted-ranking';

export type AnswerRef = { questionId: string; answerId: string };

export type RankedDistributionType = Pick<ConstrainedEntry, 'standing' | 'checks'> & {
  type: DistributionType;
  score: number;
  /** Answers that favour this type most, heaviest first. */
  for: AnswerRef[];
  /** Answers that favour it least. */
  against: AnswerRef[];
};

export type DistributionTypeRanking =
  | {
      ok: true;
      ranking: RankedDistributionType[];
      answeredCount: number;
      /** Answers from an old plan whose question or answer the questionnaire no longer has. */
      ignoredAnswers: AnswerRef[];
      ignoredWeightIds: string[];
      /** Must-haves on questions left unanswered, or on answers no type is rated against. */
      ignoredMustHaveIds: string[];
    }
  | {
      ok: false;
      problem: RankingProblem | { code: 'no-answers' };
      ignoredAnswers: AnswerRef[];
      ignoredWeightIds: string[];
    };

/**
 * An answer made a must-have: a type that Table 1.1 says does not offer it fails, one it says may
 * offer it is not known to meet it.
 */
function mustHaveRequirement(question: Question, mustHave: Record<DistributionType, boolean | null>): Requirement<{ id: string }> {
  return {
    id: question.id,
    check: ({ id }) => {
      const offered = mustHave[id as DistributionType];
      return { verdict: offered === null ? 'unknown' : offered ? 'meets' : 'fails', fact: null, sources: [question.basis] };
    },
  };
}

/**
 * Ranks the four Table 1.1 types by the answered questions: each answer says how well it fits
 * each type (0–5), and each question's weight says how much that answer counts. Unanswered
 * questions play no part. The reasons are the answers that set a type apart: those where it fits
 * best (or worst) of the four, weighted by how far it stands from the others. An answer the user
 * made a must-have is a constraint: a type Table 1.1 says lacks it ranks below every type that has it.
 */
export function rankDistributionTypes(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, string>>,
  userWeights: Readonly<Record<string, unknown>>,
  mustHaves: Readonly<Record<string, boolean>> = {},
): DistributionTypeRanking {
  const { weights, ignoredWeightIds, problem } = resolveWeights(questionnaire.questions, userWeights);
  const ignoredAnswers: AnswerRef[] = [];
  const answered = questionnaire.questions.flatMap((question) => {
    const answerId = answers[question.id];
    if (answerId === undefined) return [];
    const answer = question.answers.find((candidate) => candidate.id === answerId);
    if (!answer) {
      ignoredAnswers.push({ questionId: question.id, answerId });
      return [];
    }
    return [{ question, answer }];
  });
  const knownQuestions = new Set(questionnaire.questions.map((question) => question.id));
  for (const [questionId, answerId] of Object.entries(answers)) {
    if (!knownQuestions.has(questionId)) ignoredAnswers.push({ questionId, answerId });
  }
  if (problem) return { ok: false, problem, ignoredAnswers, ignoredWeightIds };
  if (answered.length === 0) return { ok: false, problem: { code: 'no-answers' }, ignoredAnswers, ignoredWeightIds };

  const types = distributionTypeSchema.options;
  const criteria = answered.map(({ question }) => ({ id: question.id, defaultWeight: weights[question.id] ?? 0 }));
  const options = types.map((type) => ({
    id: type,
    ratings: Object.fromEntries(answered.map(({ question, answer }) => [question.id, answer.fit[type]])),
  }));
  const requirements = answered.flatMap(({ question, answer }) =>
    mustHaves[question.id] === true && answer.mustHave ? [mustHaveRequirement(question, answer.mustHave)] : [],
  );
  const ignoredMustHaveIds = Object.keys(mustHaves).filter(
    (id) => mustHaves[id] === true && !requirements.some((requirement) => requirement.id === id),
  );
  const result = rankWithRequirements(options, criteria, {}, requirements);
  if (!result.ok) return { ok: false, problem: result.problem, ignoredAnswers, ignoredWeightIds };

  const reasonsFor = (type: DistributionType, side: 'for' | 'against'): AnswerRef[] =>
    answered
      .map(({ question, answer }) => {
        const fits = types.map((candidate) => answer.fit[candidate]);
        const [high, low] = [Math.max(...fits), Math.min(...fits)];
        const own = answer.fit[type];
        const others = fits.reduce((sum, fit) => sum + fit, 0) - own;
        const margin = (weights[question.id] ?? 0) * Math.abs(own - others / (types.length - 1));
        const decisive = high > low && (side === 'for' ? own === high : own === low);
        return { ref: { questionId: question.id, answerId: answer.id }, margin, decisive };
      })
      .filter((entry) => entry.decisive && entry.margin > 0)
      .sort((a, b) => b.margin - a.margin)
      .map((entry) => entry.ref);

  return {
    ok: true,
    answeredCount: answered.length,
    ignoredAnswers,
    ignoredWeightIds,
    ignoredMustHaveIds,
    ranking: result.ranking.map((ranked) => {
      const type = ranked.optionId as DistributionType;
      return {
        type,
        score: ranked.score,
        standing: ranked.standing,
        checks: ranked.checks,
        for: reasonsFor(type, 'for'),
        against: reasonsFor(type, 'against'),
      };
    }),
  };
}
