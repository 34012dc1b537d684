import { z } from 'zod';
import { distributionTypeSchema, localizedTextSchema } from '../catalogue/schema';

/** Weights run 0–5, as on the page's sliders; 0 leaves a criterion out. */
export const MAX_WEIGHT = 5;
/** Ratings share the weights' scale, so a score reads as "how much of the best possible". */
export const MAX_RATING = 5;

/**
 * Where a fact came from: a passage of the seed (The New Stack, 2017), or, for anything that
 * changed since, an official page and the year it was last read.
 */
export const factSourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('seed'),
    /** The seed's section or table, in both languages; bounded, since plans carry these sources. */
    section: z.object({ en: z.string().min(1).max(500), zh: z.string().min(1).max(500) }),
    /** First and last line of the passage in the seed file. */
    lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  }),
  z.object({
    kind: z.literal('web'),
    url: z.url({ protocol: /^https$/ }).max(2_048),
    asOf: z.number().int().min(2017).max(2100),
  }),
]);
export type FactSource = z.infer<typeof factSourceSchema>;

/** A descriptive fact (not scored): a sentence in both languages and where it came from. */
export const describedFactSchema = z.object({
  text: localizedTextSchema,
  sources: z.array(factSourceSchema).min(1),
});
export type DescribedFact = z.infer<typeof describedFactSchema>;

/**
 * A rating on one criterion. `null` means no source settles it: the ranking counts it as 0 and
 * the page says "unknown", so an option earns nothing that nobody has confirmed.
 */
export const ratedFactSchema = z
  .object({
    rating: z.number().min(0).max(MAX_RATING).nullable(),
    note: localizedTextSchema.optional(),
    sources: z.array(factSourceSchema),
  })
  .refine((fact) => fact.rating === null || fact.sources.length > 0, {
    message: 'a rating needs at least one source',
    path: ['sources'],
  });
export type RatedFact = z.infer<typeof ratedFactSchema>;

const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

/** A criterion the user weights; its label and rubric live in the 'choices' i18n namespace. */
export const criterionSchema = z.object({
  id: idSchema,
  defaultWeight: z.number().int().min(0).max(MAX_WEIGHT),
});
export type Criterion = z.infer<typeof criterionSchema>;

/** When a fact dates from: the seed's 2017, or added later (the page marks those). */
const eraSchema = z.enum(['seed-2017', 'after-2017']);

// ---------------------------------------------------------------- survey shares

export const surveyShareSchema = z.object({
  id: idSchema,
  label: localizedTextSchema,
  percent: z.number().min(0).max(100),
  /** The options this share counts towards: "Azure-branded storage" covers Azure Disk and Azure Files. */
  optionIds: z.array(idSchema).default([]),
});
export const surveySchema = z.object({
  question: localizedTextSchema,
  source: factSourceSchema,
  shares: z.array(surveyShareSchema).min(1),
});
export type Survey = z.infer<typeof surveySchema>;

// ---------------------------------------------------------------- SDN

export const sdnCriterionIdSchema = z.enum([
  'network-policy',
  'encryption',
  'partial-connectivity',
  'performance',
  'simplicity',
  'maintenance',
  'adoption-2017',
]);
export type SdnCriterionId = z.infer<typeof sdnCriterionIdSchema>;

/** Criteria rated in the data; adoption is derived from the survey instead. */
const ratedSdnCriteria = sdnCriterionIdSchema.exclude(['adoption-2017']);

export const sdnOptionSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  organization: z.string().min(1).optional(),
  era: eraSchema,
  encapsulation: describedFactSchema,
  routing: describedFactSchema,
  /** The seed's remarks on subnet restrictions and distributed data, where it makes any. */
  remarks: z.array(describedFactSchema).default([]),
  // The option's state today lives once, in data/catalogue/product-status.json, under its id.
  ratings: z.record(ratedSdnCriteria, ratedFactSchema),
  homepage: z.url({ protocol: /^https$/ }).optional(),
});
export type SdnOption = z.infer<typeof sdnOptionSchema>;

export const sdnDataSchema = z.object({
  criteria: z.array(criterionSchema.extend({ id: sdnCriterionIdSchema })).min(1),
  options: z.array(sdnOptionSchema).min(2),
  survey: surveySchema,
});
export type SdnData = z.infer<typeof sdnDataSchema>;

