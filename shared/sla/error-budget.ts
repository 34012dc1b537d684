import { z } from 'zod';
import { SECONDS_PER_DAY, unavailableFraction } from './downtime-budget';

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

/**
 * The same alerts for another window. Each keeps its budget share (2 %, 5 %, 10 %) and its burn
 * rate, and its windows shrink or grow with the SLO window (× W/30), so each still fires once that
 * share is spent: for 7 days, 2 % in 14 min at 14.4. Keeping the 30-day windows instead would need
 * burn rates below 1 for the ticket, which fire while the budget is on course to last.
 */
export function burnRateAlerts(windowDays: ErrorBudgetWindow): BurnRateAlert[] {
  const scale = windowDays / 30;
  return workbookThirtyDayAlerts.map((alert) => {
    const longWindowSeconds = Math.round(alert.longWindowSeconds * scale);
    return {
      ...alert,
      longWindowSeconds,
      shortWindowSeconds: Math.round(alert.shortWindowSeconds * scale),
      burnRate: burnRateFor(alert.budgetFraction, longWindowSeconds, windowDays),
    };
  });
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
