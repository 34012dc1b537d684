import { z } from 'zod';
import { decisionIds } from '../choices/decision-registry';
import { infrastructureSchema, storageKindSchema } from '../choices/tradeoff-schema';
import { calendarMonthDaysSchema, maintenanceWindowSchema, periodConventionSchema } from '../sla/downtime-budget';
import { errorBudgetWindowSchema } from '../sla/error-budget';
import { kubernetesPresetSchema } from '../sla/kubernetes-availability';

const id = z.string().max(200);
const typed = z.string().max(10_000);
const ids = z.array(id).max(1_000);

/**
 * The SLA page's tools as the page keeps them (see renderer/features/sla/sla-slice): typed text
 * stays text. A field the page does not find is filled from its defaults.
 */
const slaToolsSchema = z
  .object({
    tab: z.enum(['calculator', 'table41', 'composite', 'errorBudget']),
    calendarMonthDays: calendarMonthDaysSchema,
    customPeriod: typed,
    serviceHours: z.array(typed).length(7),
    maintenanceMinutes: typed,
    maintenanceEvery: maintenanceWindowSchema.shape.every,
    maintenanceTreatment: maintenanceWindowSchema.shape.treatment,
    reverseDowntime: typed,
    reversePeriod: typed,
    kubernetes: z.object(Object.fromEntries(Object.keys(kubernetesPresetSchema.shape).map((key) => [key, typed]))).partial(),
    compositeSpec: typed,
    errorBudgetWindow: errorBudgetWindowSchema,
    requestsPerSecond: typed,
    burnRate: typed,
    remainingPercent: typed,
    sliExpression: typed,
    serviceName: typed,
  })
  .partial();

const weights = z.record(id, z.number().min(0).max(5));

/** What the user entered for one decision on the Choices page (renderer/features/choices/choices-slice). */
const decisionViewSchema = z.object({
  input: z.object({ weights, requirements: z.record(id, z.boolean()), settings: z.record(id, typed) }),
  chosenId: id.nullable(),
  rationale: typed,
});

/**
 * The Choices page's fields as view state version 1 kept them, one set per decision. Kept (checked
 * the same way) so the page can still upgrade such a file into `decisions`.
 */
export const choicesViewV1Schema = z.object({
  caasAnswers: z.record(id, id),
  caasWeights: weights,
  caasRationale: typed,
  sdnWeights: weights,
  sdnRequirements: z.record(id, z.boolean()),
  sdnChosenId: id.nullable(),
  sdnRationale: typed,
  storageInfrastructure: infrastructureSchema,
  storageNeeds: z.record(id, z.union([storageKindSchema, z.literal('none')])),
  storageWeights: weights,
  storageChosenId: id.nullable(),
  storageRationale: typed,
});

/**
 * The view the page persists as view state `workspace` (renderer/app/store's `partialize`): where
 * the user was and what they entered on each page. Main checks each field on load, so a damaged or
 * hand-edited file resets that field instead of blanking the page.
 */
export const workspaceViewSchema = z
  .object({
    section: z.enum(['catalogue', 'choices', 'sla', 'plan']),
    slaInput: typed,
    slaConvention: periodConventionSchema,
    slaTools: slaToolsSchema,
    catalogueSearch: typed,
    catalogueFilters: z.array(z.object({ id, value: z.json() })).max(100),
    catalogueSorting: z.array(z.object({ id, desc: z.boolean() })).max(100),
    catalogueColumnVisibility: z.record(id, z.boolean()),
    catalogueColumnSizing: z.record(id, z.number().nonnegative()),
    catalogueColumnOrder: ids,
    catalogueSelectedId: id.nullable(),
    catalogueShortlist: ids,
    catalogueShortlistOnly: z.boolean(),
    catalogueCompareIds: ids,
    choicesTab: z.enum([...decisionIds, 'topology']),
    decisions: z.partialRecord(z.enum(decisionIds), decisionViewSchema),
    ...choicesViewV1Schema.shape,
  })
  .partial();
export type WorkspaceView = z.infer<typeof workspaceViewSchema>;
