import { describe, expect, it } from 'vitest';
import { parseCompositeSpec } from './composite-spec';
import { thrownUserError } from '../../tests/support/user-error';
import { decimalOrNaN, parseAvailabilityTarget, parseDecimal, parseDuration, parseSloTarget } from './parse-sla-input';

describe('parseAvailabilityTarget', () => {
  it('accepts a percent sign, a decimal comma and spaces', () => {
    expect(parseAvailabilityTarget(' 99.95 % ')).toEqual({ ok: true, value: 99.95 });
    expect(parseAvailabilityTarget('99,9')).toEqual({ ok: true, value: 99.9 });
    expect(parseAvailabilityTarget('100')).toEqual({ ok: true, value: 100 });
    expect(parseAvailabilityTarget('99.9999')).toEqual({ ok: true, value: 99.9999 });
  });

  it('names what is wrong with bad input', () => {
    expect(parseAvailabilityTarget('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseAvailabilityTarget('abc')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseAvailabilityTarget('NaN')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(parseAvailabilityTarget('-1')).toEqual({ ok: false, problem: 'negative' });
    expect(parseAvailabilityTarget('100.5')).toEqual({ ok: false, problem: 'above-100' });
  });

  it('refuses "forty nines" instead of rounding it to 100', () => {
    const fortyNines = `99.${'9'.repeat(38)}`;
    expect(Number(fortyNines)).toBe(100);
    expect(parseAvailabilityTarget(fortyNines)).toEqual({ ok: false, problem: 'beyond-precision' });
    expect(parseAvailabilityTarget(`99.${'9'.repeat(12)}`)).toEqual({ ok: false, problem: 'beyond-precision' });
  });
});

describe('parseSloTarget', () => {
  it('refuses 100 % and 0 %, which leave no meaningful error budget', () => {
    expect(parseSloTarget('100')).toEqual({ ok: false, problem: 'not-below-100' });
    expect(parseSloTarget('0')).toEqual({ ok: false, problem: 'zero' });
    expect(parseSloTarget('99.9')).toEqual({ ok: true, value: 99.9 });
  });
});

describe('parseDuration', () => {
  it('reads compact and spelled-out durations in both languages', () => {
    expect(parseDuration('7h12m')).toEqual({ ok: true, value: 25_920 });
    expect(parseDuration('43 min 12 s')).toEqual({ ok: true, value: 2_592 });
    expect(parseDuration('90d')).toEqual({ ok: true, value: 7_776_000 });
    expect(parseDuration('864ms')).toEqual({ ok: true, value: 0.864 });
    expect(parseDuration('8 小时 45 分 36 秒')).toEqual({ ok: true, value: 31_536 });
    expect(parseDuration('120')).toEqual({ ok: true, value: 120 });
    expect(parseDuration('2 hours')).toEqual({ ok: true, value: 7_200 });
    expect(parseDuration('2 小时')).toEqual({ ok: true, value: 7_200 });
    expect(parseDuration('1 hour 30 minutes')).toEqual({ ok: true, value: 5_400 });
    expect(parseDuration('2 weeks')).toEqual({ ok: true, value: 1_209_600 });
    expect(parseDuration('3 个星期')).toEqual({ ok: true, value: 1_814_400 });
  });

  it('reads months, quarters and years in the SLA’s convention', () => {
    // The default convention: a 365-day year, a month of a twelfth of it.
    expect(parseDuration('1 month')).toEqual({ ok: true, value: 2_628_000 });
    expect(parseDuration('1 个月')).toEqual({ ok: true, value: 2_628_000 });
    expect(parseDuration('1 year')).toEqual({ ok: true, value: 31_536_000 });
    const thirtyDays = { month: 2_592_000, quarter: 7_776_000, year: 31_536_000 };
    expect(parseDuration('1 month', thirtyDays)).toEqual({ ok: true, value: 2_592_000 });
    expect(parseDuration('2 quarters', thirtyDays)).toEqual({ ok: true, value: 15_552_000 });
    // "m" stays minutes; "mo" is a month.
    expect(parseDuration('5m')).toEqual({ ok: true, value: 300 });
    expect(parseDuration('1mo', thirtyDays)).toEqual({ ok: true, value: 2_592_000 });
  });

  it('names bad durations', () => {
    expect(parseDuration('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseDuration('-5m')).toEqual({ ok: false, problem: 'negative' });
    expect(parseDuration('7 hourz')).toEqual({ ok: false, problem: 'not-a-duration' });
    expect(parseDuration('2 moons')).toEqual({ ok: false, problem: 'not-a-duration' });
    expect(parseDuration('h')).toEqual({ ok: false, problem: 'not-a-duration' });
  });
});

describe('parseDecimal', () => {
  it('reads a decimal point or comma, a percent sign and full-width digits, as every SLA field does', () => {
    expect(parseDecimal('99.9')).toEqual({ ok: true, value: 99.9 });
    expect(parseDecimal('99,9')).toEqual({ ok: true, value: 99.9 });
    expect(parseDecimal(' 99,9 % ')).toEqual({ ok: true, value: 99.9 });
    expect(parseDecimal('９９．９')).toEqual({ ok: true, value: 99.9 });
    expect(parseDecimal('')).toEqual({ ok: false, problem: 'empty' });
    expect(parseDecimal('12abc')).toEqual({ ok: false, problem: 'not-a-number' });
    expect(decimalOrNaN('1,5')).toBe(1.5);
    expect(decimalOrNaN('x')).toBeNaN();
  });
});

describe('parseCompositeSpec', () => {
  it('reads percentages as `sla` does: "99,9" is 99.9, and names a value above 100', () => {
    expect(parseCompositeSpec('2x(api:99,9)')).toEqual(parseCompositeSpec('2x(api:99.9)'));
    expect(parseCompositeSpec('lb:99,99 % * api:99.9')).toEqual(parseCompositeSpec('lb:99.99 * api:99.9'));
    expect(thrownUserError(() => parseCompositeSpec('api:100,5'))).toMatchObject({ key: 'sla.composite.above100', params: { value: '100,5' } });
  });
});
