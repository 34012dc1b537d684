import { z } from 'zod';

/** The four distribution types of the seed's Table 1.1, from most to least self-operated. */
export const distributionTypeIdSchema = z.enum(['community', 'vendor', 'vendor-value-add', 'paas']);
export type DistributionTypeId = z.infer<typeof distributionTypeIdSchema>;

/** Weights run 0–5, as on the page's sliders; 0 leaves a criterion out. */
const weightsSchema = z.record(z.string(), z.number().min(0).max(5));

/**
 * The CaaS/PaaS questionnaire as the plan keeps it: the answers (the buyer's checklist), the
 * weights and the ranking. Reasons are derived from these again when the plan is exported, so
 * they read in the export's language.
 */
export const caasPaasPlanSectionSchema = z.object({
  answers: z.record(z.string(), z.string()),
  weights: weightsSchema,
  ranking: z.array(z.object({ type: distributionTypeIdSchema, score: z.number() })),
  /** The user's own words on the decision; empty until written. */
  rationale: z.string().max(10_000).default(''),
});
export type CaasPaasPlanSection = z.infer<typeof caasPaasPlanSectionSchema>;

export const sdnPlanSectionSchema = z.object({
  weights: weightsSchema,
  /** Requirements that raise warnings, e.g. isolation between tenants. */
  requirements: z.record(z.string(), z.boolean()),
  ranking: z.array(z.object({ optionId: z.string(), score: z.number() })),
  chosenOptionId: z.string(),
  rationale: z.string().max(10_000).default(''),
});
export type SdnPlanSection = z.infer<typeof sdnPlanSectionSchema>;

export const storagePlanSectionSchema = z.object({
  infrastructure: z.enum(['aws', 'gcp', 'azure', 'on-premises']),
  /** Per workload kind, the kind of storage it needs. */
  needs: z.record(z.string(), z.enum(['block', 'file', 'object', 'none'])),
  weights: weightsSchema,
  ranking: z.array(z.object({ optionId: z.string(), score: z.number() })),
  chosenOptionId: z.string(),
  rationale: z.string().max(10_000).default(''),
});
export type StoragePlanSection = z.infer<typeof storagePlanSectionSchema>;
