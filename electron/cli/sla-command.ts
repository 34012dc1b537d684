import { writeFile } from 'node:fs/promises';
import type { TFunction, i18n as I18n } from 'i18next';
import type { Language } from '../../shared/ipc/contract';
import { type AvailabilityNode, type EvaluatedNode, evaluateAvailability, weakestLink } from '../../shared/sla/composite-availability';
import { CompositeSpecError, parseCompositeSpec } from '../../shared/sla/composite-spec';
import {
  type CalendarMonthDays,
  type CalendarQuarterDays,
  availabilityFromDowntime,
  budgetPeriods,
  calendarMonthDaysSchema,
  calendarQuarterDaysSchema,
  computeDowntimeBudget,
  periodConventionSchema,
} from '../../shared/sla/downtime-budget';
import {
  type ErrorBudgetWindow,
  AlertWindowSetError,
  type AlertWindowSet,
  alertWindowSetSchema,
  alertWindowSetsFor,
  burnRateAlerts,
  burnRateDerivation,
  burnRateFor,
  computeErrorBudget,
  errorBudgetWindowSchema,
  prometheusDuration,
  timeToExhaustionSeconds,
} from '../../shared/sla/error-budget';
import { formatDowntime, formatDuration, formatPercent, formatSigned } from '../../shared/sla/format-downtime';
import {
  type KubernetesPreset,
  defaultKubernetesPreset,
  evaluateKubernetesAvailability,
  kubernetesPresetSchema,
  kubernetesWhatIfs,
} from '../../shared/sla/kubernetes-availability';
import {
  type InputProblem,
  type Parsed,
  decimalOrNaN,
  parseAvailabilityTarget,
  parseDecimal,
  parseDuration,
  parseSloTarget,
} from '../../shared/sla/parse-sla-input';
import { exampleSliExpression } from '../../shared/sla/example-sli';
import { SliExpressionError, UnreachableThresholdError, burnRateAlertRulesYaml } from '../../shared/sla/prometheus-rules';
import { compareTable41 } from '../../shared/sla/table-4-1';
import type { CliIo } from './run-cli';

/** The `sla` command's options, merged into the CLI's parser so `--period 90d` is not an unknown flag. */
export const slaCliOptions = {
  period: { type: 'string' },
  'month-days': { type: 'string' },
  'quarter-days': { type: 'string' },
  window: { type: 'string', default: '30' },
  windows: { type: 'string', default: 'three' },
  rps: { type: 'string' },
  sli: { type: 'string' },
  service: { type: 'string' },
  out: { type: 'string' },
  spent: { type: 'string' },
  in: { type: 'string' },
  remaining: { type: 'string' },
  zones: { type: 'string' },
  'api-servers': { type: 'string' },
  etcd: { type: 'string' },
  workers: { type: 'string' },
  spare: { type: 'string' },
  'zone-sla': { type: 'string' },
  'lb-sla': { type: 'string' },
  'api-sla': { type: 'string' },
  'etcd-sla': { type: 'string' },
  'worker-sla': { type: 'string' },
} as const;

type SlaOptionValues = { [K in keyof typeof slaCliOptions]?: string } & { json: boolean; convention?: string };

type SlaCommandInput = {
  values: SlaOptionValues;
  io: CliIo;
  /** `cli` namespace, in the output language. */
  t: TFunction;
  i18n: I18n;
  language: Language;
};

type SlaCommandContext = {
  json: boolean;
  convention: string | undefined;
  values: SlaOptionValues;
  io: CliIo;
  /** `cli` namespace, in the output language. */
  t: TFunction;
  /** `sla` namespace, in the output language and in English (for `--json` messages). */
  sla: TFunction;
  slaEnglish: TFunction;
  language: Language;
};

/** A refusal with its message in English (for --json) and in the user's language. */
class SlaInputError extends Error {
  constructor(
    readonly localized: string,
    english: string,
  ) {
    super(english);
  }
}

