/**
 * Reading what people type into the SLA tools: targets ("99.95", "99.95 %", "99,95") and durations
 * ("7h12m", "43 min 12 s", "90d"). Each failure names its problem so the page and the CLI can say
 * exactly what is wrong in the user's language.
 */

export type InputProblem =
  | 'empty'
  | 'not-a-number'
  | 'negative'
  | 'above-100'
  | 'beyond-precision'
  | 'not-below-100'
  | 'zero'
  | 'zero-duration'
  | 'not-positive'
  | 'not-a-duration';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: InputProblem };

/** One part in a million: past that, a double can no longer carry the target's unavailability. */
const MAX_RELATIVE_ERROR = 1e-6;

function normalizeNumber(text: string): string {
  return text
    .trim()
    .replace(/[％%]$/u, '')
    .trim()
    .replace(',', '.');
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/iu;

/**
 * A decimal number as people type it, the one reading of numbers in every SLA field, on the page and
 * in the CLI: "99.9", "99,9" (a decimal comma), "99.9 %", full-width "９９．９". Nothing else: "1,000"
 * is 1.0, as a decimal comma reads it, and "12abc" is not a number.
 */
export function parseDecimal(text: string): Parsed<number> {
  const normalized = normalizeNumber(text.normalize('NFKC'));
  if (normalized === '') return { ok: false, problem: 'empty' };
  if (!DECIMAL.test(normalized)) return { ok: false, problem: 'not-a-number' };
  const value = Number(normalized);
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'not-a-number' };
}

/** {@link parseDecimal} where a field only needs the number: NaN for anything that is not one. */
export function decimalOrNaN(text: string): number {
  const parsed = parseDecimal(text);
  return parsed.ok ? parsed.value : Number.NaN;
}

/**
 * The target's unavailability (100 - x) worked out in decimal, digit by digit, so "99.<38 nines>"
 * gives 1e-38 rather than the 0 that `100 - Number(text)` gives.
 */
function exactUnavailability(decimal: string): number {
  const [whole = '0', fraction = ''] = decimal.split('.');
  const scale = BigInt(fraction.length);
  const scaled = BigInt(whole + fraction);
  const hundred = 100n * 10n ** scale;
  return Number(`${hundred - scaled}e-${fraction.length}`);
}

/**
 * A target in percent. 100 is valid for the downtime calculator (no downtime at all); targets with
 * more nines than a double can hold are refused rather than silently rounded to 100.
 */
export function parseAvailabilityTarget(text: string): Parsed<number> {
  const parsed = parseDecimal(text);
  if (!parsed.ok) return parsed;
  const normalized = normalizeNumber(text.normalize('NFKC'));
  const { value } = parsed;
  if (value < 0) return { ok: false, problem: 'negative' };
  if (value > 100) return { ok: false, problem: 'above-100' };
  if (/^\+?\d*\.?\d*$/u.test(normalized)) {
    const exact = exactUnavailability(normalized.replace(/^\+/u, '').replace(/^\./u, '0.'));
    const computed = 100 - value;
    if (exact > 0 && Math.abs(computed - exact) / exact > MAX_RELATIVE_ERROR) return { ok: false, problem: 'beyond-precision' };
  }
  return { ok: true, value };
}

/** An SLO for an error budget: as a target, but 100 leaves no budget to burn and is refused. */
export function parseSloTarget(text: string): Parsed<number> {
  const parsed = parseAvailabilityTarget(text);
  if (!parsed.ok) return parsed;
  if (parsed.value >= 100) return { ok: false, problem: 'not-below-100' };
  if (parsed.value <= 0) return { ok: false, problem: 'zero' };
  return parsed;
}

/** How long a month, a quarter and a year are, in seconds: they depend on the SLA's period convention. */
export type CalendarLengths = { month: number; quarter: number; year: number };

const DAY = 86_400;
/** The default convention's lengths (a 365-day year, a month of a twelfth), as Table 4.1 uses. */
const year365: CalendarLengths = { month: (365 * DAY) / 12, quarter: (365 * DAY) / 4, year: 365 * DAY };

/** Every unit name either language's users type, the calendar ones looked up in the convention. */
const durationUnits: Record<string, number | keyof CalendarLengths> = {
  ms: 0.001,
  millisecond: 0.001,
  milliseconds: 0.001,
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3_600,
  hr: 3_600,
  hrs: 3_600,
  hour: 3_600,
  hours: 3_600,
  d: DAY,
  day: DAY,
  days: DAY,
  w: 7 * DAY,
  week: 7 * DAY,
  weeks: 7 * DAY,
  mo: 'month',
  month: 'month',
  months: 'month',
  quarter: 'quarter',
  quarters: 'quarter',
  y: 'year',
  yr: 'year',
  year: 'year',
  years: 'year',
  秒: 1,
  秒钟: 1,
  毫秒: 0.001,
  分: 60,
  分钟: 60,
  小时: 3_600,
  个小时: 3_600,
  时: 3_600,
  天: DAY,
  日: DAY,
  周: 7 * DAY,
  星期: 7 * DAY,
  个星期: 7 * DAY,
  月: 'month',
  个月: 'month',
  季度: 'quarter',
  个季度: 'quarter',
  年: 'year',
};

/** Longest names first, so "months" is not read as "m" and "onths". */
const unitPattern = Object.keys(durationUnits)
  .sort((a, b) => b.length - a.length)
  .join('|');
const durationPattern = new RegExp(`(\\d+(?:\\.\\d+)?)\\s*(${unitPattern})(?![a-z])\\s*`, 'gu');

/**
 * "7h12m", "7 h 12 min", "2 hours", "1 month", "1.5d", "864ms", "8 小时 45 分 36 秒", "2 小时": a sum of
 * number-unit pairs. A bare number is seconds. Months, quarters and years are as long as the SLA's
 * convention says (`lengths`; the default convention's when absent). Zero is a valid duration;
 * negative ones are not.
 */
export function parseDuration(text: string, lengths: CalendarLengths = year365): Parsed<number> {
  const trimmed = text.trim().toLowerCase().replace(/,/gu, '.');
  if (trimmed === '') return { ok: false, problem: 'empty' };
  if (trimmed.startsWith('-')) return { ok: false, problem: 'negative' };
  if (/^\d+(\.\d+)?$/u.test(trimmed)) return { ok: true, value: Number(trimmed) };
  let total = 0;
  let consumed = 0;
  for (const match of trimmed.matchAll(durationPattern)) {
    if (match.index !== consumed) return { ok: false, problem: 'not-a-duration' };
    const unit = durationUnits[match[2] ?? ''];
    total += Number(match[1]) * (typeof unit === 'string' ? lengths[unit] : (unit ?? Number.NaN));
    consumed = match.index + match[0].length;
  }
  if (consumed === 0 || consumed !== trimmed.length || !Number.isFinite(total)) return { ok: false, problem: 'not-a-duration' };
  return { ok: true, value: total };
}
