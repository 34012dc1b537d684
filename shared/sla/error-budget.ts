import { z } from 'zod';
import { SECONDS_PER_DAY, unavailableFraction } from './downtime-budget';
import { UserError } from '../user-error';

export const errorBudgetWindowSchema = z.union([z.literal(7), z.literal(28), z.literal(30)]);
export type ErrorBudgetWindow = z.infer<typeof errorBudgetWindowSchema>;
export const errorBudgetWindows: ErrorBudgetWindow[] = [7, 28, 30];

/** An SLO leaves a budget only below 100 %; 0 % is not an objective. */
export const sloPercentSchema = z.number().finite().gt(0).lt(100);

export type ErrorBudget = {
  sloPercent: number;
  windowDays: ErrorBudgetWindow;
  /** 1 - SLO: the share of time (or requests) allowed to be bad. */
  budgetFraction: number;
  budgetSeconds: number;
  requestsPerSecond?: number;
  /** Bad requests allowed in the window at a steady `requestsPerSecond`. */
  budgetRequests?: number;
};

export function computeErrorBudget(sloPercent: number, windowDays: ErrorBudgetWindow, requestsPerSecond?: number): ErrorBudget {
  sloPercentSchema.parse(sloPercent);
  errorBudgetWindowSchema.parse(windowDays);
  const budgetFraction = unavailableFraction(sloPercent);
  const windowSeconds = windowDays * SECONDS_PER_DAY;
  const budget: ErrorBudget = {
    sloPercent,
    windowDays,
    budgetFraction,
    budgetSeconds: Math.round(budgetFraction * windowSeconds * 1e6) / 1e6,
  };
  if (requestsPerSecond === undefined) return budget;
  z.number().finite().positive().parse(requestsPerSecond);
  return { ...budget, requestsPerSecond, budgetRequests: Math.round(budgetFraction * windowSeconds * requestsPerSecond * 1e6) / 1e6 };
}

/**
 * The burn rate that spends `fraction` of a `windowDays` budget in `elapsedSeconds`: the rate
 * relative to spending it evenly over the window. 2 % of 30 days in 1 h is 0.02 × 720 = 14.4.
 */
export function burnRateFor(fraction: number, elapsedSeconds: number, windowDays: number): number {
  return (fraction * windowDays * SECONDS_PER_DAY) / elapsedSeconds;
}

/**
 * How long until the budget is gone at a steady burn rate, given the share of it still left. A burn
 * rate of 1 spends it exactly over the window.
 */
export function timeToExhaustionSeconds(burnRate: number, windowDays: number, remainingFraction = 1): number {
  z.number().finite().positive().parse(burnRate);
  z.number().finite().min(0).max(1).parse(remainingFraction);
  return (remainingFraction * windowDays * SECONDS_PER_DAY) / burnRate;
}

/** The share of the budget still left after `elapsedSeconds` at `burnRate` (0 once it is spent). */
export function remainingBudgetFraction(burnRate: number, windowDays: number, elapsedSeconds: number): number {
  return Math.max(0, 1 - (burnRate * elapsedSeconds) / (windowDays * SECONDS_PER_DAY));
}

export type BurnRateAlert = {
  severity: 'page' | 'ticket';
  /** The share of the window's budget spent by the time the alert fires. */
  budgetFraction: number;
  longWindowSeconds: number;
  shortWindowSeconds: number;
  burnRate: number;
};

/**
 * Google's SRE workbook, chapter "Alerting on SLOs", recommended multiwindow, multi-burn-rate
 * alerts for a 30-day SLO: page on 2 % of the budget in 1 h (burn 14.4, checked over 1 h and 5 m),
 * page on 5 % in 6 h (burn 6, over 6 h and 30 m), ticket on 10 % in 3 days (burn 1, over 3 d and 6 h).
 * https://sre.google/workbook/alerting-on-slos/
 */
export const workbookThirtyDayAlerts: readonly BurnRateAlert[] = [
  { severity: 'page', budgetFraction: 0.02, longWindowSeconds: 3_600, shortWindowSeconds: 300, burnRate: 14.4 },
  { severity: 'page', budgetFraction: 0.05, longWindowSeconds: 6 * 3_600, shortWindowSeconds: 1_800, burnRate: 6 },
  { severity: 'ticket', budgetFraction: 0.1, longWindowSeconds: 3 * SECONDS_PER_DAY, shortWindowSeconds: 6 * 3_600, burnRate: 1 },
];

/** Three alerts (two pages, a ticket) as the workbook recommends, or the four windows Sloth and Pyrra generate. */
export const alertWindowSetSchema = z.enum(['three', 'four']);
export type AlertWindowSet = z.infer<typeof alertWindowSetSchema>;