// ---------------------------------------------------------------- storage

export const storageKindSchema = z.enum(['block', 'file', 'object']);
export type StorageKind = z.infer<typeof storageKindSchema>;
export const infrastructureSchema = z.enum(['aws', 'gcp', 'azure', 'on-premises']);
export type Infrastructure = z.infer<typeof infrastructureSchema>;
export const accessModeSchema = z.enum(['RWO', 'ROX', 'RWX']);
export type AccessMode = z.infer<typeof accessModeSchema>;

/** The workloads the page asks about, each with the kind of storage it usually needs. */
export const storageWorkloadSchema = z.enum(['stateful-databases', 'legacy-shared-files', 'static-content']);
export type StorageWorkload = z.infer<typeof storageWorkloadSchema>;

/** What each workload needs is a constraint (see rank-storage-options), not a criterion to weight. */
export const storageCriterionIdSchema = z.enum(['snapshots', 'expansion', 'maintenance', 'adoption-2017']);
export type StorageCriterionId = z.infer<typeof storageCriterionIdSchema>;

const ratedStorageCriteria = storageCriterionIdSchema.exclude(['adoption-2017']);

export const storageOptionSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  organization: z.string().min(1).optional(),
  era: eraSchema,
  kinds: z.array(storageKindSchema).min(1),
  /** Kubernetes PersistentVolume access modes; empty for object stores, which are not volumes. */
  accessModes: z.array(accessModeSchema),
  infrastructures: z.array(infrastructureSchema).min(1),
  /** How a cluster reaches it today (CSI driver, operator, S3 API). */
  integration: describedFactSchema,
  // The option's state today lives once, in data/catalogue/product-status.json, under its id.
  ratings: z.record(ratedStorageCriteria, ratedFactSchema),
  homepage: z.url({ protocol: /^https$/ }).optional(),
});
export type StorageOption = z.infer<typeof storageOptionSchema>;

export const storageDataSchema = z.object({
  criteria: z.array(criterionSchema.extend({ id: storageCriterionIdSchema })).min(1),
  /** What each workload needs unless the user says otherwise. */
  defaultNeeds: z.record(storageWorkloadSchema, storageKindSchema),
  options: z.array(storageOptionSchema).min(2),
  survey: surveySchema,
  /** The seed's shares of block, file and object storage: what informs the kind each workload needs. */
  kindsSurvey: surveySchema,
});
export type StorageData = z.infer<typeof storageDataSchema>;

// ---------------------------------------------------------------- CaaS / PaaS questionnaire

/** How well an answer fits each Table 1.1 type, 0–5. */
const fitSchema = z.record(distributionTypeSchema, z.number().min(0).max(MAX_RATING));

export const questionSchema = z.object({
  id: idSchema,
  defaultWeight: z.number().int().min(0).max(MAX_WEIGHT),
  /** The buyer's-checklist item or Table 1.1 row the question is built from. */
  basis: factSourceSchema,
  /** The Table 1.1 row (data/catalogue/distribution-types.json trait id) behind the fits, if one is. */
  traitId: idSchema.optional(),
  answers: z
    .array(
      z.object({
        id: idSchema,
        fit: fitSchema,
        /**
         * For an answer a user may make a must-have: whether each type offers it, read off the Table 1.1
         * row named by the question's `traitId` (Yes true, No false, Maybe null: not known). A test holds
         * it against data/catalogue/distribution-types.json, so the two cannot drift apart.
         */
        mustHave: z.record(distributionTypeSchema, z.boolean().nullable()).optional(),
      }),
    )
    .min(2),
});
export type Question = z.infer<typeof questionSchema>;

export const questionnaireSchema = z
  .object({ source: z.string().min(1), questions: z.array(questionSchema).min(1) })
  .refine((value) => new Set(value.questions.map((question) => question.id)).size === value.questions.length, {
    message: 'question ids must be unique',
  });
export type Questionnaire = z.infer<typeof questionnaireSchema>;

// Everything main serves is one entry per decision: see tradeoffDataSchema in decision-registry.ts.
