import { z } from 'zod';
import { distributionTypeSchema } from '../catalogue/schema';
import { unmaintainedStateSchema } from '../catalogue/product-status';
import {
  MAX_RATING,
  MAX_WEIGHT,
  factSourceSchema,
  infrastructureSchema,
  storageKindSchema,
  storageWorkloadSchema,
} from './tradeoff-schema';
import { boundedRecord } from '../plan/bounded-record';

/** The four distribution types of the seed's Table 1.1, as the catalogue names them. */
export const distributionTypeIdSchema = distributionTypeSchema;
export type DistributionTypeId = z.infer<typeof distributionTypeIdSchema>;

const idSchema = z.string().max(100);

/** Weights run 0–5, as on the page's sliders; 0 leaves a criterion out. */
const weightsSchema = boundedRecord(idSchema, z.number().min(0).max(MAX_WEIGHT), 100);
const scoreSchema = z.number().min(0).max(100);
const rationaleSchema = z.string().max(10_000).default('');

/** Requirements on the network that turn a missing capability into a warning. */
export const sdnRequirementIdSchema = z.enum(['tenant-isolation', 'encrypted-traffic', 'crosses-firewalls']);
export type SdnRequirementId = z.infer<typeof sdnRequirementIdSchema>;

/** Kept as codes with parameters, so the export words them in its own language. */
export const choiceWarningSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('not-maintained'), state: unmaintainedStateSchema }),
  z.object({ code: z.literal('folded-into-other') }),
  z.object({ code: z.literal('missing-requirement'), requirementId: sdnRequirementIdSchema, known: z.boolean() }),
  z.object({ code: z.literal('uncovered-need'), workload: storageWorkloadSchema, kind: storageKindSchema }),
  /** A distribution whose latest certification runs more than two minor versions behind the newest. */
  z.object({ code: z.literal('lagging'), lag: z.number().int().min(0).max(100), latest: z.string().max(20), newest: z.string().max(20) }),
]);
export type ChoiceWarning = z.infer<typeof choiceWarningSchema>;

/** One criterion's part in the chosen option's score, as a reason in the export. */
export const criterionReasonSchema = z.object({
  criterionId: idSchema,
  rating: z.number().min(0).max(MAX_RATING).nullable(),
  weight: z.number().min(0).max(MAX_WEIGHT),
  effect: z.enum(['strength', 'weakness', 'unknown']),
});
export type CriterionReason = z.infer<typeof criterionReasonSchema>;

/**
 * Where an option stood against the stated requirements (see decision/constrained-ranking). Absent
 * in plans saved before requirements ranked, whose options were ranked by weight alone.
 */
const standingSchema = z.enum(['meets-all', 'unknown', 'fails']).optional();

const rankedOptionSchema = z.object({
  optionId: idSchema,
  /** The option's proper name, so an export reads without the data files. */
  optionName: z.string().max(200).default(''),
  score: scoreSchema,
  standing: standingSchema,
});

/**
 * The CaaS/PaaS questionnaire as the plan keeps it: the answers (the buyer's checklist), the
 * weights, the ranking and the answers that drove the top type. Reasons are ids, worded again
 * in the export's language.
 */
export const caasPaasPlanSectionSchema = z.object({
  answers: boundedRecord(idSchema, idSchema, 100),
  weights: weightsSchema,
  ranking: z.array(z.object({ type: distributionTypeIdSchema, score: scoreSchema, standing: standingSchema })).max(10),
  /** The questions whose answers the user made must-haves. */
  mustHaves: z.array(idSchema).max(100).default([]),
  reasons: z
    .array(z.object({ questionId: idSchema, answerId: idSchema, effect: z.enum(['for', 'against']) }))
    .max(100)
    .default([]),
  /** The user's own words on the decision; empty until written. */
  rationale: rationaleSchema,
});
export type CaasPaasPlanSection = z.infer<typeof caasPaasPlanSectionSchema>;

export const sdnPlanSectionSchema = z.object({
  weights: weightsSchema,
  /** Requirements that raise warnings, e.g. isolation between tenants. */
  requirements: boundedRecord(idSchema, z.boolean(), 100),
  ranking: z.array(rankedOptionSchema).max(100),
  chosenOptionId: idSchema,
  reasons: z.array(criterionReasonSchema).max(50).default([]),
  warnings: z.array(choiceWarningSchema).max(50).default([]),
  /** Where the chosen option's facts came from. */
  sources: z.array(factSourceSchema).max(50).default([]),
  rationale: rationaleSchema,
});
export type SdnPlanSection = z.infer<typeof sdnPlanSectionSchema>;

export const storagePlanSectionSchema = z.object({
  infrastructure: infrastructureSchema,
  /** Per workload kind, the kind of storage it needs. */
  needs: boundedRecord(idSchema, z.enum(['block', 'file', 'object', 'none']), 100),
  weights: weightsSchema,
  ranking: z.array(rankedOptionSchema).max(100),
  chosenOptionId: idSchema,
  reasons: z.array(criterionReasonSchema).max(50).default([]),
  warnings: z.array(choiceWarningSchema).max(50).default([]),
  sources: z.array(factSourceSchema).max(50).default([]),
  rationale: rationaleSchema,
});
export type StoragePlanSection = z.infer<typeof storagePlanSectionSchema>;