/** Each alert's severity, its share of the budget and its windows; the burn rate follows from them. */
type AlertShape = Omit<BurnRateAlert, 'burnRate'>;

const HOUR = 3_600;
const page = (budgetFraction: number, longWindowSeconds: number): AlertShape => ({
  severity: 'page',
  budgetFraction,
  longWindowSeconds,
  // The workbook's short windows are a twelfth of the long ones: 1h/5m, 6h/30m, 3d/6h.
  shortWindowSeconds: longWindowSeconds / 12,
});
const ticket = (budgetFraction: number, longWindowSeconds: number): AlertShape => ({ ...page(budgetFraction, longWindowSeconds), severity: 'ticket' });

/**
 * The alert sets by SLO window. 30 days: the workbook's table. 28 days: Sloth's google-28d windows
 * (slok/sloth internal/alert/windows/google-28d.yaml: 2 % in 1h/5m, 5 % in 6h/30m, 10 % in 1d/2h and
 * 3d/6h), whose four-window set is also Sloth's 30-day one. 7 days: the same long windows of 1 h,
 * 6 h and 1 d with larger shares (10 %, 20 %, 40 %), so no window is shorter than 5 minutes, which a
 * 1-minute scrape needs to hold several samples; scaling the 30-day windows by 7/30 instead would
 * leave a 1m10s window that such a scrape can leave empty.
 */
const ALERT_SHAPES: Record<ErrorBudgetWindow, Partial<Record<AlertWindowSet, AlertShape[]>>> = {
  30: {
    three: [page(0.02, HOUR), page(0.05, 6 * HOUR), ticket(0.1, 3 * SECONDS_PER_DAY)],
    four: [page(0.02, HOUR), page(0.05, 6 * HOUR), ticket(0.1, SECONDS_PER_DAY), ticket(0.1, 3 * SECONDS_PER_DAY)],
  },
  28: {
    three: [page(0.02, HOUR), page(0.05, 6 * HOUR), ticket(0.1, SECONDS_PER_DAY)],
    four: [page(0.02, HOUR), page(0.05, 6 * HOUR), ticket(0.1, SECONDS_PER_DAY), ticket(0.1, 3 * SECONDS_PER_DAY)],
  },
  // No four-window set: a 3-day window is almost half of a 7-day SLO, and Sloth publishes none for it.
  7: {
    three: [page(0.1, HOUR), page(0.2, 6 * HOUR), ticket(0.4, SECONDS_PER_DAY)],
  },
};

/** The window sets published for an SLO window. */
export function alertWindowSetsFor(windowDays: ErrorBudgetWindow): AlertWindowSet[] {
  return alertWindowSetSchema.options.filter((set) => ALERT_SHAPES[windowDays][set] !== undefined);
}

/**
 * The multiwindow, multi-burn-rate alerts for an SLO window, each burn rate derived from its share
 * of the budget and its long window: spending 10 % of a 7-day budget in 1 h is 0.1 × 168 h / 1 h = 16.8.
 */
export function burnRateAlerts(windowDays: ErrorBudgetWindow, windowSet: AlertWindowSet = 'three'): BurnRateAlert[] {
  const shapes = ALERT_SHAPES[windowDays][windowSet];
  // Only the four-window set is missing for some windows (7 days): every window has three.
  if (!shapes) throw new UserError('invalid-request', 'sla.fourWindowsUnavailable', { days: windowDays });
  return shapes.map((shape) => ({ ...shape, burnRate: burnRateFor(shape.budgetFraction, shape.longWindowSeconds, windowDays) }));
}

/** How an alert's burn rate follows from its budget share: fraction × SLO window ÷ long window, in hours. */
export function burnRateDerivation(alert: BurnRateAlert, windowDays: ErrorBudgetWindow) {
  return {
    budgetFraction: alert.budgetFraction,
    sloWindowHours: windowDays * 24,
    longWindowHours: alert.longWindowSeconds / 3_600,
    burnRate: Number(alert.burnRate.toPrecision(6)),
  };
}

/** A window as Prometheus writes durations: 1h, 5m, 3d, 1h24m, 70s. */
export function prometheusDuration(seconds: number): string {
  const units: [string, number][] = [
    ['d', SECONDS_PER_DAY],
    ['h', 3_600],
    ['m', 60],
    ['s', 1],
  ];
  let rest = Math.round(seconds);
  let text = '';
  for (const [unit, size] of units) {
    const amount = Math.floor(rest / size);
    if (amount > 0) text += `${amount}${unit}`;
    rest -= amount * size;
  }
  return text === '' ? '0s' : text;
}
