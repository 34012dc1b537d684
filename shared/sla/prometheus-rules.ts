import { stringify } from 'yaml';
import { type ErrorBudgetWindow, burnRateAlerts, prometheusDuration, sloPercentSchema } from './error-budget';

/** Where the rate window goes in the SLI expression: `…[{{window}}]`. */
export const SLI_WINDOW_PLACEHOLDER = '{{window}}';

export const exampleSliExpression =
  'sum(rate(http_requests_total{job="api",code=~"5.."}[{{window}}])) / sum(rate(http_requests_total{job="api"}[{{window}}]))';

export class SliExpressionError extends Error {
  constructor(readonly problem: 'empty' | 'no-placeholder') {
    super(
      problem === 'empty'
        ? 'The SLI expression is empty.'
        : `The SLI expression needs the ${SLI_WINDOW_PLACEHOLDER} placeholder where the rate window goes, e.g. rate(errors[${SLI_WINDOW_PLACEHOLDER}]).`,
    );
    this.name = 'SliExpressionError';
  }
}

export type AlertRulesInput = {
  sloPercent: number;
  windowDays: ErrorBudgetWindow;
  /** An error-ratio expression (bad / total) with the window placeholder. */
  sliExpression: string;
  /** Names the rule group and the alerts' `slo` label. */
  serviceName?: string;
  /** How long both windows must agree before firing; rides out a single scrape's blip. */
  forDuration?: string;
};

export type PrometheusRule = {
  alert: string;
  expr: string;
  for: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
};
export type PrometheusRuleFile = { groups: { name: string; rules: PrometheusRule[] }[] };

function ratioAbove(sliExpression: string, window: string, threshold: string): string {
  return `(${sliExpression.split(SLI_WINDOW_PLACEHOLDER).join(window)}) > ${threshold}`;
}

/**
 * The multiwindow, multi-burn-rate alerts as a Prometheus rule file: each alert fires when both its
 * long and short windows burn faster than its rate (the short window makes it stop soon after the
 * problem does).
 */
export function burnRateAlertRules(input: AlertRulesInput): PrometheusRuleFile {
  sloPercentSchema.parse(input.sloPercent);
  const sli = input.sliExpression.trim();
  if (sli === '') throw new SliExpressionError('empty');
  if (!sli.includes(SLI_WINDOW_PLACEHOLDER)) throw new SliExpressionError('no-placeholder');
  const service = input.serviceName?.trim() || 'service';
  const budget = Number(((100 - input.sloPercent) / 100).toPrecision(12));
  const rules = burnRateAlerts(input.windowDays).map((alert): PrometheusRule => {
    const longWindow = prometheusDuration(alert.longWindowSeconds);
    const shortWindow = prometheusDuration(alert.shortWindowSeconds);
    const burnRate = Number(alert.burnRate.toPrecision(6));
    const threshold = `(${burnRate} * ${budget})`;
    const percentSpent = Number((alert.budgetFraction * 100).toPrecision(6));
    return {
      alert: 'ErrorBudgetBurn',
      expr: `${ratioAbove(sli, longWindow, threshold)}\nand\n${ratioAbove(sli, shortWindow, threshold)}`,
      for: input.forDuration ?? '2m',
      labels: {
        severity: alert.severity,
        slo: service,
        long_window: longWindow,
        short_window: shortWindow,
      },
      annotations: {
        summary: `${service}: error budget burning at ${burnRate}× (${longWindow} and ${shortWindow} windows)`,
        description: `At this rate ${percentSpent}% of the ${input.windowDays}-day error budget of the ${input.sloPercent}% SLO is spent within ${longWindow}.`,
      },
    };
  });
  return { groups: [{ name: `${service}-slo-burn-rate`, rules }] };
}

export function burnRateAlertRulesYaml(input: AlertRulesInput): string {
  return stringify(burnRateAlertRules(input), { lineWidth: 0 });
}
