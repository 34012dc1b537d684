import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  alertWindowSetsFor,
  burnRateAlerts,
  errorBudgetWindows,
  burnRateFor,
  computeErrorBudget,
  prometheusDuration,
  remainingBudgetFraction,
  timeToExhaustionSeconds,
} from './error-budget';
import { exampleSliExpression } from './example-sli';
import { burnRateAlertRules, burnRateAlertRulesYaml } from './prometheus-rules';
import { thrownUserError as thrownBy } from '../../tests/support/user-error';

describe('computeErrorBudget', () => {
  it('gives 99.9 % over 30 days 43 min 12 s, or 259,200 bad requests at 100 per second', () => {
    const budget = computeErrorBudget(99.9, 30, 100);
    expect(budget.budgetSeconds).toBeCloseTo(2_592, 6);
    expect(budget.budgetRequests).toBeCloseTo(259_200, 6);
  });

  it('refuses an SLO of 100 % (no budget) and a non-positive rate', () => {
    expect(() => computeErrorBudget(100, 30)).toThrow();
    expect(() => computeErrorBudget(99.9, 30, 0)).toThrow();
  });
});

describe('burn rates', () => {
  // Google SRE workbook, "Alerting on SLOs": 2 % of a 30-day budget in 1 h is a burn rate of 14.4.
  it('burning 2 % of a 30-day budget in 1 h is a burn rate of 14.4', () => {
    expect(burnRateFor(0.02, 3_600, 30)).toBeCloseTo(14.4, 10);
  });

  it('reproduces the workbook 30-day table: 14.4, 6 and 1 over 1h/5m, 6h/30m and 3d/6h', () => {
    expect(
      burnRateAlerts(30).map((alert) => [
        Number(alert.burnRate.toFixed(6)),
        prometheusDuration(alert.longWindowSeconds),
        prometheusDuration(alert.shortWindowSeconds),
        alert.budgetFraction,
      ]),
    ).toEqual([
      [14.4, '1h', '5m', 0.02],
      [6, '6h', '30m', 0.05],
      [1, '3d', '6h', 0.1],
    ]);
  });

  it('keeps the long windows 1h, 6h and 1d for a 7-day SLO and derives each burn rate from its budget share', () => {
    expect(
      burnRateAlerts(7).map((alert) => [Number(alert.burnRate.toFixed(6)), prometheusDuration(alert.longWindowSeconds), prometheusDuration(alert.shortWindowSeconds), alert.budgetFraction]),
    ).toEqual([
      [16.8, '1h', '5m', 0.1],
      [5.6, '6h', '30m', 0.2],
      [2.8, '1d', '2h', 0.4],
    ]);
  });

  it('uses Sloth’s 28-day windows: 13.44, 5.6 and 2.8, and 0.933 for the fourth', () => {
    expect(burnRateAlerts(28).map((alert) => Number(alert.burnRate.toFixed(3)))).toEqual([13.44, 5.6, 2.8]);
    expect(burnRateAlerts(28, 'four').map((alert) => Number(alert.burnRate.toFixed(3)))).toEqual([13.44, 5.6, 2.8, 0.933]);
  });

  it('offers the four-window set (1h/5m, 6h/30m, 1d/2h, 3d/6h) as Sloth generates it for 30 days: 14.4, 6, 3, 1', () => {
    const alerts = burnRateAlerts(30, 'four');
    expect(alerts.map((alert) => `${prometheusDuration(alert.longWindowSeconds)}/${prometheusDuration(alert.shortWindowSeconds)}`)).toEqual(['1h/5m', '6h/30m', '1d/2h', '3d/6h']);
    expect(alerts.map((alert) => Number(alert.burnRate.toFixed(6)))).toEqual([14.4, 6, 3, 1]);
    expect(alertWindowSetsFor(7)).toEqual(['three']);
    expect(thrownBy(() => burnRateAlerts(7, 'four'))).toMatchObject({ code: 'invalid-request', key: 'sla.fourWindowsUnavailable', params: { days: 7 } });
  });

  it('never uses an alert window shorter than 5 minutes, whatever the SLO window or set', () => {
    for (const windowDays of errorBudgetWindows) {
      for (const set of alertWindowSetsFor(windowDays)) {
        for (const alert of burnRateAlerts(windowDays, set)) {
          expect(alert.shortWindowSeconds).toBeGreaterThanOrEqual(300);
          expect((alert.burnRate * alert.longWindowSeconds) / (windowDays * 86_400)).toBeCloseTo(alert.budgetFraction, 10);
        }
      }
    }
  });

  it('runs a 30-day budget out in 50 h at 14.4 and in the full window at 1', () => {
    expect(timeToExhaustionSeconds(14.4, 30) / 3_600).toBeCloseTo(50, 10);
    expect(timeToExhaustionSeconds(1, 30)).toBe(30 * 86_400);
    expect(timeToExhaustionSeconds(2, 30, 0.5)).toBe(7.5 * 86_400);
    expect(remainingBudgetFraction(2, 30, 15 * 86_400)).toBe(0);
    expect(() => timeToExhaustionSeconds(0, 30)).toThrow();
  });
});

