import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  availabilityFromDowntime,
  budgetPeriods,
  computeDowntimeBudget,
  periodConventions,
  periodLengthSeconds,
  toLargestUnit,
} from './downtime-budget';

// Published values: the seed's Table 4.1 (The State of the Kubernetes Ecosystem, 2017, lines 1081-1085)
// quotes 99.9 % as 8.76 hours a year, 43.8 minutes a month, 10.1 minutes a week, 1.44 minutes a day.
describe('computeDowntimeBudget', () => {
  it('gives the Table 4.1 figures for three nines on a 365-day year', () => {
    const { seconds } = computeDowntimeBudget(99.9);
    expect(seconds.year / 3_600).toBeCloseTo(8.76, 10);
    expect(seconds.month / 60).toBeCloseTo(43.8, 10);
    expect(seconds.week / 60).toBeCloseTo(10.08, 10);
    expect(seconds.day / 60).toBeCloseTo(1.44, 10);
    expect(seconds.quarter / 3_600).toBeCloseTo(2.19, 10);
  });

  it('gives 43 min 12 s a month for 99.9 % with a 30-day month (0.1 % of 2,592,000 s)', () => {
    expect(computeDowntimeBudget(99.9, 'month-30').seconds.month).toBeCloseTo(43 * 60 + 12, 6);
    expect(computeDowntimeBudget(99.9, 'month-30').seconds.quarter).toBeCloseTo(3 * 2_592, 6);
  });

  it('gives five nines as about 5.26 minutes a year', () => {
    expect(computeDowntimeBudget(99.999).seconds.year / 60).toBeCloseTo(5.256, 3);
  });

  it('names the convention it used and lets the caller choose another', () => {
    expect(computeDowntimeBudget(99).convention).toBe('year-365');
    expect(computeDowntimeBudget(99, 'year-365.25').seconds.year).toBeCloseTo(0.01 * 365.25 * 86_400, 6);
    expect(computeDowntimeBudget(99, 'year-365.2425').seconds.year).toBeCloseTo(0.01 * 365.2425 * 86_400, 6);
    expect(computeDowntimeBudget(99, 'calendar-month', { calendarMonthDays: 28 }).seconds.month).toBeCloseTo(0.01 * 28 * 86_400, 6);
    expect(computeDowntimeBudget(99, 'calendar-month').seconds.month).toBeCloseTo(0.01 * 31 * 86_400, 6);
  });

  it('gives calendar quarters their real lengths, 90 to 92 days, whatever the month', () => {
    for (const calendarQuarterDays of [90, 91, 92] as const) {
      expect(periodLengthSeconds('quarter', 'calendar-month', { calendarQuarterDays, calendarMonthDays: 28 })).toBe(calendarQuarterDays * 86_400);
    }
    // Three 28-day or 31-day months would make 84 or 93 days, which no quarter has.
    expect(periodLengthSeconds('quarter', 'calendar-month', { calendarMonthDays: 31 })).toBe(92 * 86_400);
    expect(periodLengthSeconds('quarter', 'calendar-month', { calendarMonthDays: 28 })).toBe(92 * 86_400);
    expect(computeDowntimeBudget(99.9, 'calendar-month', { calendarQuarterDays: 90 }).seconds.quarter).toBe(7_776);
  });

  it('computes a custom period alongside the standard ones', () => {
    expect(computeDowntimeBudget(99.95, 'year-365', { customPeriodSeconds: 90 * 86_400 }).custom?.allowedSeconds).toBeCloseTo(3_888, 6);
  });

  it('counts only service hours: weekdays 9-17 are 40 of 168 hours', () => {
    const budget = computeDowntimeBudget(99.9, 'year-365', { serviceHours: [8, 8, 8, 8, 8, 0, 0] });
    expect(budget.seconds.week).toBeCloseTo(0.001 * 40 * 3_600, 6);
    expect(budget.periods.week.measuredSeconds).toBeCloseTo(40 * 3_600, 6);
  });

  it('takes excluded maintenance out of the measured time, and counted maintenance out of the budget', () => {
    const excluded = computeDowntimeBudget(99.9, 'year-365', { maintenance: { minutes: 60, every: 'week', treatment: 'excluded' } });
    expect(excluded.periods.week.measuredSeconds).toBe(604_800 - 3_600);
    expect(excluded.seconds.week).toBeCloseTo(0.001 * (604_800 - 3_600), 6);
    const counted = computeDowntimeBudget(99.9, 'year-365', { maintenance: { minutes: 5, every: 'week', treatment: 'counted' } });
    expect(counted.seconds.week).toBeCloseTo(604.8 - 300, 6);
    const overspent = computeDowntimeBudget(99.9, 'year-365', { maintenance: { minutes: 60, every: 'week', treatment: 'counted' } });
    expect(overspent.seconds.week).toBe(0);
    expect(overspent.periods.week.overspent).toBe(true);
  });

  it('rejects availabilities outside 0–100 and non-numbers', () => {
    expect(() => computeDowntimeBudget(100.1)).toThrow();
    expect(() => computeDowntimeBudget(-1)).toThrow();
    expect(() => computeDowntimeBudget(Number.NaN)).toThrow();
    expect(computeDowntimeBudget(100).seconds.year).toBe(0);
  });

  it('is monotonic: more availability never allows more downtime, under every convention', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.constantFrom(...periodConventions),
        (a, b, convention) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const lowBudget = computeDowntimeBudget(low, convention).seconds;
          const highBudget = computeDowntimeBudget(high, convention).seconds;
          return budgetPeriods.every((period) => highBudget[period] <= lowBudget[period]);
        },
      ),
    );
  });

  it('never allows more downtime than the period lasts, nor less than none', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (percent) => {
        const budget = computeDowntimeBudget(percent).seconds;
        return budgetPeriods.every(
          (period) => budget[period] >= 0 && budget[period] <= periodLengthSeconds(period, 'year-365') + 1e-6,
        );
      }),
    );
  });
});

describe('availabilityFromDowntime', () => {
  it('reads 7 h 12 min of downtime in a 30-day month as 99.000 %', () => {
    expect(availabilityFromDowntime(7 * 3_600 + 12 * 60, 30 * 86_400)).toBeCloseTo(99, 10);
  });

  it('inverts the forward calculation: reverse(forward(x)) = x', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.constantFrom(...budgetPeriods), (percent, period) => {
        const budget = computeDowntimeBudget(percent);
        const back = availabilityFromDowntime(budget.seconds[period], budget.periods[period].periodSeconds);
        return Math.abs(back - percent) < 1e-8;
      }),
    );
  });

  it('refuses downtime longer than the period or negative', () => {
    expect(() => availabilityFromDowntime(2 * 86_400, 86_400)).toThrow(/longer than the period/);
    expect(() => availabilityFromDowntime(-1, 86_400)).toThrow();
    expect(() => availabilityFromDowntime(1, 0)).toThrow();
  });
});

describe('toLargestUnit', () => {
  it('reads a three-nines year as 8.76 hours', () => {
    const { value, unit } = toLargestUnit(31_536);
    expect(unit).toBe('hours');
    expect(value).toBeCloseTo(8.76, 10);
  });

  it('keeps sub-minute budgets in seconds and long ones in days', () => {
    expect(toLargestUnit(8.64)).toEqual({ value: 8.64, unit: 'seconds' });
    expect(toLargestUnit(3 * 86_400).unit).toBe('days');
  });
});
