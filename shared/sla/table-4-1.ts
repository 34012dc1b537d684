import { z } from 'zod';
import table41Json from '../../data/sla/table-4-1.json';
import {
  type BudgetPeriod,
  type CalendarMonthDays,
  type PeriodConvention,
  computeDowntimeBudget,
  periodConventions,
} from './downtime-budget';

const printedUnitSchema = z.enum(['hours', 'minutes', 'seconds', 'milliseconds']);
export type PrintedUnit = z.infer<typeof printedUnitSchema>;
const printedUnitSeconds: Record<PrintedUnit, number> = { hours: 3_600, minutes: 60, seconds: 1, milliseconds: 0.001 };

/** Table 4.1 prints these four columns, in this order. */
export const table41Periods = ['year', 'month', 'week', 'day'] as const satisfies readonly BudgetPeriod[];
export type Table41Period = (typeof table41Periods)[number];

const printedValueSchema = z.object({
  /** As printed, so its precision (the number of decimals) is known. */
  text: z.string().regex(/^\d+(\.\d+)?$/),
  unit: printedUnitSchema,
});
export type PrintedValue = z.infer<typeof printedValueSchema>;

/**
 * The seed's Table 4.1 as printed ("可靠性 9 停机阈值", credited there to Susan J. Fowler's book),
 * kept as data (data/sla/table-4-1.json) so the page can compare it with the calculator rather
 * than repeat it.
 */
export const table41Schema = z.object({
  source: z.object({ document: z.string().min(1), file: z.string().min(1), location: z.string().min(1) }),
  rows: z
    .array(
      z.object({
        availabilityPercent: z.number().min(0).max(100),
        values: z.object({ year: printedValueSchema, month: printedValueSchema, week: printedValueSchema, day: printedValueSchema }),
      }),
    )
    .min(1),
});

const table41 = table41Schema.parse(table41Json);
export const table41Source = table41.source;
export const table41Printed = table41.rows;

/** A convention, and for a real calendar month its length. */
export type ConventionChoice = { convention: PeriodConvention; calendarMonthDays?: CalendarMonthDays };

/** Every convention the calculator knows, each calendar month length separately. */
export const allConventionChoices: ConventionChoice[] = periodConventions.flatMap((convention): ConventionChoice[] =>
  convention === 'calendar-month'
    ? ([28, 29, 30, 31] as const).map((calendarMonthDays) => ({ convention, calendarMonthDays }))
    : [{ convention }],
);

export type Table41Cell = {
  period: Table41Period;
  printed: PrintedValue;
  printedSeconds: number;
  /** Under the default convention (365-day year, month = year / 12). */
  computedSeconds: number;
  /** The computed value in the printed unit, rounded to the printed number of decimals. */
  computedAsPrinted: string;
  matches: boolean;
  /** printed − computed, in seconds and relative to the computed value. */
  differenceSeconds: number;
  relativeDifference: number;
  /** Conventions whose value, rounded as printed, gives the printed figure. */
  conventionsThatGiveIt: ConventionChoice[];
};

function decimalsOf(text: string): number {
  return text.split('.')[1]?.length ?? 0;
}

function roundedAsPrinted(seconds: number, printed: PrintedValue): string {
  return (seconds / printedUnitSeconds[printed.unit]).toFixed(decimalsOf(printed.text));
}

/** Recomputes every cell of Table 4.1 and says where, and why, the printed figure differs. */
export function compareTable41(): { availabilityPercent: number; cells: Table41Cell[] }[] {
  return table41Printed.map(({ availabilityPercent, values }) => {
    const computed = computeDowntimeBudget(availabilityPercent).seconds;
    const cells = table41Periods.map((period): Table41Cell => {
      const printed = values[period];
      const printedSeconds = Number(printed.text) * printedUnitSeconds[printed.unit];
      const computedSeconds = computed[period];
      const computedAsPrinted = roundedAsPrinted(computedSeconds, printed);
      const conventionsThatGiveIt = allConventionChoices.filter(
        (choice) =>
          roundedAsPrinted(computeDowntimeBudget(availabilityPercent, choice.convention, choice).seconds[period], printed) ===
          printed.text,
      );
      return {
        period,
        printed,
        printedSeconds,
        computedSeconds,
        computedAsPrinted,
        matches: computedAsPrinted === printed.text,
        differenceSeconds: printedSeconds - computedSeconds,
        relativeDifference: (printedSeconds - computedSeconds) / computedSeconds,
        conventionsThatGiveIt,
      };
    });
    return { availabilityPercent, cells };
  });
}