describe('burnRateAlertRulesYaml', () => {
  const ruleFile = (text: string) => parse(text) as { groups: { name: string; rules: Record<string, unknown>[] }[] };

  it('records the error ratio over each window, then alerts on the recorded series', () => {
    const file = ruleFile(burnRateAlertRulesYaml({ sloPercent: 99.9, windowDays: 30, sliExpression: exampleSliExpression, serviceName: 'api' }));
    expect(file.groups.map((group) => group.name)).toEqual(['api-slo-error-ratios', 'api-slo-burn-rate']);
    const [recording, alerting] = file.groups.map((group) => group.rules) as [Record<string, unknown>[], Record<string, unknown>[]];
    expect(recording.map((rule) => rule.record)).toEqual(['slo:sli_error:ratio_rate5m', 'slo:sli_error:ratio_rate30m', 'slo:sli_error:ratio_rate1h', 'slo:sli_error:ratio_rate6h', 'slo:sli_error:ratio_rate3d']);
    expect(recording[0]).toEqual({ record: 'slo:sli_error:ratio_rate5m', expr: exampleSliExpression.replaceAll('{{window}}', '5m'), labels: { slo: 'api' } });
    expect(alerting).toHaveLength(3);
    for (const rule of alerting) {
      expect(Object.keys(rule).sort()).toEqual(['alert', 'annotations', 'expr', 'for', 'labels']);
      expect(rule.expr).not.toContain('rate(http_requests_total');
    }
    expect(alerting[0]?.expr).toBe('slo:sli_error:ratio_rate1h{slo="api"} > (14.4 * 0.001)\nand\nslo:sli_error:ratio_rate5m{slo="api"} > (14.4 * 0.001)');
    expect(alerting[2]?.labels).toMatchObject({ severity: 'ticket', long_window: '3d', short_window: '6h' });
  });

  it('writes four alerts for the four-window set', () => {
    const file = ruleFile(burnRateAlertRulesYaml({ sloPercent: 99.9, windowDays: 28, sliExpression: exampleSliExpression, windowSet: 'four' }));
    expect(file.groups[1]?.rules.map((rule) => (rule.labels as Record<string, string>).long_window)).toEqual(['1h', '6h', '1d', '3d']);
  });

  it('refuses an SLI without the window placeholder, an empty one, invalid PromQL, or an SLO of 100 %', () => {
    const rules = (sliExpression: string) => () => burnRateAlertRules({ sloPercent: 99.9, windowDays: 30, sliExpression });
    expect(thrownBy(rules('rate(x[5m])'))).toMatchObject({ key: 'sla.sli.noPlaceholder', params: { placeholder: '{{window}}' } });
    expect(thrownBy(rules('  '))).toMatchObject({ key: 'sla.sli.empty' });
    expect(thrownBy(rules('sum(rate(errors[{{window}}]) / sum(rate(total[{{window}}]))'))).toMatchObject({ key: 'sla.sli.incomplete' });
    // Position 18 is 1-based, in the expression with the window put in: "rate(errors[5m]) total".
    expect(thrownBy(rules('rate(errors[{{window}}]) total'))).toMatchObject({ code: 'invalid-request', key: 'sla.sli.syntax', params: { position: 18, near: 'total' } });
    expect(() => burnRateAlertRules({ sloPercent: 100, windowDays: 30, sliExpression: exampleSliExpression })).toThrow();
  });

  it('refuses a threshold no error ratio can reach: 14.4 × 10 % at a 90 % SLO', () => {
    expect(thrownBy(() => burnRateAlertRules({ sloPercent: 90, windowDays: 30, sliExpression: exampleSliExpression }))).toMatchObject({
      code: 'invalid-request',
      key: 'sla.unreachableThreshold',
      params: { slo: 90, rate: 14.4, threshold: 1.44 },
    });
    // 93.06 %: 14.4 × 6.94 % is 0.99936, still reachable.
    expect(() => burnRateAlertRules({ sloPercent: 93.06, windowDays: 30, sliExpression: exampleSliExpression })).not.toThrow();
  });
});
