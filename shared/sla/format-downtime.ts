import { toLargestUnit } from './downtime-budget';

/** The subset of i18next's `t` that formatting needs, so this stays free of any i18n runtime. */
export type PluralTranslate = (key: string, options: { count: number }) => string;
/** `t` for the compact duration units: `duration.h` with `{ value }` gives "8 h" / "8 小时". */
export type UnitTranslate = (key: string, options: { value: string }) => string;

/**
 * "8.76 hours" / "8.76 小时": the budget in its largest whole unit, to two decimals, which is how
 * SLA tables (the seed's Table 4.1 among them) quote downtime.
 */
export function formatDowntime(seconds: number, translate: PluralTranslate): string {
  if (seconds > 0 && seconds < 1) {
    const [part] = subSecondParts(seconds);
    return translate(`units.${subSecondUnitNames[part!.unit]}`, { count: part!.value });
  }
  const { value, unit } = toLargestUnit(seconds);
  return translate(`units.${unit}`, { count: Math.round(value * 100) / 100 });
}

export type DurationPart = { unit: 'd' | 'h' | 'm' | 's' | 'ms' | 'us' | 'ns'; value: number };

const subSecondUnitNames = { ms: 'milliseconds', us: 'microseconds', ns: 'nanoseconds' } as const;

/**
 * Below a second, the largest of milliseconds, microseconds and nanoseconds in which the value is at
 * least one, to three significant digits: ten nines a day is 8.64 µs, not "0 s".
 */
function subSecondParts(seconds: number): [DurationPart & { unit: 'ms' | 'us' | 'ns' }] {
  const [unit, scale] = seconds >= 1e-3 ? (['ms', 1e3] as const) : seconds >= 1e-6 ? (['us', 1e6] as const) : (['ns', 1e9] as const);
  return [{ unit, value: Number((seconds * scale).toPrecision(3)) }];
}

/**
 * Splits a duration the way a clock reads it: 31,536 s is 8 h 45 m 36 s. Below one second it is
 * milliseconds, microseconds or nanoseconds to three significant digits, so six nines a day reads
 * 86.4 ms and ten nines 8.64 µs rather than "0 s". Seconds keep up to three decimals, which is a
 * millisecond.
 */
export function durationParts(seconds: number): DurationPart[] {
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`Not a duration: ${seconds}`);
  if (seconds === 0) return [{ unit: 's', value: 0 }];
  if (seconds < 1) return subSecondParts(seconds);
  const totalMilliseconds = Math.round(seconds * 1000);
  const days = Math.floor(totalMilliseconds / 86_400_000);
  const hours = Math.floor((totalMilliseconds % 86_400_000) / 3_600_000);
  const minutes = Math.floor((totalMilliseconds % 3_600_000) / 60_000);
  const rest = (totalMilliseconds % 60_000) / 1000;
  const parts: DurationPart[] = [
    { unit: 'd', value: days },
    { unit: 'h', value: hours },
    { unit: 'm', value: minutes },
    { unit: 's', value: rest },
  ];
  return parts.filter((part) => part.value !== 0);
}

/** "8 h 45 m 36 s" / "8 小时 45 分 36 秒", numbers in the language's own format. */
export function formatDuration(seconds: number, translate: UnitTranslate, language: string): string {
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 3 });
  return durationParts(seconds)
    .map((part) => translate(`duration.${part.unit}`, { value: number.format(part.value) }))
    .join(' ');
}

/** A percentage with as many decimals as it needs (up to 6): 99.95 %, 99.9999 %. */
export function formatPercent(percent: number, language: string, maximumFractionDigits = 6): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits }).format(percent)}%`;
}

/**
 * A difference with its sign always shown, the minus as a true minus sign (U+2212) as in print:
 * `formatMagnitude` formats the size, so durations and percentages read alike.
 */
export function formatSigned(value: number, formatMagnitude: (magnitude: number) => string): string {
  const sign = value > 0 ? '+' : value < 0 ? '\u2212' : '';
  return `${sign}${formatMagnitude(Math.abs(value))}`;
}
