import { writeFile } from 'node:fs/promises';
import { formatPercent } from '../../shared/sla/format-downtime';
import { parseAvailabilityTarget, parseDuration, parseSloTarget } from '../../shared/sla/parse-sla-input';
import {
  type Print,
  type SlaCommandContext,
  duration,
  missing,
  padToColumns,
  positiveNumber,
  refuse,
  required,
  windowOf,
  windowSetOf,
} from './sla-cli-context';

/** `sla budget 99.9 --window 30 [--rps 100]` */
export async function budget(args: string[], context: SlaCommandContext, print: Print): Promise<number> {
  const [sloText] = args;
  if (sloText === undefined) missing(context, '<slo>');
  const slo = required(context, '<slo>', parseSloTarget(sloText));
  const windowDays = windowOf(context);
  const rps = context.values.rps === undefined ? undefined : positiveNumber(context, '--rps', context.values.rps);
  const result = await context.call('computeErrorBudget', { sloPercent: slo, windowDays, ...(rps === undefined ? {} : { requestsPerSecond: rps }) });
  if (result === undefined) return 1;
  const number = new Intl.NumberFormat(context.language, { maximumFractionDigits: 3 });
  print(result, () =>
    [
      context.sla('errorBudget.budgetTime', { duration: duration(context, result.budgetSeconds), days: windowDays }),
      ...(result.budgetRequests === undefined || rps === undefined
        ? []
        : [
            context.sla('errorBudget.budgetRequests', {
              requests: number.format(result.budgetRequests),
              total: number.format(rps * windowDays * 86_400),
              rps: number.format(rps),
            }),
          ]),
    ].join('\n'),
  );
  return 0;
}

/** `sla burn-rate [RATE] --window 30 [--remaining 50]` or `sla burn-rate --spent 2 --in 1h --window 30` */
export async function burnRate(args: string[], context: SlaCommandContext, print: Print): Promise<number> {
  const { values, sla } = context;
  const windowDays = windowOf(context);
  const windowSet = windowSetOf(context, windowDays);
  let spent: { budgetPercent: number; elapsedSeconds: number } | undefined;
  let givenRate: number | undefined;
  if (values.spent !== undefined || values.in !== undefined) {
    if (values.spent === undefined) missing(context, '--spent');
    if (values.in === undefined) missing(context, '--in');
    const budgetPercent = required(context, '--spent', parseAvailabilityTarget(values.spent));
    const elapsedSeconds = required(context, '--in', parseDuration(values.in));
    if (elapsedSeconds === 0) refuse(context, '--in', 'zero-duration');
    spent = { budgetPercent, elapsedSeconds };
  } else if (args[0] !== undefined) givenRate = positiveNumber(context, '<rate>', args[0]);
  const remainingPercent = values.remaining === undefined ? 100 : required(context, '--remaining', parseAvailabilityTarget(values.remaining));
  const answer = await context.call('computeBurnRate', {
    windowDays,
    windowSet,
    remainingPercent,
    ...(spent === undefined ? {} : { spent }),
    ...(givenRate === undefined ? {} : { burnRate: givenRate }),
  });
  if (answer === undefined) return 1;
  const { burnRate: rate, exhaustionSeconds, alerts: table } = answer;
  const number = new Intl.NumberFormat(context.language, { maximumFractionDigits: 4 });
  print({ windowDays, burnRate: rate, remainingPercent, exhaustionSeconds, alerts: table }, () =>
    [
      ...(rate !== undefined && exhaustionSeconds !== undefined
        ? [
            sla('errorBudget.exhaustionResult', {
              rate: number.format(rate),
              remaining: formatPercent(remainingPercent, context.language),
              duration: duration(context, exhaustionSeconds),
            }),
          ]
        : []),
      sla('burn.caption', { days: windowDays }),
      `  ${[sla('burn.severityColumn'), sla('burn.spentColumn'), sla('burn.burnRateColumn'), sla('burn.longWindowColumn'), sla('burn.shortWindowColumn'), sla('burn.exhaustionColumn')].map((header) => padToColumns(header, 14)).join('')}`,
      ...table.map(
        (alert) =>
          `  ${[
            sla(`burn.severity.${alert.severity}`),
            formatPercent(alert.budgetFraction * 100, context.language, 2),
            number.format(Number(alert.burnRate.toPrecision(6))),
            alert.longWindow,
            alert.shortWindow,
            duration(context, alert.exhaustionSeconds),
          ]
            .map((cell) => padToColumns(cell, 14))
            .join('')
            .trimEnd()}`,
      ),
      ...(windowDays === 30
        ? [sla('burn.derivation30')]
        : [
            sla('burn.derivationOther', { days: windowDays }),
            ...table.map(({ derivation, longWindow }) =>
              `  ${sla('burn.derivationLine', {
                share: formatPercent(derivation.budgetFraction * 100, context.language, 2),
                long: longWindow,
                fraction: number.format(derivation.budgetFraction),
                window: number.format(derivation.sloWindowHours),
                hours: number.format(derivation.longWindowHours),
                rate: number.format(derivation.burnRate),
              })}`,
            ),
          ]),
      sla('burn.source'),
    ].join('\n'),
  );
  return 0;
}

/** `sla alerts 99.9 --window 30 --sli 'expr with {{window}}' [--service api] [--out rules.yaml]` */
export async function alerts(args: string[], context: SlaCommandContext, print: Print): Promise<number> {
  const [sloText] = args;
  if (sloText === undefined) missing(context, '<slo>');
  const slo = required(context, '<slo>', parseSloTarget(sloText));
  const windowDays = windowOf(context);
  const answer = await context.call('generateAlertRules', {
    sloPercent: slo,
    windowDays,
    ...(context.values.sli === undefined ? {} : { sliExpression: context.values.sli }),
    ...(context.values.service === undefined ? {} : { serviceName: context.values.service }),
    windowSet: windowSetOf(context, windowDays),
  });
  if (answer === undefined) return 1;
  const { yaml } = answer;
  if (context.values.out !== undefined) {
    await writeFile(context.values.out, yaml, 'utf8');
    print({ written: context.values.out }, () => context.sla('alerts.exported', { path: context.values.out }));
    return 0;
  }
  if (context.json) print({ yaml }, () => yaml);
  else context.io.stdout(yaml);
  return 0;
}
