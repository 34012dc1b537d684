import { z } from 'zod';
import { computeDowntimeBudget } from '../sla/downtime-budget';
import { PLAN_SCHEMA_VERSION } from './plan-schema';

/**
 * Version 1 plans (the first prototype's files) were flat: a `name`, free-text `notes`, one chosen
 * distribution id with its rationale, the SLA as a bare percentage and risks as plain sentences.
 */
const planV1Schema = z.object({
  version: z.literal(1),
  id: z.string(),
  name: z.string(),
  team: z.string().optional(),
  notes: z.string().optional(),
  goals: z.array(z.string()).optional(),
  distribution: z.string().optional(),
  distributionRationale: z.string().optional(),
  slaTarget: z.number().optional(),
  risks: z.array(z.string()).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type PlanV1 = z.infer<typeof planV1Schema>;

/**
 * The version a plan document says it has: v2 and later carry `schemaVersion`, v1 carried `version`.
 * Undefined when neither is a positive whole number, so the caller can say the file is not a plan.
 */
export function readPlanVersion(json: unknown): number | undefined {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return undefined;
  const record = json as Record<string, unknown>;
  const version = 'schemaVersion' in record ? record.schemaVersion : record.version;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : undefined;
}

function migrateV1ToV2(json: unknown): unknown {
  const v1 = planV1Schema.parse(json);
  const chosen = v1.distribution ? [v1.distribution] : [];
  return {
    schemaVersion: 2,
    id: v1.id,
    createdAt: v1.createdAt,
    updatedAt: v1.updatedAt,
    title: v1.name,
    team: v1.team ?? '',
    context: v1.notes ?? '',
    goals: v1.goals ?? [],
    distribution: { context: '', consideredEntryIds: chosen, chosenEntryIds: chosen, rationale: v1.distributionRationale ?? '', consequences: '' },
    // v1 stored only the percentage; the budgets a v2 SLA section carries are computed from it under
    // the 365-day year, the convention v1's calculator used.
    sla:
      v1.slaTarget === undefined
        ? null
        : { targetPercent: v1.slaTarget, convention: 'year-365', budgetSeconds: computeDowntimeBudget(v1.slaTarget, 'year-365').seconds },
    risks: (v1.risks ?? []).map((description, index) => ({ id: `risk-${index + 1}`, description, mitigation: '', owner: '', status: 'open' })),
  };
}

/**
 * Version 3 made the distribution decision a MADR 4 record and added the approval, ingress, backup
 * and identity sections. The new sections take their defaults; a decision that already names its
 * chosen option was taken, so it is accepted, and one that does not is still proposed.
 */
function migrateV2ToV3(json: unknown): unknown {
  const v2 = z.looseObject({ schemaVersion: z.literal(2), distribution: z.looseObject({ chosenEntryIds: z.array(z.string()).default([]) }).prefault({}) }).parse(json);
  return {
    ...v2,
    schemaVersion: 3,
    distribution: { ...v2.distribution, status: v2.distribution.chosenEntryIds.length > 0 ? 'accepted' : 'proposed' },
  };
}

/** Step `n` turns a version-n document into version n + 1; indexed from version 1. */
const migrations: readonly ((json: unknown) => unknown)[] = [migrateV1ToV2, migrateV2ToV3];

/**
 * Brings an older plan document up to the current version, one step at a time. The caller has
 * checked `fromVersion` (readPlanVersion) is between 1 and the current version; a step throws a
 * ZodError when the document is not what its version promises.
 */
export function migratePlanDocument(json: unknown, fromVersion: number): unknown {
  let document = json;
  for (let version = fromVersion; version < PLAN_SCHEMA_VERSION; version += 1) {
    document = migrations[version - 1]!(document);
  }
  return document;
}