/**
 * `sla …`: every calculation of the SLA page, through the same shared functions, so the CLI and the
 * page always agree. Returns the exit code.
 */
export async function runSlaCommand(args: string[], input: SlaCommandInput): Promise<number> {
  const { values, io, t, i18n, language } = input;
  const json = values.json;
  const context: SlaCommandContext = {
    json,
    convention: values.convention,
    values,
    io,
    t,
    sla: i18n.getFixedT(language, 'sla'),
    slaEnglish: i18n.getFixedT('en', 'sla'),
    language,
  };
  const [first, ...rest] = args;
  const print = (value: unknown, text: () => string) => io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
  try {
    switch (first) {
      case undefined:
        io.stderr(`${t('missingArgument', { name: '<percent>' })}\n`);
        return 2;
      case 'reverse':
        return reverse(rest, context, print);
      case 'composite':
        return composite(rest, context, print);
      case 'budget':
        return budget(rest, context, print);
      case 'burn-rate':
        return burnRate(rest, context, print);
      case 'alerts':
        return await alerts(rest, context, print);
      case 'table41':
        return table41(context, print);
      default:
        return downtime(first, context, print);
    }
  } catch (error) {
    const english = error instanceof Error ? error.message : String(error);
    const localized = error instanceof SlaInputError ? error.localized : english;
    if (json) io.stdout(`${JSON.stringify({ ok: false, error: { code: 'invalid-request', message: english } }, null, 2)}\n`);
    else io.stderr(`${t('failed', { code: 'invalid-request', message: localized })}\n`);
    return 1;
  }
}

type Print = (value: unknown, text: () => string) => void;

function refuse(context: SlaCommandContext, what: string, problem: InputProblem): never {
  throw new SlaInputError(
    `${what}: ${context.sla(`problems.${problem}`)}`,
    `${what}: ${context.slaEnglish(`problems.${problem}`)}`,
  );
}

function required<T>(context: SlaCommandContext, what: string, parsed: Parsed<T>): T {
  if (!parsed.ok) refuse(context, what, parsed.problem);
  return parsed.value;
}

function missing(context: SlaCommandContext, name: string): never {
  throw new SlaInputError(context.t('missingArgument', { name }), `Missing argument: ${name}.`);
}

function duration(context: SlaCommandContext, seconds: number): string {
  return formatDuration(seconds, (key, options) => context.sla(key, options), context.language);
}

function percent(context: SlaCommandContext, value: number): string {
  return formatPercent(value, context.language);
}

/** `--windows three|four`: the workbook's three alerts, or the four Sloth and Pyrra generate. */
function windowSetOf(context: SlaCommandContext, windowDays: ErrorBudgetWindow): AlertWindowSet {
  const parsed = alertWindowSetSchema.safeParse(context.values.windows ?? 'three');
  if (!parsed.success) {
    throw new SlaInputError(`--windows: ${context.values.windows} (three | four)`, `--windows must be three or four (got ${context.values.windows}).`);
  }
  if (!alertWindowSetsFor(windowDays).includes(parsed.data)) {
    throw new SlaInputError(`--windows: ${context.sla('burn.fourUnavailable')}`, new AlertWindowSetError(windowDays, parsed.data).message);
  }
  return parsed.data;
}

function windowOf(context: SlaCommandContext): ErrorBudgetWindow {
  const parsed = errorBudgetWindowSchema.safeParse(Number(context.values.window));
  if (!parsed.success) {
    throw new SlaInputError(`--window: ${context.values.window} (7 | 28 | 30)`, `--window must be 7, 28 or 30 (got ${context.values.window}).`);
  }
  return parsed.data;
}

function positiveNumber(context: SlaCommandContext, flag: string, text: string): number {
  const value = required(context, flag, parseDecimal(text));
  if (value <= 0) refuse(context, flag, value < 0 ? 'negative' : 'not-positive');
  return value;
}

