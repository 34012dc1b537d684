import { stringify } from 'yaml';
import {
  type AlertWindowSet,
  type BurnRateAlert,
  type ErrorBudgetWindow,
  burnRateAlerts,
  prometheusDuration,
  sloPercentSchema,
} from './error-budget';
import { promqlSyntaxErrorAt } from './promql-check';
import { UserError } from '../user-error';

/** Where the rate window goes in the SLI expression: `…[{{window}}]`. */
export const SLI_WINDOW_PLACEHOLDER = '{{window}}';


export type AlertRulesInput = {
  sloPercent: number;
  windowDays: ErrorBudgetWindow;
  /** An error-ratio expression (bad / total) with the window placeholder. */
  sliExpression: string;
  /** Names the rule groups, the recorded series' and the alerts' `slo` label. */
  serviceName?: string;
  /** How long both windows must agree before firing; rides out a single scrape's blip. */
  forDuration?: string;
  windowSet?: AlertWindowSet;
};

export type RecordingRule = { record: string; expr: string; labels: Record<string, string> };
export type AlertingRule = {
  alert: string;
  expr: string;
  for: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
};
export type PrometheusRuleFile = { groups: { name: string; rules: (RecordingRule | AlertingRule)[] }[] };

/** The recorded error ratio over one window, named the way Sloth names it (`slo:sli_error:ratio_rate5m`). */
function errorRatioRecord(window: string): string {
  return `slo:sli_error:ratio_rate${window}`;
}

/** Checks the SLI before anything is written: present, with the window placeholder, and valid PromQL once a window is put in. */
export function checkSliExpression(sliExpression: string): string {
  const sli = sliExpression.trim();
  if (sli === '') throw new UserError('invalid-request', 'sla.sli.empty');
  if (!sli.includes(SLI_WINDOW_PLACEHOLDER)) throw new UserError('invalid-request', 'sla.sli.noPlaceholder', { placeholder: SLI_WINDOW_PLACEHOLDER });
  // Positions and the snippet refer to the expression as PromQL sees it, with a window put in.
  const withWindow = sli.split(SLI_WINDOW_PLACEHOLDER).join('5m');
  const position = promqlSyntaxErrorAt(withWindow);
  if (position === undefined) return sli;
  const near = withWindow.slice(position, position + 20);
  if (near.trim() === '') throw new UserError('invalid-request', 'sla.sli.incomplete');
  throw new UserError('invalid-request', 'sla.sli.syntax', { position: position + 1, near });
}

/** The error ratio above which an alert fires: burn rate × budget, refused when no ratio can reach it. */
function alertThreshold(alert: BurnRateAlert, sloPercent: number): { burnRate: number; budget: number } {
  const budget = Number(((100 - sloPercent) / 100).toPrecision(12));
  const burnRate = Number(alert.burnRate.toPrecision(6));
  const threshold = Number((burnRate * budget).toPrecision(12));
  // A ratio never exceeds 1, so an alert at that threshold could never fire.
  if (threshold >= 1) throw new UserError('invalid-request', 'sla.unreachableThreshold', { slo: sloPercent, rate: burnRate, threshold });
  return { burnRate, budget };
}

/**
 * The multiwindow, multi-burn-rate alerts as the SRE workbook and Sloth write them: one recording
 * rule per window for the error ratio, then alerts on the recorded series, each firing when both
 * its long and short windows burn faster than its rate (the short window makes it stop soon after
 * the problem does). Throws before producing anything when the SLI is not valid PromQL or an
 * alert could never fire.
 */
export function burnRateAlertRules(input: AlertRulesInput): PrometheusRuleFile {
  sloPercentSchema.parse(input.sloPercent);
  const sli = checkSliExpression(input.sliExpression);
  const service = input.serviceName?.trim() || 'service';
  const alerts = burnRateAlerts(input.windowDays, input.windowSet ?? 'three');
  const thresholds = alerts.map((alert) => alertThreshold(alert, input.sloPercent));
  const sloLabel = { slo: service };
  const windows = [...new Set(alerts.flatMap((alert) => [alert.shortWindowSeconds, alert.longWindowSeconds]))].sort((a, b) => a - b).map(prometheusDuration);
  const recordingRules: RecordingRule[] = windows.map((window) => ({
    record: errorRatioRecord(window),
    expr: sli.split(SLI_WINDOW_PLACEHOLDER).join(window),
    labels: sloLabel,
  }));
  const selector = `{slo="${service.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"}`;
  const alertingRules = alerts.map((alert, index): AlertingRule => {
    const longWindow = prometheusDuration(alert.longWindowSeconds);
    const shortWindow = prometheusDuration(alert.shortWindowSeconds);
    const { burnRate, budget } = thresholds[index]!;
    const above = (window: string) => `${errorRatioRecord(window)}${selector} > (${burnRate} * ${budget})`;
    const percentSpent = Number((alert.budgetFraction * 100).toPrecision(6));
    return {
      alert: 'ErrorBudgetBurn',
      expr: `${above(longWindow)}\nand\n${above(shortWindow)}`,
      for: input.forDuration ?? '2m',
      labels: { severity: alert.severity, ...sloLabel, long_window: longWindow, short_window: shortWindow },
      annotations: {
        summary: `${service}: error budget burning at ${burnRate}× (${longWindow} and ${shortWindow} windows)`,
        description: `At this rate ${percentSpent}% of the ${input.windowDays}-day error budget of the ${input.sloPercent}% SLO is spent within ${longWindow}.`,
      },
    };
  });
  return {
    groups: [
      { name: `${service}-slo-error-ratios`, rules: recordingRules },
      { name: `${service}-slo-burn-rate`, rules: alertingRules },
    ],
  };
}

export function burnRateAlertRulesYaml(input: AlertRulesInput): string {
  return stringify(burnRateAlertRules(input), { lineWidth: 0, aliasDuplicateObjects: false });
}
