import { z } from 'zod';
import type { SlaChannelName } from './channels';
import type { AvailabilityNode, EvaluatedNode } from '../sla/composite-availability';
import {
  availabilityPercentSchema,
  calendarMonthDaysSchema,
  calendarQuarterDaysSchema,
  periodConventionSchema,
} from '../sla/downtime-budget';
import { alertWindowSetSchema, alertWindowSetsFor, errorBudgetWindowSchema, sloPercentSchema } from '../sla/error-budget';
import { kubernetesBlocks, kubernetesChanges, kubernetesPresetSchema } from '../sla/kubernetes-availability';
import type { Table41Period } from '../sla/table-4-1';

/*
 * The SLA calculator's channels. The SLA page computes on every keystroke with the same shared
 * functions in the renderer (a round trip per keystroke buys nothing: the math is pure and needs no
 * data from main), so today these channels serve the CLI, and any other caller of the contract,
 * with the same checks on both sides as every other channel.
 */

const periodSecondsSchema = z.object({
  day: z.number(),
  week: z.number(),
  month: z.number(),
  quarter: z.number(),
  year: z.number(),
});

const positiveSeconds = z.number().finite().positive();

/** A composite of components in series, in parallel and k-of-n groups (see composite-availability). */
const availabilityNodeSchema: z.ZodType<AvailabilityNode> = z.lazy(() =>
  z.union([
    z.object({ kind: z.literal('component'), name: z.string().max(200), availabilityPercent: availabilityPercentSchema }),
    z.object({ kind: z.literal('serial'), name: z.string().max(200).optional(), children: z.array(availabilityNodeSchema).max(1_000) }),
    z.object({ kind: z.literal('parallel'), name: z.string().max(200).optional(), children: z.array(availabilityNodeSchema).max(1_000) }),
    z
      .object({
        kind: z.literal('k-of-n'),
        name: z.string().max(200).optional(),
        required: z.number().int().positive(),
        count: z.number().int().positive().max(1_000),
        unit: availabilityNodeSchema,
      })
      .refine((group) => group.required <= group.count, { message: 'A k-of-n group needs k ≤ n.' }),
  ]),
);

/** Deeper than any architecture drawn by hand; the bound keeps a hostile tree from exhausting the stack of the recursive checks. */
export const MAX_COMPOSITE_DEPTH = 64;
export const MAX_COMPOSITE_PARTS = 10_000;

/** Walks the tree without recursion, so a tree too deep for the schema is refused before the schema sees it. */
function withinCompositeBounds(tree: unknown): boolean {
  const pending: { node: unknown; depth: number }[] = [{ node: tree, depth: 1 }];
  let parts = 0;
  while (pending.length > 0) {
    const { node, depth } = pending.pop()!;
    parts += 1;
    if (depth > MAX_COMPOSITE_DEPTH || parts > MAX_COMPOSITE_PARTS) return false;
    if (typeof node !== 'object' || node === null) continue;
    const { children, unit } = node as { children?: unknown; unit?: unknown };
    if (Array.isArray(children)) for (const child of children) pending.push({ node: child, depth: depth + 1 });
    if (unit !== undefined) pending.push({ node: unit, depth: depth + 1 });
  }
  return true;
}

const boundedCompositeSchema = z
  .unknown()
  .refine(withinCompositeBounds, { message: `A composite may nest at most ${MAX_COMPOSITE_DEPTH} levels and hold at most ${MAX_COMPOSITE_PARTS} parts.` })
  .pipe(availabilityNodeSchema);

const evaluatedNodeSchema: z.ZodType<EvaluatedNode> = z.lazy(() =>
  z.object({ node: availabilityNodeSchema, unavailability: z.number(), availability: z.number(), children: z.array(evaluatedNodeSchema) }),
);

const kubernetesAvailabilitySchema = z.object({
  controlPlaneUnavailability: z.number(),
  clusterUnavailability: z.number(),
  blocks: z.record(z.enum(kubernetesBlocks), z.number()),
  weakest: z.enum(kubernetesBlocks),
  etcdQuorum: z.number(),
  etcdTolerates: z.number(),
});

/** Every window set a request names must exist for its window (four windows need 28 or 30 days). */
const windowSetFitsWindow = (request: { windowDays: 7 | 28 | 30; windowSet: 'three' | 'four' }) =>
  alertWindowSetsFor(request.windowDays).includes(request.windowSet);

const burnRateAlertRowSchema = z.object({
  severity: z.enum(['page', 'ticket']),
  budgetFraction: z.number(),
  longWindowSeconds: z.number(),
  shortWindowSeconds: z.number(),
  burnRate: z.number(),
  /** The windows as Prometheus writes them (1h, 5m). */
  longWindow: z.string(),
  shortWindow: z.string(),
  /** How long the whole budget lasts at this burn rate. */
  exhaustionSeconds: z.number(),
  derivation: z.object({ budgetFraction: z.number(), sloWindowHours: z.number(), longWindowHours: z.number(), burnRate: z.number() }),
});

const conventionChoiceSchema = z.object({ convention: periodConventionSchema, calendarMonthDays: calendarMonthDaysSchema.optional() });