/** `sla 99.95 [--convention …] [--month-days 28] [--quarter-days 90] [--period 90d]` */
function downtime(percentText: string, context: SlaCommandContext, print: Print): number {
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
  const budget = computeDowntimeBudget(availabilityPercent, convention.data, { calendarMonthDays, calendarQuarterDays, customPeriodSeconds });
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
function reverse(args: string[], context: SlaCommandContext, print: Print): number {
  const [downtimeText] = args;
  if (downtimeText === undefined) missing(context, '<downtime>');
  if (context.values.period === undefined) missing(context, '--period');
  const downtimeSeconds = required(context, '<downtime>', parseDuration(downtimeText));
  const periodSeconds = required(context, '--period', parseDuration(context.values.period));
  if (periodSeconds === 0) refuse(context, '--period', 'zero-duration');
  if (downtimeSeconds > periodSeconds) {
    throw new SlaInputError(context.sla('reverse.longerThanPeriod'), context.slaEnglish('reverse.longerThanPeriod'));
  }
  const availabilityPercent = availabilityFromDowntime(downtimeSeconds, periodSeconds);
  print({ downtimeSeconds, periodSeconds, availabilityPercent }, () =>
    context.sla('reverse.result', {
      downtime: duration(context, downtimeSeconds),
      period: duration(context, periodSeconds),
      percent: formatPercent(availabilityPercent, context.language, 4),
    }),
  );
  return 0;
}

function describeTree(node: EvaluatedNode, context: SlaCommandContext, depth = 0): string[] {
  const { sla } = context;
  const source: AvailabilityNode = node.node;
  const label =
    source.kind === 'component'
      ? source.name
      : source.kind === 'k-of-n'
        ? sla('composite.tree.kOfN', { required: source.required, count: source.count })
        : sla(`composite.tree.${source.kind}`);
  const line = `${'  '.repeat(depth + 1)}${padToColumns(label, 28 - 2 * depth)} ${percent(context, node.availability * 100)}`;
  return [line, ...node.children.flatMap((child) => describeTree(child, context, depth + 1))];
}

function presetFromFlags(context: SlaCommandContext): KubernetesPreset {
  const { values } = context;
  const flags: [keyof KubernetesPreset, string | undefined][] = [
    ['zones', values.zones],
    ['apiServers', values['api-servers']],
    ['etcdMembers', values.etcd],
    ['workersNeeded', values.workers],
    ['spareWorkers', values.spare],
    ['zonePercent', values['zone-sla']],
    ['loadBalancerPercent', values['lb-sla']],
    ['apiServerPercent', values['api-sla']],
    ['etcdMemberPercent', values['etcd-sla']],
    ['workerPercent', values['worker-sla']],
  ];
  const preset = { ...defaultKubernetesPreset };
  for (const [field, text] of flags) if (text !== undefined) preset[field] = decimalOrNaN(text);
  const checked = kubernetesPresetSchema.safeParse(preset);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const label = context.sla(`composite.fields.${field}`);
    throw new SlaInputError(`${label}: ${issue?.message ?? ''}`, `${context.slaEnglish(`composite.fields.${field}`)}: ${issue?.message ?? ''}`);
  }
  return checked.data;
}

