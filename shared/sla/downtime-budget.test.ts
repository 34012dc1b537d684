import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetPeriods, computeDowntimeBudget, periodLengthSeconds, toLargestUnit } from './downtime-budget';

describe('computeDowntimeBudget', () => {
  it('gives the Table 4.1 figures for three nines on a 365-day year', () => {
    const { seconds } = computeDowntimeBudget(99.9);
    expect(seconds.year / 3_600).toBeCloseTo(8.76, 10);
    expect(seconds.month / 60).toBeCloseTo(43.8, 10);
    expect(seconds.week / 60).toBeCloseTo(10.08, 10);
    expect(seconds.day).toBeCloseTo(86.4, 10);
    expect(seconds.quarter / 3_600).toBeCloseTo(2.19, 10);
  });

  it('gives five nines as about 5.26 minutes a year', () => {
    expect(computeDowntimeBudget(99.999).seconds.year / 60).toBeCloseTo(5.256, 3);
  });

  it('names the convention it used and lets the caller choose another', () => {
    expect(computeDowntimeBudget(99).convention).toBe('year-365');
    const julian = computeDowntimeBudget(99, 'year-365.25');
    expect(julian.seconds.year).toBeCloseTo(0.01 * 365.25 * 86_400, 6);
  });

  it('rejects availabilities outside 0–100 and non-numbers', () => {
    expect(() => computeDowntimeBudget(100.1)).toThrow();
    expect(() => computeDowntimeBudget(-1)).toThrow();
    expect(() => computeDowntimeBudget(Number.NaN)).toThrow();
  });

  it('is monotonic: more availability never allows more downtime', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lowBudget = computeDowntimeBudget(low).seconds;
        const highBudget = computeDowntimeBudget(high).seconds;
        return budgetPeriods.every((period) => highBudget[period] <= lowBudget[period]);
      }),
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