const table41RowSchema = z.object({
  availabilityPercent: z.number(),
  cells: z.array(
    z.object({
      // Spelled out, not imported: table-4-1.ts reads its data file on import, which every contract user would pay for.
      period: z.enum(['year', 'month', 'week', 'day'] as const satisfies readonly Table41Period[]),
      printed: z.object({ text: z.string(), unit: z.enum(['hours', 'minutes', 'seconds', 'milliseconds']) }),
      printedSeconds: z.number(),
      computedSeconds: z.number(),
      computedAsPrinted: z.string(),
      matches: z.boolean(),
      differenceSeconds: z.number(),
      relativeDifference: z.number(),
      conventionsThatGiveIt: z.array(conventionChoiceSchema),
    }),
  ),
});

/** The SLA channels, merged into the contract's table. */
export const slaChannels = {
  computeDowntimeBudget: {
    request: z
      .object({
        availabilityPercent: availabilityPercentSchema,
        convention: periodConventionSchema.default('year-365'),
        calendarMonthDays: calendarMonthDaysSchema.optional(),
        calendarQuarterDays: calendarQuarterDaysSchema.optional(),
        /** A period of the caller's choosing (90 days, a release cycle), answered in `custom`. */
        customPeriodSeconds: positiveSeconds.optional(),
      })
      .strict(),
    response: z.object({
      availabilityPercent: z.number(),
      convention: periodConventionSchema,
      seconds: periodSecondsSchema,
      custom: z.object({ periodSeconds: z.number(), allowedSeconds: z.number() }).optional(),
    }),
  },
  /** The reverse: the availability a downtime in a period leaves. */
  computeAvailabilityFromDowntime: {
    request: z
      .object({ downtimeSeconds: z.number().finite().min(0), periodSeconds: positiveSeconds })
      .strict()
      .refine((request) => request.downtimeSeconds <= request.periodSeconds, { message: 'The downtime is longer than the period.' }),
    response: z.object({ availabilityPercent: z.number() }),
  },
  /** A composite of components, each level's availability, and its weakest component. */
  evaluateComposite: {
    request: z.object({ tree: boundedCompositeSchema }).strict(),
    response: z.object({ evaluated: evaluatedNodeSchema, weakest: availabilityNodeSchema.optional() }),
  },
  /** The Kubernetes preset's control plane and cluster availability, and what each single change buys. */
  evaluateKubernetesAvailability: {
    request: z.object({ preset: kubernetesPresetSchema }).strict(),
    response: z.object({
      result: kubernetesAvailabilitySchema,
      whatIfs: z.array(z.object({ change: z.enum(kubernetesChanges), preset: kubernetesPresetSchema, result: kubernetesAvailabilitySchema })),
    }),
  },
  computeErrorBudget: {
    request: z
      .object({ sloPercent: sloPercentSchema, windowDays: errorBudgetWindowSchema, requestsPerSecond: z.number().finite().positive().optional() })
      .strict(),
    response: z.object({
      sloPercent: z.number(),
      windowDays: errorBudgetWindowSchema,
      budgetFraction: z.number(),
      budgetSeconds: z.number(),
      requestsPerSecond: z.number().optional(),
      budgetRequests: z.number().optional(),
    }),
  },
  /**
   * The multiwindow burn-rate alerts for a window, and how long the budget lasts at a burn rate:
   * one given, or the one that spent `spent.budgetPercent` of the budget in `spent.elapsedSeconds`.
   */
  computeBurnRate: {
    request: z
      .object({
        windowDays: errorBudgetWindowSchema,
        windowSet: alertWindowSetSchema.default('three'),
        burnRate: z.number().finite().positive().optional(),
        spent: z.object({ budgetPercent: availabilityPercentSchema, elapsedSeconds: positiveSeconds }).strict().optional(),
        remainingPercent: availabilityPercentSchema.default(100),
      })
      .strict()
      .refine(windowSetFitsWindow, { message: 'Four alert windows need a 28- or 30-day window.', path: ['windowSet'] }),
    response: z.object({
      windowDays: errorBudgetWindowSchema,
      burnRate: z.number().optional(),
      remainingPercent: z.number(),
      exhaustionSeconds: z.number().optional(),
      alerts: z.array(burnRateAlertRowSchema),
    }),
  },
  /**
   * Prometheus recording and alerting rules for an SLO, as a rule file's YAML. An SLI it cannot use
   * or an alert no error ratio can reach fails with its `sla.*` error, like any refused request.
   */
  generateAlertRules: {
    request: z
      .object({
        sloPercent: sloPercentSchema,
        windowDays: errorBudgetWindowSchema,
        /** An error-ratio expression with `{{window}}`; absent, the example one (HTTP 5xx over all requests). */
        sliExpression: z.string().max(10_000).optional(),
        serviceName: z.string().max(200).optional(),
        windowSet: alertWindowSetSchema.default('three'),
      })
      .strict()
      .refine(windowSetFitsWindow, { message: 'Four alert windows need a 28- or 30-day window.', path: ['windowSet'] }),
    response: z.object({ yaml: z.string() }),
  },
  /** The seed's Table 4.1 recomputed cell by cell, with the conventions that give each printed figure. */
  compareTable41: { request: z.object({}).strict(), response: z.array(table41RowSchema) },
} as const satisfies Record<SlaChannelName, { request: z.ZodType; response: z.ZodType }>;
