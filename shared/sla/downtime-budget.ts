import { z } from 'zod';
import type { CalendarLengths } from './parse-sla-input';

export const SECONDS_PER_DAY = 86_400;
const SECONDS_PER_WEEK = 7 * SECONDS_PER_DAY;

export const budgetPeriods = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type BudgetPeriod = (typeof budgetPeriods)[number];

/**
 * How long a "month", a "quarter" and a "year" are. SLAs differ here, so the convention is always
 * named alongside a result. The seed's Table 4.1 uses the 365-day year with a month of a twelfth.
 * - year-365: 365-day year; month = year / 12, quarter = year / 4 (the default).
 * - month-30: 30-day month, 90-day quarter, 365-day year (many cloud SLAs bill by 30 days).
 * - year-365.25 / year-365.2425: Julian and Gregorian average years; month and quarter as fractions.
 * - calendar-month: a real month of 28 to 31 days (`calendarMonthDays`) and a real calendar quarter of
 *   90 to 92 days (`calendarQuarterDays`): three months of one length make 84 or 93 days, no quarter's.
 */
export const periodConventionSchema = z.enum(['year-365', 'month-30', 'year-365.25', 'year-365.2425', 'calendar-month']);
export type PeriodConvention = z.infer<typeof periodConventionSchema>;
export const periodConventions = periodConventionSchema.options;

export const calendarMonthDaysSchema = z.union([z.literal(28), z.literal(29), z.literal(30), z.literal(31)]);
export type CalendarMonthDays = z.infer<typeof calendarMonthDaysSchema>;

/** A calendar quarter: Q1 has 90 days (91 in a leap year), Q2 91, Q3 and Q4 92. */
export const calendarQuarterDaysSchema = z.union([z.literal(90), z.literal(91), z.literal(92)]);
export type CalendarQuarterDays = z.infer<typeof calendarQuarterDaysSchema>;

export type ConventionOptions = {
  /** Only for `calendar-month`: the month's length. 31 when absent, the longest (most generous) month. */
  calendarMonthDays?: CalendarMonthDays;
  /** Only for `calendar-month`: the quarter's length. 92 when absent, the longest (most generous) quarter. */
  calendarQuarterDays?: CalendarQuarterDays;
};

const daysPerYear: Record<PeriodConvention, number> = {
  'year-365': 365,
  'month-30': 365,
  'year-365.25': 365.25,
  'year-365.2425': 365.2425,
  'calendar-month': 365,
};

export function periodLengthSeconds(
  period: BudgetPeriod,
  convention: PeriodConvention,
  options: ConventionOptions = {},
): number {
  const year = daysPerYear[convention] * SECONDS_PER_DAY;
  const fixedMonthDays =
    convention === 'month-30' ? 30 : convention === 'calendar-month' ? (options.calendarMonthDays ?? 31) : undefined;
  switch (period) {
    case 'day':
      return SECONDS_PER_DAY;
    case 'week':
      return SECONDS_PER_WEEK;
    case 'month':
      return fixedMonthDays === undefined ? year / 12 : fixedMonthDays * SECONDS_PER_DAY;
    case 'quarter':
      if (convention === 'calendar-month') return (options.calendarQuarterDays ?? 92) * SECONDS_PER_DAY;
      return fixedMonthDays === undefined ? year / 4 : 3 * fixedMonthDays * SECONDS_PER_DAY;
    case 'year':
      return year;
  }
}

/** Availability as a percentage; 100 is allowed (no downtime), 0 is allowed (always down). */
export const availabilityPercentSchema = z.number().finite().min(0).max(100);

/** Hours of service for each weekday, Monday first; 24 everywhere means round the clock. */
export const serviceHoursSchema = z.array(z.number().finite().min(0).max(24)).length(7);
export type ServiceHours = z.infer<typeof serviceHoursSchema>;
export const roundTheClock: ServiceHours = [24, 24, 24, 24, 24, 24, 24];

/**
 * Planned maintenance: `excluded` takes it out of the measured time (it costs no budget), `counted`
 * treats it as downtime that spends the budget before any incident does.
 */
export const maintenanceWindowSchema = z.object({
  minutes: z.number().finite().min(0),
  every: z.enum(['week', 'month']),
  treatment: z.enum(['excluded', 'counted']),
});
export type MaintenanceWindow = z.infer<typeof maintenanceWindowSchema>;

export type DowntimeBudgetOptions = ConventionOptions & {
  serviceHours?: ServiceHours;
  maintenance?: MaintenanceWindow;
  /** A period of the user's choosing, in seconds (90 days, a release cycle…). */
  customPeriodSeconds?: number;
};

export type PeriodBudget = {
  /** The calendar length of the period. */
  periodSeconds: number;
  /** The part of it that counts for availability: service hours, less excluded maintenance. */
  measuredSeconds: number;
  /** Planned maintenance falling in the period. */
  maintenanceSeconds: number;
  /** Downtime the target allows for incidents, after counted maintenance took its share; never below 0. */
  allowedSeconds: number;
  /** True when counted maintenance alone uses more than the whole budget. */
  overspent: boolean;
};

