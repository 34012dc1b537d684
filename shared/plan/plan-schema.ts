import { z } from 'zod';
import { type DecisionId, decisionPlanSectionsSchema } from '../choices/decision-registry';
import { clusterPlanSectionSchema, defaultClusterPlanSection } from '../cluster/cluster-plan-section';
import { slaPlanSectionSchema } from '../sla/sla-plan-section';
import { backupPlanSectionSchema, identityPlanSectionSchema, ingressPlanSectionSchema } from './design-review-sections';
import { topologyPlanSectionSchema } from '../topology/topology-plan-section';
import { boundedRecord } from './bounded-record';

/** Bumped whenever a saved plan's shape changes; older files are migrated on open (see plan-migrations). */
export const PLAN_SCHEMA_VERSION = 3;

const text = (max: number) => z.string().max(max).default('');

/** MADR 4's statuses; "superseded" names its successor in the decision's text. */
export const decisionStatusSchema = z.enum(['proposed', 'accepted', 'rejected', 'deprecated', 'superseded']);
export type DecisionStatus = z.infer<typeof decisionStatusSchema>;

/** Arguments about one option, one per line: MADR's "Good, because …", "Neutral, because …", "Bad, because …". */
const optionArgumentsSchema = z.object({ good: text(5_000), neutral: text(5_000), bad: text(5_000) });
export type OptionArguments = z.infer<typeof optionArgumentsSchema>;

/**
 * A decision written as a MADR 4 record (https://github.com/adr/madr/blob/4.0.0/template/adr-template.md):
 * status, date and who took part; the context, the drivers, the options weighed with their pros and
 * cons, the outcome and why, its consequences and how its implementation will be confirmed.
 */
const distributionDecisionSchema = z.object({
  status: decisionStatusSchema.default('proposed'),
  /** When the decision was last updated; empty until someone says. */
  date: z.union([z.iso.date().max(10), z.literal('')]).default(''),
  deciders: text(1_000),
  consulted: text(1_000),
  informed: text(1_000),
  context: text(10_000),
  drivers: z.array(z.string().max(1_000)).max(50).default([]),
  /** Catalogue entry ids of the options considered, in the order they were weighed. */
  consideredEntryIds: z.array(z.string().max(200)).max(50).default([]),
  /** By catalogue entry id; an option without arguments has no entry. */
  optionArguments: boundedRecord(z.string().max(200), optionArgumentsSchema, 50).default({}),
  chosenEntryIds: z.array(z.string().max(200)).max(10).default([]),
  rationale: text(10_000),
  consequences: text(10_000),
  confirmation: text(5_000),
});

/** Where the document stands on its way to a signature. */
export const approvalStatusSchema = z.enum(['draft', 'in-review', 'approved']);
export type ApprovalStatus = z.infer<typeof approvalStatusSchema>;

export const auditStatusSchema = z.enum(['unchecked', 'pass', 'fail', 'not-applicable']);
export type AuditStatus = z.infer<typeof auditStatusSchema>;

export const riskStatusSchema = z.enum(['open', 'mitigated', 'accepted']);
export type RiskStatus = z.infer<typeof riskStatusSchema>;

/**
 * A plan's id names its file in the workspace (`<id>.kplan.json`), so it is kept to characters that
 * cannot climb out of the folder or clash with a reserved name.
 */
export const planIdSchema = z.string().max(100).regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/, 'a plan id is letters, digits, - and _');

/** Option ids from data/plan/observability-options.json; unknown ids are kept (a newer app may know them). */
const optionIdsSchema = z.array(z.string().max(100)).max(100).default([]);

export const planSchema = z.object({
  /** A JSON Schema an editor validates the file against (`npm run cli -- plan schema` prints ours); kept as written. */
  $schema: z.string().max(2_000).optional(),
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: planIdSchema,
  createdAt: z.iso.datetime().max(40),
  updatedAt: z.iso.datetime().max(40),
  /**
   * Counts the saves of this plan's file: a save says which revision it was edited from, and one
   * from an older revision (another window, tab or program saved since) is refused, not written
   * over. Files from before revisions start at 0.
   */
  revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
  title: z.string().max(200),
  team: text(200),
  context: text(20_000),
  goals: z.array(z.string().max(1_000)).max(100).default([]),
  distribution: distributionDecisionSchema.prefault({}),
  /** The document's status and version in its running header, and who signs it. */
  approval: z
    .object({
      status: approvalStatusSchema.default('draft'),
      version: z.string().max(40).default('0.1'),
      approvers: z.array(z.object({ name: z.string().max(200), role: text(200) })).max(20).default([]),
    })
    .prefault({}),
  /** One section per registered decision (CaaS/PaaS, SDN, storage, …), keyed by the decision's id. */
  ...decisionPlanSectionsSchema,
  sla: slaPlanSectionSchema.nullable().default(null),
  topology: topologyPlanSectionSchema.nullable().default(null),
  /** Kubernetes version, upgrade policy, pod and service networks: defaults until the team edits them. */
  cluster: clusterPlanSectionSchema.default(defaultClusterPlanSection),
  /** Choices from the seed's monitoring and logging chapters, with the team's own notes on each. */
  observability: z
    .object({
      monitoringOptionIds: optionIdsSchema,
      monitoring: text(10_000),
      loggingOptionIds: optionIdsSchema,
      logging: text(10_000),
    })
    .default({ monitoringOptionIds: [], monitoring: '', loggingOptionIds: [], logging: '' }),
  security: z
    .object({ namespaces: text(10_000), secrets: text(10_000), rbac: text(10_000), networkPolicy: text(10_000) })
    .default({ namespaces: '', secrets: '', rbac: '', networkPolicy: '' }),
  ingress: ingressPlanSectionSchema.prefault({}),
  backup: backupPlanSectionSchema.prefault({}),
  identity: identityPlanSectionSchema.prefault({}),
  /** Production-readiness audit, by item id from the seed's audit list. */
  audit: boundedRecord(z.string().max(100), z.object({ status: auditStatusSchema, note: text(2_000) }), 500).default({}),
  risks: z
    .array(
      z.object({
        id: z.string().max(100),
        description: z.string().max(2_000),
        mitigation: text(2_000),
        owner: text(200),
        status: riskStatusSchema.default('open'),
      }),
    )
    .max(200)
    .default([]),
  decisionLog: z
    .array(z.object({ id: z.string().max(100), date: z.iso.date().max(10), decision: z.string().max(2_000), by: text(200) }))
    .max(500)
    .default([]),
});
export type Plan = z.infer<typeof planSchema>;

/** The sections other features fill; each is null until its page has produced a result. */
export type PlanSectionKey = DecisionId | 'sla' | 'topology';

/** A new plan with every section empty; the id and clock come from the caller so tests can fix them. */
export function createEmptyPlan({ id, title, now }: { id: string; title: string; now: Date }): Plan {
  const timestamp = now.toISOString();
  return planSchema.parse({ schemaVersion: PLAN_SCHEMA_VERSION, id, title, createdAt: timestamp, updatedAt: timestamp });
}
