import {
  type BudgetPeriod,
  type CalendarMonthDays,
  type PeriodConvention,
  computeDowntimeBudget,
  periodConventions,
} from './downtime-budget';

export type PrintedUnit = 'hours' | 'minutes' | 'seconds' | 'milliseconds';
const printedUnitSeconds: Record<PrintedUnit, number> = { hours: 3_600, minutes: 60, seconds: 1, milliseconds: 0.001 };

/** Table 4.1 prints these four columns, in this order. */
export const table41Periods = ['year', 'month', 'week', 'day'] as const satisfies readonly BudgetPeriod[];
export type Table41Period = (typeof table41Periods)[number];

export type PrintedValue = {
  /** As printed, so its precision (the number of decimals) is known. */
  text: string;
  unit: PrintedUnit;
};

/**
 * The seed's Table 4.1 as printed ("可靠性 9 停机阈值", credited there to Susan J. Fowler's book),
 * kept as data so the page can compare it with the calculator rather than repeat it.
 */
export const table41Source = {
  document: 'The State of the Kubernetes Ecosystem (The New Stack, 2017), Chinese translation',
  file: 'shared/seeds/000_56c9c60f0e17b099.txt',
  location: 'Table 4.1, lines 1079-1087',
} as const;

export const table41Printed: { availabilityPercent: number; values: Record<Table41Period, PrintedValue> }[] = [
  {
    availabilityPercent: 99.9,
    values: {
      year: { text: '8.76', unit: 'hours' },
      month: { text: '43.8', unit: 'minutes' },
      week: { text: '10.1', unit: 'minutes' },
      day: { text: '1.44', unit: 'minutes' },
    },
  },
  {
    availabilityPercent: 99.99,
    values: {
      year: { text: '52.56', unit: 'minutes' },
      month: { text: '4.38', unit: 'minutes' },
      week: { text: '1.01', unit: 'minutes' },
      day: { text: '8.64', unit: 'seconds' },
    },
  },
  {
    availabilityPercent: 99.999,
    values: {
      year: { text: '5.26', unit: 'minutes' },
      month: { text: '25.9', unit: 'seconds' },
      week: { text: '6.05', unit: 'seconds' },
      day: { text: '864.3', unit: 'milliseconds' },
    },
  },
];

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
