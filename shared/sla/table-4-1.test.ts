import { describe, expect, it } from 'vitest';
import { compareTable41 } from './table-4-1';

// The printed values come from data/sla/table-4-1.json (the book's Table 4.1); no reference file is read here.
describe('compareTable41', () => {
  const table = compareTable41();
  const cell = (percent: number, period: string) =>
    table.find((row) => row.availabilityPercent === percent)?.cells.find((entry) => entry.period === period);

  it('matches the printed values that the 365-day convention gives', () => {
    expect(cell(99.9, 'year')?.matches).toBe(true);
    expect(cell(99.9, 'week')?.computedAsPrinted).toBe('10.1');
    expect(cell(99.99, 'day')?.matches).toBe(true);
    expect(cell(99.999, 'year')?.matches).toBe(true);
  });

  it('explains 25.9 s a month for five nines: a 30-day month gives it, the default gives 26.3 s', () => {
    const month = cell(99.999, 'month');
    expect(month?.matches).toBe(false);
    expect(month?.computedAsPrinted).toBe('26.3');
    expect(month?.differenceSeconds).toBeCloseTo(25.9 - 26.28, 6);
    expect(month?.conventionsThatGiveIt).toContainEqual({ convention: 'month-30' });
    expect(month?.conventionsThatGiveIt).toContainEqual({ convention: 'calendar-month', calendarMonthDays: 30 });
  });

  it('finds no convention for 864.3 ms a day: every day is 86,400 s, so it is 864 ms', () => {
    const day = cell(99.999, 'day');
    expect(day?.matches).toBe(false);
    expect(day?.computedSeconds).toBeCloseTo(0.864, 9);
    expect(day?.differenceSeconds).toBeCloseTo(0.0003, 9);
    expect(day?.conventionsThatGiveIt).toEqual([]);
  });

  it('differs in exactly those two cells', () => {
    expect(table.flatMap((row) => row.cells).filter((entry) => !entry.matches)).toHaveLength(2);
  });
});
