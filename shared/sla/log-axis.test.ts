import { describe, expect, it } from 'vitest';
import { computeDowntimeBudget } from './downtime-budget';
import { logAxisDomain } from './log-axis';

describe('logAxisDomain', () => {
  it('shows every bar of the downtime chart: the 99.9999 % bar above the floor, the 99 % bar under the ceiling', () => {
    const hours = [99, 99.5, 99.9, 99.95, 99.99, 99.999, 99.9999].map((target) => computeDowntimeBudget(target).seconds.year / 3_600);
    const { domain, ticks } = logAxisDomain(hours);
    expect(domain).toEqual([0.001, 100]);
    expect(ticks).toEqual([0.001, 0.01, 0.1, 1, 10, 100]);
    for (const value of hours) {
      expect(value).toBeGreaterThan(domain[0]);
      expect(value).toBeLessThanOrEqual(domain[1]);
    }
  });

  it('goes a decade lower when the smallest value is a power of ten, so its bar keeps a height', () => {
    expect(logAxisDomain([0.01, 5]).domain).toEqual([0.001, 10]);
    expect(logAxisDomain([100]).domain).toEqual([10, 100]);
  });

  it('ignores zero and non-finite values, which a log scale cannot show', () => {
    expect(logAxisDomain([0, Number.NaN, 2]).domain).toEqual([1, 10]);
    expect(logAxisDomain([]).domain).toEqual([0.1, 1]);
  });
});
