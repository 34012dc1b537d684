import { z } from 'zod';
import { periodConventionSchema } from './downtime-budget';

/**
 * What the SLA page puts into the plan: the target, the convention its budgets were computed
 * under, and the budgets themselves, so a reader of the exported plan needs no calculator.
 */
export const slaPlanSectionSchema = z.object({
  targetPercent: z.number().min(0).max(100),
  convention: periodConventionSchema,
  /** Allowed downtime per period, in seconds, under `convention`. */
  budgetSeconds: z.object({
    day: z.number().nonnegative(),
    week: z.number().nonnegative(),
    month: z.number().nonnegative(),
    quarter: z.number().nonnegative(),
    year: z.number().nonnegative(),
  }),
  /** The error budget the team alerts on; absent until the user sets one up. */
  errorBudget: z
    .object({
      windowDays: z.union([z.literal(7), z.literal(28), z.literal(30)]),
      budgetSeconds: z.number().nonnegative(),
      requestsPerSecond: z.number().positive().optional(),
      budgetRequests: z.number().nonnegative().optional(),
    })
    .optional(),
});
export type SlaPlanSection = z.infer<typeof slaPlanSectionSchema>;
