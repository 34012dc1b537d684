import { z } from 'zod';
import { calendarMonthDaysSchema, calendarQuarterDaysSchema, periodConventionSchema } from './downtime-budget';

const periodSecondsSchema = z.object({
  day: z.number().nonnegative(),
  week: z.number().nonnegative(),
  month: z.number().nonnegative(),
  quarter: z.number().nonnegative(),
  year: z.number().nonnegative(),
});

/**
 * What the SLA page puts into the plan: the target, the convention its budgets were computed
 * under, and the budgets themselves, so a reader of the exported plan needs no calculator. Fields
 * added after the first version are optional, so older plans still load.
 */
export const slaPlanSectionSchema = z.object({
  targetPercent: z.number().min(0).max(100),
  convention: periodConventionSchema,
  calendarMonthDays: calendarMonthDaysSchema.optional(),
  calendarQuarterDays: calendarQuarterDaysSchema.optional(),
  /** Allowed downtime per period, in seconds, under `convention`. */
  budgetSeconds: periodSecondsSchema,
  /** A period of the user's own, with its allowed downtime. */
  customPeriod: z.object({ periodSeconds: z.number().positive(), budgetSeconds: z.number().nonnegative() }).optional(),
  /** The error budget the team alerts on; absent until the user sets one up. */
  errorBudget: z
    .object({
      windowDays: z.union([z.literal(7), z.literal(28), z.literal(30)]),
      budgetSeconds: z.number().nonnegative(),
      requestsPerSecond: z.number().positive().optional(),
      budgetRequests: z.number().nonnegative().optional(),
      /** The multiwindow burn-rate alerts for that window. */
      burnRateAlerts: z
        .array(
          z.object({
            severity: z.enum(['page', 'ticket']),
            budgetFraction: z.number().min(0).max(1),
            longWindowSeconds: z.number().positive(),
            shortWindowSeconds: z.number().positive(),
            burnRate: z.number().positive(),
          }),
        )
        .max(10)
        .optional(),
    })
    .optional(),
});
export type SlaPlanSection = z.infer<typeof slaPlanSectionSchema>;