/** `sla composite 'lb:99.99 * 2x(api:99.9)'` or `sla composite k8s --zones 3 …` */
function composite(args: string[], context: SlaCommandContext, print: Print): number {
  const [spec] = args;
  if (spec === undefined) missing(context, '<spec> | k8s');
  const { sla } = context;
  if (spec === 'k8s') {
    const preset = presetFromFlags(context);
    const result = evaluateKubernetesAvailability(preset);
    const whatIfs = kubernetesWhatIfs(preset);
    const availability = (unavailability: number) => (1 - unavailability) * 100;
    print(
      {
        preset,
        controlPlanePercent: availability(result.controlPlaneUnavailability),
        clusterPercent: availability(result.clusterUnavailability),
        blocksPercent: Object.fromEntries(Object.entries(result.blocks).map(([block, u]) => [block, availability(u)])),
        weakest: result.weakest,
        etcdQuorum: result.etcdQuorum,
        whatIfs: whatIfs.map((whatIf) => ({
          change: whatIf.change,
          controlPlanePercent: availability(whatIf.result.controlPlaneUnavailability),
          clusterPercent: availability(whatIf.result.clusterUnavailability),
        })),
      },
      () => {
        const year = 365 * 86_400;
        const lines = [
          `${padToColumns(sla('composite.controlPlane'), 24)} ${percent(context, availability(result.controlPlaneUnavailability))}  ${sla('composite.perYear', { downtime: duration(context, result.controlPlaneUnavailability * year) })}`,
          `${padToColumns(sla('composite.cluster'), 24)} ${percent(context, availability(result.clusterUnavailability))}  ${sla('composite.perYear', { downtime: duration(context, result.clusterUnavailability * year) })}`,
          sla('composite.quorum', { members: preset.etcdMembers, quorum: result.etcdQuorum, tolerates: result.etcdTolerates }),
          `${sla('composite.weakest')}: ${blockLabel(result.weakest, preset, result.etcdQuorum, sla)}`,
          `${sla('composite.whatIfCaption')}:`,
          ...whatIfs.map(
            (whatIf) =>
              `  ${padToColumns(changeLabel(whatIf.change, preset, whatIf.preset, sla), 26)} ${percent(context, availability(whatIf.result.controlPlaneUnavailability))}`,
          ),
          sla('composite.assumptions'),
        ];
        return lines.join('\n');
      },
    );
    return 0;
  }
  let tree: AvailabilityNode;
  try {
    tree = parseCompositeSpec(args.join(' '));
  } catch (error) {
    if (error instanceof CompositeSpecError) throw new SlaInputError(sla('composite.specInvalid', { message: error.message }), error.message);
    throw error;
  }
  const evaluated = evaluateAvailability(tree);
  const weakest = weakestLink(evaluated);
  print(
    { availabilityPercent: evaluated.availability * 100, unavailability: evaluated.unavailability, tree },
    () =>
      [
        sla('composite.specResult', {
          percent: percent(context, evaluated.availability * 100),
          downtime: duration(context, evaluated.unavailability * 365 * 86_400),
        }),
        ...describeTree(evaluated, context),
        ...(weakest?.node.kind === 'component' ? [sla('composite.specWeakest', { name: weakest.node.name })] : []),
        sla('composite.assumptions'),
      ].join('\n'),
  );
  return 0;
}

function blockLabel(block: string, preset: KubernetesPreset, quorum: number, sla: TFunction): string {
  return sla(`composite.blocks.${block}`, {
    count: block === 'workers' ? preset.workersNeeded + preset.spareWorkers : block === 'etcd' ? preset.etcdMembers : preset.apiServers,
    quorum,
    needed: preset.workersNeeded,
  });
}

function changeLabel(change: string, before: KubernetesPreset, after: KubernetesPreset, sla: TFunction): string {
  const field = { 'add-zone': 'zones', 'add-api-server': 'apiServers', 'add-etcd-pair': 'etcdMembers', 'add-spare-worker': 'spareWorkers' }[
    change
  ] as keyof KubernetesPreset;
  return sla(`composite.changes.${change}`, { from: before[field], to: after[field] });
}