export type DowntimeBudget = {
  availabilityPercent: number;
  convention: PeriodConvention;
  /** Allowed (incident) downtime in seconds for each period: `periods[p].allowedSeconds`. */
  seconds: Record<BudgetPeriod, number>;
  periods: Record<BudgetPeriod, PeriodBudget>;
  custom?: PeriodBudget;
};

/**
 * Products of binary fractions carry noise in their last digits (86,400 × 0.001 is 86.40000000000001);
 * twelve significant digits remove it at any magnitude, so 8.64 µs keeps all its digits where rounding
 * to the microsecond made it 9 µs.
 */
function withoutNoise(seconds: number): number {
  return seconds === 0 ? 0 : Number(seconds.toPrecision(12));
}

/**
 * The unavailable fraction worked out from the target's decimal digits: 100 − 99.99999999 in binary is
 * 1.00000008e-8, 8 parts in a billion off; "99.99999999" read digit by digit gives 1e-8 exactly.
 */
export function unavailableFraction(availabilityPercent: number): number {
  const decimal = String(availabilityPercent);
  const match = /^(\d+)(?:\.(\d+))?$/u.exec(decimal);
  if (!match) return (100 - availabilityPercent) / 100;
  const [, whole = '0', fraction = ''] = match;
  const scaled = BigInt(whole + fraction);
  const hundred = 100n * 10n ** BigInt(fraction.length);
  return Number(`${hundred - scaled}e-${fraction.length + 2}`);
}

function budgetForPeriod(
  periodSeconds: number,
  unavailable: number,
  options: DowntimeBudgetOptions,
  monthSeconds: number,
): PeriodBudget {
  const hours = options.serviceHours ?? roundTheClock;
  // Service hours repeat weekly, so any period gets the weekly share of its length: exact for days
  // averaged over a week, weeks and longer periods.
  const serviceShare = hours.reduce((sum, value) => sum + value, 0) / (7 * 24);
  const serviceSeconds = periodSeconds * serviceShare;
  const maintenance = options.maintenance;
  const maintenanceSeconds = maintenance
    ? Math.min(
        serviceSeconds,
        maintenance.minutes * 60 * (periodSeconds / (maintenance.every === 'week' ? SECONDS_PER_WEEK : monthSeconds)),
      )
    : 0;
  const excluded = maintenance?.treatment === 'excluded';
  const measuredSeconds = excluded ? serviceSeconds - maintenanceSeconds : serviceSeconds;
  const budget = unavailable * measuredSeconds;
  const allowed = excluded ? budget : budget - maintenanceSeconds;
  return {
    periodSeconds,
    measuredSeconds: withoutNoise(measuredSeconds),
    maintenanceSeconds: withoutNoise(maintenanceSeconds),
    allowedSeconds: withoutNoise(Math.max(0, allowed)),
    overspent: allowed < 0,
  };
}

export function computeDowntimeBudget(
  availabilityPercent: number,
  convention: PeriodConvention = 'year-365',
  options: DowntimeBudgetOptions = {},
): DowntimeBudget {
  availabilityPercentSchema.parse(availabilityPercent);
  if (options.serviceHours) serviceHoursSchema.parse(options.serviceHours);
  if (options.maintenance) maintenanceWindowSchema.parse(options.maintenance);
  if (options.customPeriodSeconds !== undefined) z.number().finite().positive().parse(options.customPeriodSeconds);
  const unavailable = unavailableFraction(availabilityPercent);
  const monthSeconds = periodLengthSeconds('month', convention, options);
  const periods = Object.fromEntries(
    budgetPeriods.map((period) => [period, budgetForPeriod(periodLengthSeconds(period, convention, options), unavailable, options, monthSeconds)]),
  ) as Record<BudgetPeriod, PeriodBudget>;
  const seconds = Object.fromEntries(budgetPeriods.map((period) => [period, periods[period].allowedSeconds])) as Record<
    BudgetPeriod,
    number
  >;
  const custom =
    options.customPeriodSeconds === undefined ? undefined : budgetForPeriod(options.customPeriodSeconds, unavailable, options, monthSeconds);
  return { availabilityPercent, convention, seconds, periods, ...(custom ? { custom } : {}) };
}

/**
 * The reverse: the availability that `downtimeSeconds` of downtime in a period of `periodSeconds`
 * leaves, as a percentage.
 */
export function availabilityFromDowntime(downtimeSeconds: number, periodSeconds: number): number {
  z.number().finite().min(0).parse(downtimeSeconds);
  z.number().finite().positive().parse(periodSeconds);
  if (downtimeSeconds > periodSeconds) throw new RangeError('The downtime is longer than the period.');
  return (1 - downtimeSeconds / periodSeconds) * 100;
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

/** A convention's month, quarter and year in seconds: what "1 month" means in a typed duration. */
export function calendarLengths(convention: PeriodConvention, options: ConventionOptions = {}): CalendarLengths {
  return {
    month: periodLengthSeconds('month', convention, options),
    quarter: periodLengthSeconds('quarter', convention, options),
    year: periodLengthSeconds('year', convention, options),
  };
}
