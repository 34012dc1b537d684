import { toLargestUnit } from './downtime-budget';

/** The subset of i18next's `t` that formatting needs, so this stays free of any i18n runtime. */
export type PluralTranslate = (key: string, options: { count: number }) => string;

/**
 * "8.76 hours" / "8.76 小时": the budget in its largest whole unit, to two decimals, which is how
 * SLA tables (the seed's Table 4.1 among them) quote downtime.
 */
export function formatDowntime(seconds: number, translate: PluralTranslate): string {
  const { value, unit } = toLargestUnit(seconds);
  return translate(`units.${unit}`, { count: Math.round(value * 100) / 100 });
}