/** `sla budget 99.9 --window 30 [--rps 100]` */
function budget(args: string[], context: SlaCommandContext, print: Print): number {
  const [sloText] = args;
  if (sloText === undefined) missing(context, '<slo>');
  const slo = required(context, '<slo>', parseSloTarget(sloText));
  const windowDays = windowOf(context);
  const rps = context.values.rps === undefined ? undefined : positiveNumber(context, '--rps', context.values.rps);
  const result = computeErrorBudget(slo, windowDays, rps);
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
function burnRate(args: string[], context: SlaCommandContext, print: Print): number {
  const { values, sla } = context;
  const windowDays = windowOf(context);
  const table = burnRateAlerts(windowDays, windowSetOf(context, windowDays)).map((alert) => ({
    ...alert,
    longWindow: prometheusDuration(alert.longWindowSeconds),
    shortWindow: prometheusDuration(alert.shortWindowSeconds),
    exhaustionSeconds: timeToExhaustionSeconds(alert.burnRate, windowDays),
    derivation: burnRateDerivation(alert, windowDays),
  }));
  let rate: number | undefined;
  if (values.spent !== undefined || values.in !== undefined) {
    if (values.spent === undefined) missing(context, '--spent');
    if (values.in === undefined) missing(context, '--in');
    const spentPercent = required(context, '--spent', parseAvailabilityTarget(values.spent));
    const elapsed = required(context, '--in', parseDuration(values.in));
    if (elapsed === 0) refuse(context, '--in', 'zero-duration');
    rate = burnRateFor(spentPercent / 100, elapsed, windowDays);
  } else if (args[0] !== undefined) rate = positiveNumber(context, '<rate>', args[0]);
  const remaining = values.remaining === undefined ? 100 : required(context, '--remaining', parseAvailabilityTarget(values.remaining));
  const exhaustionSeconds = rate === undefined || rate === 0 ? undefined : timeToExhaustionSeconds(rate, windowDays, remaining / 100);
  const number = new Intl.NumberFormat(context.language, { maximumFractionDigits: 4 });
  print({ windowDays, burnRate: rate, remainingPercent: remaining, exhaustionSeconds, alerts: table }, () =>
    [
      ...(rate !== undefined && exhaustionSeconds !== undefined
        ? [
            sla('errorBudget.exhaustionResult', {
              rate: number.format(rate),
              remaining: formatPercent(remaining, context.language),
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
async function alerts(args: string[], context: SlaCommandContext, print: Print): Promise<number> {
  const [sloText] = args;
  if (sloText === undefined) missing(context, '<slo>');
  const slo = required(context, '<slo>', parseSloTarget(sloText));
  const windowDays = windowOf(context);
  let yaml: string;
  try {
    yaml = burnRateAlertRulesYaml({
      sloPercent: slo,
      windowDays,
      sliExpression: context.values.sli ?? exampleSliExpression,
      serviceName: context.values.service,
      windowSet: windowSetOf(context, windowDays),
    });
  } catch (error) {
    if (error instanceof SliExpressionError) {
      const key = `alerts.problems.${error.problem}`;
      throw new SlaInputError(
        `--sli: ${context.sla(key, { placeholder: '{{window}}', position: (error.position ?? 0) + 1, near: error.near ?? '' })}`,
        error.message,
      );
    }
    if (error instanceof UnreachableThresholdError) {
      throw new SlaInputError(
        `<slo>: ${context.sla('alerts.unreachable', { slo: error.sloPercent, rate: error.burnRate, threshold: error.threshold })}`,
        error.message,
      );
    }
    throw error;
  }
  if (context.values.out !== undefined) {
    await writeFile(context.values.out, yaml, 'utf8');
    print({ written: context.values.out }, () => context.sla('alerts.exported', { path: context.values.out }));
    return 0;
  }
  if (context.json) print({ yaml }, () => yaml);
  else context.io.stdout(yaml);
  return 0;
}

/** `sla table41`: the seed's Table 4.1, printed next to the calculator's values. */
function table41(context: SlaCommandContext, print: Print): number {
  const { sla } = context;
  const rows = compareTable41();
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

/** Pads by terminal columns: CJK characters take two, so `padEnd` alone misaligns Chinese labels. */
export function padToColumns(text: string, columns: number): string {
  const width = [...text].reduce((sum, char) => sum + (/[\u1100-\uffdc]/u.test(char) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, columns - width));
}
