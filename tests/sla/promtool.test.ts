import { execFile } from 'node:child_process';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { type AlertingRule, burnRateAlertRules, burnRateAlertRulesYaml } from '../../shared/sla/prometheus-rules';

const PROMTOOL = '/usr/bin/promtool';
const hasPromtool = await access(PROMTOOL).then(
  () => true,
  () => false,
);

const SLI = 'sum(rate(http_requests_total{job="api",code=~"5.."}[{{window}}])) / sum(rate(http_requests_total{job="api"}[{{window}}]))';
const REQUESTS_PER_MINUTE = 1_000;

/**
 * Two counters scraped every minute for four hours: all requests, and the failed ones at `burn`
 * times the rate a 99.9 % SLO allows (0.1 % of requests).
 */
function series(burn: number) {
  const failedPerMinute = Number((REQUESTS_PER_MINUTE * 0.001 * burn).toPrecision(10));
  return [
    { series: 'http_requests_total{job="api",code="200"}', values: `0+${REQUESTS_PER_MINUTE - failedPerMinute}x240` },
    { series: 'http_requests_total{job="api",code="500"}', values: `0+${failedPerMinute}x240` },
  ];
}

/** An expected alert: its labels, and the annotations the rule file gives it (promtool compares both). */
function alertLabels(severity: string, longWindow: string, shortWindow: string) {
  const rules = burnRateAlertRules({ sloPercent: 99.9, windowDays: 30, sliExpression: SLI, serviceName: 'api' }).groups[1]!.rules as AlertingRule[];
  const rule = rules.find((candidate) => candidate.labels.long_window === longWindow)!;
  return { exp_labels: { severity, slo: 'api', long_window: longWindow, short_window: shortWindow }, exp_annotations: rule.annotations };
}

describe.skipIf(!hasPromtool)(`promtool (needs ${PROMTOOL}, Debian's prometheus package)`, () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), 'kube-planner-promtool-'));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  const run = (...args: string[]) =>
    promisify(execFile)(PROMTOOL, args, { cwd: scratch }).then(
      ({ stdout }) => ({ code: 0, output: stdout }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, output: `${error.stdout}${error.stderr}` }),
    );

  it.each([
    [7, 'three'],
    [28, 'three'],
    [28, 'four'],
    [30, 'three'],
    [30, 'four'],
  ] as const)('accepts the %i-day %s-window rule file (promtool check rules)', async (windowDays, windowSet) => {
    await writeFile(join(scratch, 'rules.yaml'), burnRateAlertRulesYaml({ sloPercent: 99.9, windowDays, sliExpression: SLI, serviceName: 'api', windowSet }));
    const result = await run('check', 'rules', 'rules.yaml');
    expect(result.output).toContain('SUCCESS');
    expect(result.code).toBe(0);
  });

  it('pages within the hour once the burn passes 14.4×, not at 14× or 1× (promtool test rules)', async () => {
    await writeFile(join(scratch, 'rules.yaml'), burnRateAlertRulesYaml({ sloPercent: 99.9, windowDays: 30, sliExpression: SLI, serviceName: 'api' }));
    const test = (burn: number, expected: object[]) => ({
      interval: '1m',
      input_series: series(burn),
      alert_rule_test: [{ eval_time: '1h', alertname: 'ErrorBudgetBurn', exp_alerts: expected }],
    });
    const tests = {
      rule_files: ['rules.yaml'],
      evaluation_interval: '1m',
      tests: [
        // Just past 14.4×: both pages and the ticket.
        test(14.5, [alertLabels('page', '1h', '5m'), alertLabels('page', '6h', '30m'), alertLabels('ticket', '3d', '6h')]),
        // 14× is under the fast page's 14.4×, over the slow page's 6× and the ticket's 1×.
        test(14, [alertLabels('page', '6h', '30m'), alertLabels('ticket', '3d', '6h')]),
        // 1× spends the budget exactly over the 30 days: nothing to page or ticket about.
        test(1, []),
      ],
    };
    await writeFile(join(scratch, 'tests.yaml'), stringify(tests));
    const result = await run('test', 'rules', 'tests.yaml');
    expect(result.output).toContain('SUCCESS');
    expect(result.code).toBe(0);
  });

  it('records the error ratio each window sees (promtool test rules, promql_expr_test)', async () => {
    await writeFile(join(scratch, 'rules.yaml'), burnRateAlertRulesYaml({ sloPercent: 99.9, windowDays: 7, sliExpression: SLI, serviceName: 'api' }));
    const tests = {
      rule_files: ['rules.yaml'],
      evaluation_interval: '1m',
      tests: [
        {
          interval: '1m',
          input_series: series(16.8),
          promql_expr_test: [
            { expr: 'round(slo:sli_error:ratio_rate1h * 10000)', eval_time: '2h', exp_samples: [{ labels: '{slo="api"}', value: 168 }] },
            { expr: 'round(slo:sli_error:ratio_rate5m * 10000)', eval_time: '2h', exp_samples: [{ labels: '{slo="api"}', value: 168 }] },
          ],
        },
      ],
    };
    await writeFile(join(scratch, 'tests.yaml'), stringify(tests));
    const result = await run('test', 'rules', 'tests.yaml');
    expect(result.output).toContain('SUCCESS');
    expect(result.code).toBe(0);
  });

  it('fails promtool test rules when the rules cannot fire, as a check that the test itself can fail', async () => {
    const rules = burnRateAlertRulesYaml({ sloPercent: 99.9, windowDays: 30, sliExpression: SLI, serviceName: 'api' }).replaceAll('(14.4 * 0.001)', '(1000 * 0.001)');
    await writeFile(join(scratch, 'rules.yaml'), rules);
    const tests = {
      rule_files: ['rules.yaml'],
      evaluation_interval: '1m',
      tests: [{ interval: '1m', input_series: series(14.5), alert_rule_test: [{ eval_time: '1h', alertname: 'ErrorBudgetBurn', exp_alerts: [alertLabels('page', '1h', '5m'), alertLabels('page', '6h', '30m'), alertLabels('ticket', '3d', '6h')] }] }],
    };
    await writeFile(join(scratch, 'tests.yaml'), stringify(tests));
    expect((await run('test', 'rules', 'tests.yaml')).code).not.toBe(0);
  });
});
