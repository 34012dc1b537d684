import { z } from 'zod';
import { caasPaasPlanSection } from '../choice-plan-builders';
import { caasPaasSectionToDocument } from '../choice-plan-document';
import { type CaasPaasPlanSection, caasPaasPlanSectionSchema } from '../choice-plan-sections';
import type { DecisionEntry, DecisionRegistration } from '../decision/decision-registration';
import { ignoredLines } from '../decision/option-entry';
import { type AnswerRef, type RankedDistributionType, rankDistributionTypes } from '../rank-distribution-types';
import { type Questionnaire, questionnaireSchema } from '../tradeoff-schema';
import { resolveWeights } from '../weighted-ranking';

/** How many answers each side a ranked type shows: the few that set it apart. */
const REASONS_SHOWN = 4;

const reasonText = (ref: AnswerRef) => (t: (key: string, options?: Record<string, unknown>) => string) =>
  t('caas.reason', { question: t(`caas.questions.${ref.questionId}.label`), answer: t(`caas.questions.${ref.questionId}.answers.${ref.answerId}`) });

/** The questions whose current answer a user may make a must-have: those Table 1.1 settles for each type. */
export function mustHaveQuestionIds(questionnaire: Questionnaire, answers: Readonly<Record<string, string>>): string[] {
  return questionnaire.questions
    .filter((question) => question.answers.some((answer) => answer.id === answers[question.id] && answer.mustHave !== undefined))
    .map((question) => question.id);
}

const answerMapSchema = z.record(z.string().max(100), z.string().max(100));

/**
 * The file `choices caas-paas --answers FILE` reads: the answers by question id, either alone or with
 * weights and the questions whose answers are must-haves, as the plan's section keeps them.
 */
const answersFileSchema = z
  .object({
    answers: answerMapSchema,
    weights: z.record(z.string().max(100), z.number()).default({}),
    mustHaves: z.array(z.string().max(100)).max(100).default([]),
  })
  .strict();

/**
 * CaaS or PaaS: the four distribution types of Table 1.1 ranked by the buyer's-checklist answers
 * (the settings, one per question), each question's weight, and the answers made must-haves.
 */
export const caasPaasDecision = {
  id: 'caasPaas',
  command: 'caas-paas',
  area: 'caas',
  dataSchema: questionnaireSchema,
  sectionSchema: caasPaasPlanSectionSchema,
  criteria: (questionnaire) => questionnaire.questions,
  requirementIds: (questionnaire, input) => mustHaveQuestionIds(questionnaire, input.settings),
  settings: (questionnaire) =>
    questionnaire.questions.map((question) => ({
      id: question.id,
      labelKey: `caas.questions.${question.id}.label`,
      choices: question.answers.map((answer) => ({ id: answer.id, labelKey: `caas.questions.${question.id}.answers.${answer.id}` })),
    })),
  describeRequirement: (_questionnaire, input, questionId, t) => {
    const answerId = input.settings[questionId];
    return answerId === undefined ? t(`caas.questions.${questionId}.label`) : reasonText({ questionId, answerId })(t);
  },
  defaultSettings: () => ({}),
  rank: (questionnaire, input) => {
    const result = rankDistributionTypes(questionnaire, input.settings, input.weights, input.requirements);
    const ignored = [
      ...(result.ignoredAnswers.length > 0
        ? [(t: (key: string, options?: Record<string, unknown>) => string) => t('ignored.answers', { count: result.ignoredAnswers.length })]
        : []),
      ...ignoredLines([
        ['ignored.weights', result.ignoredWeightIds],
        ['ignored.requirements', result.ok ? result.ignoredMustHaveIds : []],
      ]),
    ];
    if (!result.ok) return { ok: false, problem: result.problem, ignored };
    return {
      ok: true,
      ignored,
      notes: [],
      ranking: result.ranking.map((ranked) => ({
        ranked,
        optionId: ranked.type,
        name: { key: `caas.types.${ranked.type}.label` },
        score: ranked.score,
        standing: ranked.standing,
        checks: ranked.checks,
        warnings: [],
        reasons: [
          ...ranked.for.slice(0, REASONS_SHOWN).map((ref) => ({ effect: 'for' as const, text: reasonText(ref) })),
          ...ranked.against.slice(0, REASONS_SHOWN).map((ref) => ({ effect: 'against' as const, text: reasonText(ref) })),
        ],
        facts: [],
        sources: [],
      })),
    };
  },
  toPlanSection: (questionnaire, input, outcome, _chosen, rationale) => {
    const mustHaves = mustHaveQuestionIds(questionnaire, input.settings).filter((id) => input.requirements[id] === true);
    return caasPaasPlanSection(
      outcome.ranking.map((entry) => entry.ranked),
      { ...input.settings },
      resolveWeights(questionnaire.questions, input.weights).weights,
      rationale,
      mustHaves,
    );
  },
  sectionToDocument: caasPaasSectionToDocument,
  cli: {
    usage: '--answers FILE',
    options: {
      answers: {
        kind: 'json-file',
        apply: (json, _questionnaire, input) => {
          const full = answersFileSchema.safeParse(json);
          const bare = answerMapSchema.safeParse(json);
          const file = full.success ? full.data : bare.success ? { answers: bare.data, weights: {}, mustHaves: [] } : undefined;
          if (file === undefined) {
            const issues = (full.error?.issues ?? []).map((issue) => `${issue.path.join('.') || '/'}: ${issue.message}`).join('; ');
            return { problem: { key: 'choicesBadAnswers', params: { issues } } };
          }
          return {
            weights: { ...input.weights, ...file.weights },
            requirements: { ...input.requirements, ...Object.fromEntries(file.mustHaves.map((id) => [id, true])) },
            settings: { ...input.settings, ...file.answers },
          };
        },
      },
    },
  },
  summary: (section, t) => {
    const [top] = section.ranking;
    return top ? t('overview.caasPaas', { type: t(`caas.types.${top.type}.label`), score: Math.round(top.score) }) : t('document.noResult');
  },
} satisfies DecisionRegistration<Questionnaire, CaasPaasPlanSection, DecisionEntry & { ranked: RankedDistributionType }>;
