import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  burnRateAlerts,
  burnRateFor,
  computeErrorBudget,
  prometheusDuration,
  remainingBudgetFraction,
  timeToExhaustionSeconds,
} from './error-budget';
import { SliExpressionError, burnRateAlertRules, burnRateAlertRulesYaml, exampleSliExpression } from './prometheus-rules';

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

  it('derives the 7-day table by scaling windows and keeping each alert’s budget share', () => {
    const alerts = burnRateAlerts(7);
    expect(alerts.map((alert) => prometheusDuration(alert.longWindowSeconds))).toEqual(['14m', '1h24m', '16h48m']);
    for (const alert of alerts) {
      expect((alert.burnRate * alert.longWindowSeconds) / (7 * 86_400)).toBeCloseTo(alert.budgetFraction, 10);
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
  it('writes a Prometheus rule file: groups[].rules[] with alert, expr, for, labels and annotations', () => {
    const text = burnRateAlertRulesYaml({ sloPercent: 99.9, windowDays: 30, sliExpression: exampleSliExpression, serviceName: 'api' });
    const file = parse(text) as { groups: { name: string; rules: Record<string, unknown>[] }[] };
    expect(Object.keys(file)).toEqual(['groups']);
    expect(file.groups).toHaveLength(1);
    expect(file.groups[0]?.name).toBe('api-slo-burn-rate');
    const rules = file.groups[0]?.rules ?? [];
    expect(rules).toHaveLength(3);
    for (const rule of rules) {
      expect(Object.keys(rule).sort()).toEqual(['alert', 'annotations', 'expr', 'for', 'labels']);
      expect(typeof rule.expr).toBe('string');
      expect(rule.expr).not.toContain('{{window}}');
      expect(rule.for).toMatch(/^\d+[smhd]$/u);
    }
    expect(rules[0]?.expr).toContain('[1h]');
    expect(rules[0]?.expr).toContain('[5m]');
    expect(rules[0]?.expr).toContain('> (14.4 * 0.001)');
    expect(rules[2]?.labels).toMatchObject({ severity: 'ticket', long_window: '3d', short_window: '6h' });
  });

  it('refuses an SLI without the window placeholder, an empty one, or an SLO of 100 %', () => {
    expect(() => burnRateAlertRules({ sloPercent: 99.9, windowDays: 30, sliExpression: 'rate(x[5m])' })).toThrow(SliExpressionError);
    expect(() => burnRateAlertRules({ sloPercent: 99.9, windowDays: 30, sliExpression: '  ' })).toThrow(/empty/);
    expect(() => burnRateAlertRules({ sloPercent: 100, windowDays: 30, sliExpression: exampleSliExpression })).toThrow();
  });
});
