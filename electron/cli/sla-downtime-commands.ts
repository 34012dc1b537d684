import {
  type CalendarMonthDays,
  type CalendarQuarterDays,
  budgetPeriods,
  calendarMonthDaysSchema,
  calendarQuarterDaysSchema,
  periodConventionSchema,
} from '../../shared/sla/downtime-budget';
import { formatDowntime, formatPercent, formatSigned } from '../../shared/sla/format-downtime';
import { decimalOrNaN, parseAvailabilityTarget, parseDuration } from '../../shared/sla/parse-sla-input';
import { type Print, type SlaCommandContext, SlaInputError, duration, missing, padToColumns, refuse, required } from './sla-cli-context';

/** `sla 99.95 [--convention …] [--month-days 28] [--quarter-days 90] [--period 90d]` */
export async function downtime(percentText: string, context: SlaCommandContext, print: Print): Promise<number> {
  const { values, sla } = context;
  const availabilityPercent = required(context, '<percent>', parseAvailabilityTarget(percentText));
  const convention = periodConventionSchema.safeParse(context.convention ?? 'year-365');
  if (!convention.success) {
    throw new SlaInputError(
      `--convention: ${context.convention} (${periodConventionSchema.options.join(' | ')})`,
      `--convention must be one of ${periodConventionSchema.options.join(', ')} (got ${context.convention}).`,
    );
  }
  let calendarMonthDays: CalendarMonthDays | undefined;
  if (values['month-days'] !== undefined) {
    const days = calendarMonthDaysSchema.safeParse(decimalOrNaN(values['month-days']));
    if (!days.success) throw new SlaInputError(`--month-days: 28 | 29 | 30 | 31`, '--month-days must be 28, 29, 30 or 31.');
    calendarMonthDays = days.data;
  }
  let calendarQuarterDays: CalendarQuarterDays | undefined;
  if (values['quarter-days'] !== undefined) {
    const days = calendarQuarterDaysSchema.safeParse(decimalOrNaN(values['quarter-days']));
    if (!days.success) throw new SlaInputError(`--quarter-days: 90 | 91 | 92`, '--quarter-days must be 90, 91 or 92.');
    calendarQuarterDays = days.data;
  }
  const customPeriodSeconds = values.period === undefined ? undefined : required(context, '--period', parseDuration(values.period));
  if (customPeriodSeconds === 0) refuse(context, '--period', 'zero-duration');
  const budget = await context.call('computeDowntimeBudget', {
    availabilityPercent,
    convention: convention.data,
    ...(calendarMonthDays ? { calendarMonthDays } : {}),
    ...(calendarQuarterDays ? { calendarQuarterDays } : {}),
    ...(customPeriodSeconds === undefined ? {} : { customPeriodSeconds }),
  });
  if (budget === undefined) return 1;
  print(
    {
      availabilityPercent,
      convention: budget.convention,
      ...(calendarMonthDays ? { calendarMonthDays } : {}),
      ...(calendarQuarterDays ? { calendarQuarterDays } : {}),
      seconds: budget.seconds,
      ...(budget.custom ? { custom: { periodSeconds: budget.custom.periodSeconds, seconds: budget.custom.allowedSeconds } } : {}),
    },
    () => {
      const rows = budgetPeriods.map((period) => [sla(`periods.${period}`), budget.seconds[period]] as const);
      if (budget.custom) rows.push([sla('customPeriodRow', { period: duration(context, budget.custom.periodSeconds) }), budget.custom.allowedSeconds]);
      const lines = rows.map(
        ([label, seconds]) => `  ${padToColumns(label, 14)} ${padToColumns(formatDowntime(seconds, sla), 18)} ${duration(context, seconds)}`,
      );
      const conventionName = sla(`conventions.${budget.convention}`, { days: calendarMonthDays ?? 31 });
      return `${context.t('slaHeading', { percent: availabilityPercent, convention: conventionName })}\n${lines.join('\n')}`;
    },
  );
  return 0;
}

/** `sla reverse 7h12m --period 30d` */
export async function reverse(args: string[], context: SlaCommandContext, print: Print): Promise<number> {
  const [downtimeText] = args;
  if (downtimeText === undefined) missing(context, '<downtime>');
  if (context.values.period === undefined) missing(context, '--period');
  const downtimeSeconds = required(context, '<downtime>', parseDuration(downtimeText));
  const periodSeconds = required(context, '--period', parseDuration(context.values.period));
  if (periodSeconds === 0) refuse(context, '--period', 'zero-duration');
  if (downtimeSeconds > periodSeconds) {
    throw new SlaInputError(context.sla('reverse.longerThanPeriod'), context.slaEnglish('reverse.longerThanPeriod'));
  }
  const reversed = await context.call('computeAvailabilityFromDowntime', { downtimeSeconds, periodSeconds });
  if (reversed === undefined) return 1;
  const { availabilityPercent } = reversed;
  print({ downtimeSeconds, periodSeconds, availabilityPercent }, () =>
    context.sla('reverse.result', {
      downtime: duration(context, downtimeSeconds),
      period: duration(context, periodSeconds),
      percent: formatPercent(availabilityPercent, context.language, 4),
    }),
  );
  return 0;
}

/** `sla table41`: the seed's Table 4.1, printed next to the calculator's values. */
export async function table41(context: SlaCommandContext, print: Print): Promise<number> {
  const { sla } = context;
  const rows = await context.call('compareTable41', {});
  if (rows === undefined) return 1;
  print(rows, () =>
    [
      sla('table41.heading'),
      ...rows.flatMap((row) => [
        `${formatPercent(row.availabilityPercent, context.language)}`,
        ...row.cells.map((cell) => {
          const printed = sla(`table41.units.${cell.printed.unit}`, { value: cell.printed.text });
          const computed = sla(`table41.units.${cell.printed.unit}`, { value: cell.computedAsPrinted });
          const verdict = cell.matches
            ? sla('table41.matches')
            : `${sla('table41.differs', {
                difference: formatSigned(cell.differenceSeconds, (seconds) => duration(context, seconds)),
                relative: formatSigned(cell.relativeDifference * 100, (percent) => formatPercent(percent, context.language, 2)),
              })}; ${
                cell.conventionsThatGiveIt.length === 0
                  ? sla('table41.givenByNone')
                  : sla('table41.givenBy', {
                      conventions: cell.conventionsThatGiveIt
                        .map((choice) => sla(`conventions.${choice.convention}`, { days: choice.calendarMonthDays ?? 31 }))
                        .join(', '),
                    })
              }`;
          return `  ${padToColumns(sla(`periods.${cell.period}`), 10)} ${padToColumns(printed, 22)} ${padToColumns(computed, 22)} ${verdict}`;
        }),
      ]),
      sla('table41.source'),
    ].join('\n'),
  );
  return 0;
}
