import type { TFunction } from 'i18next';
import type { Language } from '../../shared/ipc/contract';
import {
  type AlertWindowSet,
  type ErrorBudgetWindow,
  alertWindowSetSchema,
  alertWindowSetsFor,
  errorBudgetWindowSchema,
} from '../../shared/sla/error-budget';
import { formatDuration, formatPercent } from '../../shared/sla/format-downtime';
import { type InputProblem, type Parsed, parseDecimal } from '../../shared/sla/parse-sla-input';
import { UserError } from '../../shared/user-error';
import type { CallContract } from './contract-call';
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

export type SlaOptionValues = { [K in keyof typeof slaCliOptions]?: string } & { json: boolean; convention?: string };

export type SlaCommandContext = {
  json: boolean;
  convention: string | undefined;
  values: SlaOptionValues;
  io: CliIo;
  /** The contract's channels, through `dispatch`: every figure the command prints comes from one. */
  call: CallContract;
  /** `cli` namespace, in the output language. */
  t: TFunction;
  /** `sla` namespace, in the output language and in English (for `--json` messages). */
  sla: TFunction;
  slaEnglish: TFunction;
  language: Language;
};

/** Prints the value as JSON with --json, else the text. */
export type Print = (value: unknown, text: () => string) => void;

/** A refusal with its message in English (for --json) and in the user's language. */
export class SlaInputError extends Error {
  constructor(
    readonly localized: string,
    english: string,
  ) {
    super(english);
  }
}

export function refuse(context: SlaCommandContext, what: string, problem: InputProblem): never {
  throw new SlaInputError(
    `${what}: ${context.sla(`problems.${problem}`)}`,
    `${what}: ${context.slaEnglish(`problems.${problem}`)}`,
  );
}

export function required<T>(context: SlaCommandContext, what: string, parsed: Parsed<T>): T {
  if (!parsed.ok) refuse(context, what, parsed.problem);
  return parsed.value;
}

export function missing(context: SlaCommandContext, name: string): never {
  throw new SlaInputError(context.t('missingArgument', { name }), `Missing argument: ${name}.`);
}

export function duration(context: SlaCommandContext, seconds: number): string {
  return formatDuration(seconds, (key, options) => context.sla(key, options), context.language);
}

export function percent(context: SlaCommandContext, value: number): string {
  return formatPercent(value, context.language);
}

/** `--windows three|four`: the workbook's three alerts, or the four Sloth and Pyrra generate. */
export function windowSetOf(context: SlaCommandContext, windowDays: ErrorBudgetWindow): AlertWindowSet {
  const parsed = alertWindowSetSchema.safeParse(context.values.windows ?? 'three');
  if (!parsed.success) {
    throw new SlaInputError(`--windows: ${context.values.windows} (three | four)`, `--windows must be three or four (got ${context.values.windows}).`);
  }
  if (!alertWindowSetsFor(windowDays).includes(parsed.data)) {
    throw new UserError('invalid-request', 'sla.fourWindowsUnavailable', { days: windowDays });
  }
  return parsed.data;
}

export function windowOf(context: SlaCommandContext): ErrorBudgetWindow {
  const parsed = errorBudgetWindowSchema.safeParse(Number(context.values.window));
  if (!parsed.success) {
    throw new SlaInputError(`--window: ${context.values.window} (7 | 28 | 30)`, `--window must be 7, 28 or 30 (got ${context.values.window}).`);
  }
  return parsed.data;
}

export function positiveNumber(context: SlaCommandContext, flag: string, text: string): number {
  const value = required(context, flag, parseDecimal(text));
  if (value <= 0) refuse(context, flag, value < 0 ? 'negative' : 'not-positive');
  return value;
}

/** Pads by terminal columns: CJK characters take two, so `padEnd` alone misaligns Chinese labels. */
export function padToColumns(text: string, columns: number): string {
  const width = [...text].reduce((sum, char) => sum + (/[\u1100-\uffdc]/u.test(char) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, columns - width));
}
