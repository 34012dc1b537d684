import { z } from 'zod';

const SECONDS_PER_DAY = 86_400;

export const budgetPeriods = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type BudgetPeriod = (typeof budgetPeriods)[number];

/**
 * How long a "month" and a "quarter" are. SLAs differ here, so the convention is always named
 * alongside a result. The seed's Table 4.1 uses the 365-day year.
 */
export const periodConventionSchema = z.enum(['year-365', 'year-365.25']);
export type PeriodConvention = z.infer<typeof periodConventionSchema>;

const daysPerYear: Record<PeriodConvention, number> = {
  'year-365': 365,
  'year-365.25': 365.25,
};

export function periodLengthSeconds(period: BudgetPeriod, convention: PeriodConvention): number {
  const year = daysPerYear[convention] * SECONDS_PER_DAY;
  switch (period) {
    case 'day':
      return SECONDS_PER_DAY;
    case 'week':
      return 7 * SECONDS_PER_DAY;
    case 'month':
      return year / 12;
    case 'quarter':
      return year / 4;
    case 'year':
      return year;
  }
}

/** Availability as a percentage; 100 is allowed (no downtime), 0 is allowed (always down). */
export const availabilityPercentSchema = z.number().finite().min(0).max(100);

export type DowntimeBudget = {
  availabilityPercent: number;
  convention: PeriodConvention;
  /** Allowed downtime in seconds for each period. */
  seconds: Record<BudgetPeriod, number>;
};

/**
 * 100 - 99.9 is 0.09999999999999432 in binary floating point; rounding to the microsecond removes
 * that noise (31,536 s, not 31,535.99999999821) while keeping every precision an SLA can use.
 */
function toMicroseconds(seconds: number): number {
  return Math.round(seconds * 1e6) / 1e6;
}

export function computeDowntimeBudget(
  availabilityPercent: number,
  convention: PeriodConvention = 'year-365',
): DowntimeBudget {
  availabilityPercentSchema.parse(availabilityPercent);
  const unavailable = (100 - availabilityPercent) / 100;
  const seconds = Object.fromEntries(
    budgetPeriods.map((period) => [period, toMicroseconds(unavailable * periodLengthSeconds(period, convention))]),
  ) as Record<BudgetPeriod, number>;
  return { availabilityPercent, convention, seconds };
}

export type DurationUnit = 'seconds' | 'minutes' | 'hours' | 'days';

const unitSeconds: Record<DurationUnit, number> = {
  seconds: 1,
  minutes: 60,
  hours: 3_600,
  days: SECONDS_PER_DAY,
};

/**
 * Picks the largest unit in which the duration is at least one, so 31,536 s reads as 8.76 hours
 * rather than 525.6 minutes: the way people quote SLA budgets.
 */
export function toLargestUnit(seconds: number): { value: number; unit: DurationUnit } {
  const units: DurationUnit[] = ['days', 'hours', 'minutes'];
  for (const unit of units) {
    if (seconds >= unitSeconds[unit]) return { value: seconds / unitSeconds[unit], unit };
  }
  return { value: seconds, unit: 'seconds' };
}
