import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { networkLandscapeYaml } from '../../tests/support/landscape-fixture';
import { PLAN_SCHEMA_VERSION } from '../../shared/plan/plan-schema';
import { cliOnScratchFolder } from './cli-test-support';

const { dataDir, run } = await cliOnScratchFolder('kube-planner-cli-');

describe('runCli sla', () => {
  it('prints the allowed downtime per period in the chosen language', async () => {
    const { code, stdout } = await run(['sla', '99.9']);
    expect(code).toBe(0);
    expect(stdout).toContain('8.76 hours');
    expect(stdout).toContain('8 h 45 m 36 s');
    expect(stdout).toContain('43.8 minutes');
    expect(stdout).toContain('365-day year');
    const chinese = await run(['sla', '99.9', '--lang', 'zh-CN']);
    expect(chinese.stdout).toContain('8 小时 45 分 36 秒');
  });

  it('shows sub-microsecond budgets and keeps full precision in --json (ten nines: 8.64 µs a day)', async () => {
    const text = await run(['sla', '99.99999999']);
    expect(text.stdout).toContain('8.64 µs');
    expect(text.stdout).toContain('8.64 microseconds');
    expect(text.stdout).not.toMatch(/\b0 seconds\b/u);
    const json = JSON.parse((await run(['sla', '99.99999999', '--json'])).stdout) as { seconds: Record<string, number> };
    expect(json.seconds['day']).toBe(0.00000864);
    expect(json.seconds['year']).toBe(0.0031536);
  });

  it('names the field that is wrong: a zero period is not an SLO', async () => {
    const { code, stderr } = await run(['sla', '99.9', '--period', '0d']);
    expect(code).toBe(1);
    expect(stderr).toContain('--period: A period must be longer than zero');
    expect(stderr).not.toContain('SLO');
    expect((await run(['sla', 'budget', '99.9', '--rps', '0'])).stderr).toContain('--rps: Must be above 0.');
  });

  it('reads "99,9" in `sla composite` as `sla` does', async () => {
    const comma = await run(['sla', 'composite', '2x(api:99,9)', '--json']);
    expect(comma.code).toBe(0);
    expect(comma.stdout).toBe((await run(['sla', 'composite', '2x(api:99.9)', '--json'])).stdout);
  });

  it('gives a calendar quarter its real length with --quarter-days', async () => {
    const q90 = JSON.parse((await run(['sla', '99.9', '--convention', 'calendar-month', '--quarter-days', '90', '--json'])).stdout) as {
      seconds: Record<string, number>;
    };
    expect(q90.seconds['quarter']).toBe(7_776);
    const bad = await run(['sla', '99.9', '--convention', 'calendar-month', '--quarter-days', '93']);
    expect(bad.stderr).toContain('--quarter-days');
  });

  it('follows the OS locale when no --lang is given', async () => {
    expect((await run(['sla', '99.9'], 'zh-CN')).stdout).toContain('每年');
  });

  it('gives seconds per period, a custom period and the convention with --json', async () => {
    const { code, stdout } = await run(['sla', '99.9%', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      availabilityPercent: 99.9,
      convention: 'year-365',
      seconds: { day: 86.4, week: 604.8, month: 2628, quarter: 7884, year: 31536 },
    });
    const custom = JSON.parse((await run(['sla', '99.95', '--period', '90d', '--convention', 'month-30', '--json'])).stdout);
    expect(custom.seconds.month).toBeCloseTo(1_296, 6);
    expect(custom.custom).toEqual({ periodSeconds: 7_776_000, seconds: 3_888 });
  });

  it('accepts the 365.25-day convention and a calendar month', async () => {
    const { stdout } = await run(['sla', '99', '--json', '--convention', 'year-365.25']);
    expect(JSON.parse(stdout).seconds.year).toBeCloseTo(0.01 * 365.25 * 86_400, 6);
    const february = await run(['sla', '99', '--json', '--convention', 'calendar-month', '--month-days', '28']);
    expect(JSON.parse(february.stdout).seconds.month).toBeCloseTo(0.01 * 28 * 86_400, 6);
  });

  it('refuses impossible percentages, forty nines and unknown conventions with a clear message', async () => {
    const { code, stderr } = await run(['sla', '120']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/invalid-request.*above 100/);
    const json = await run(['sla', 'abc', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, error: { code: 'invalid-request', message: '<percent>: This is not a number.' } });
    expect((await run(['sla', `99.${'9'.repeat(38)}`])).stderr).toContain('Too many nines');
    expect((await run(['sla', '99.9', '--convention', 'lunar'])).stderr).toContain('--convention');
  });

  it('reverses downtime into availability: 7 h 12 min in 30 days is 99 %', async () => {
    const { stdout } = await run(['sla', 'reverse', '7h12m', '--period', '30d', '--json']);
    expect(JSON.parse(stdout).availabilityPercent).toBeCloseTo(99, 10);
    expect((await run(['sla', 'reverse', '31d', '--period', '30d'])).stderr).toContain('longer than the period');
  });

  it('evaluates a compact composite and the Kubernetes preset', async () => {
    const serial = JSON.parse((await run(['sla', 'composite', '99.95 * 99.99', '--json'])).stdout);
    expect(serial.availabilityPercent).toBeCloseTo(99.94, 4);
    const k8s = JSON.parse((await run(['sla', 'composite', 'k8s', '--zones', '2', '--json'])).stdout);
    const addZone = k8s.whatIfs.find((whatIf: { change: string }) => whatIf.change === 'add-zone');
    expect(addZone.controlPlanePercent).toBeGreaterThan(k8s.controlPlanePercent);
    expect((await run(['sla', 'composite', 'k8s', '--zones', '9'])).code).toBe(1);
    expect((await run(['sla', 'composite', 'a:99 *'])).stderr).toContain('Expected a component');
  });

  it('gives the error budget and the burn-rate table', async () => {
    const budget = JSON.parse((await run(['sla', 'budget', '99.9', '--window', '30', '--rps', '100', '--json'])).stdout);
    expect(budget).toMatchObject({ budgetSeconds: 2_592, budgetRequests: 259_200 });
    const burn = JSON.parse((await run(['sla', 'burn-rate', '--spent', '2', '--in', '1h', '--window', '30', '--json'])).stdout);
    expect(burn.burnRate).toBeCloseTo(14.4, 10);
    expect(burn.alerts.map((alert: { longWindow: string }) => alert.longWindow)).toEqual(['1h', '6h', '3d']);
    expect((await run(['sla', 'budget', '100'])).stderr).toContain('no error budget');
  });

  it('writes Prometheus alerting rules to a file', async () => {
    const file = join(dataDir, 'rules.yaml');
    const { code } = await run(['sla', 'alerts', '99.9', '--window', '30', '--sli', 'rate(errors[{{window}}]) / rate(total[{{window}}])', '--out', file]);
    expect(code).toBe(0);
    const rules = parse(await readFile(file, 'utf8')) as { groups: { rules: { expr: string; record?: string }[] }[] };
    expect(rules.groups[0]?.rules.find((rule) => rule.record === 'slo:sli_error:ratio_rate1h')?.expr).toBe('rate(errors[1h]) / rate(total[1h])');
    expect(rules.groups[1]?.rules[0]?.expr).toContain('slo:sli_error:ratio_rate1h{slo="service"} > (14.4 * 0.001)');
    expect((await run(['sla', 'alerts', '99.9', '--sli', 'rate(errors[5m])'])).stderr).toContain('{{window}}');
  });

  it('checks the SLI as PromQL and refuses a threshold that can never fire, writing nothing', async () => {
    const file = join(dataDir, 'refused.yaml');
    const syntax = await run(['sla', 'alerts', '99.9', '--sli', 'rate(errors[{{window}}]) total', '--out', file]);
    expect(syntax.code).not.toBe(0);
    expect(syntax.stderr).toContain('not valid PromQL');
    const unreachable = await run(['sla', 'alerts', '90', '--out', file]);
    expect(unreachable.code).not.toBe(0);
    expect(unreachable.stderr).toContain('error ratio of 1.44');
    await expect(readFile(file, 'utf8')).rejects.toThrow();
  });

  it('prints the SLA refusals as every other failure: the code and the text in the user’s language, the envelope with --json, exit 1', async () => {
    const unreachable = await run(['sla', 'alerts', '90', '--json']);
    expect(unreachable.code).toBe(1);
    expect(JSON.parse(unreachable.stdout)).toEqual({
      ok: false,
      error: {
        code: 'invalid-request',
        message:
          'At a 90 % SLO a 14.4× burn means an error ratio of 1.44: a ratio never exceeds 1, so the alert could never fire. Choose a higher SLO.',
        i18n: { key: 'sla.unreachableThreshold', params: { slo: 90, rate: 14.4, threshold: 1.44 } },
      },
    });
    const syntax = await run(['sla', 'alerts', '99.9', '--sli', 'rate(errors[{{window}}]) total', '--lang', 'zh-CN']);
    expect(syntax.code).toBe(1);
    expect(syntax.stderr).toContain('（invalid-request）：这不是有效的 PromQL：解析在第 18 个字符处中断，附近是“total”。');
    const composite = await run(['sla', 'composite', '(a:99', '--json']);
    expect(composite.code).toBe(1);
    expect(JSON.parse(composite.stdout)).toMatchObject({
      ok: false,
      error: { code: 'invalid-request', message: 'Expected “)” at character 6 of “(a:99”.', i18n: { key: 'sla.composite.expected' } },
    });
    const fourWindows = await run(['sla', 'burn-rate', '--window', '7', '--windows', 'four']);
    expect(fourWindows.code).toBe(1);
    expect(fourWindows.stderr).toContain('The four-window alert set is published for 28- and 30-day SLO windows only, not for 7 days.');
  });

  it('shows how each 7-day burn rate follows from its budget share, in text and JSON', async () => {
    expect((await run(['sla', 'burn-rate', '--window', '7'])).stdout).toContain('10% of the budget in 1h: 0.1 × 168 h ÷ 1 h = 16.8');
    const json = JSON.parse((await run(['sla', 'burn-rate', '--window', '7', '--json'])).stdout) as { alerts: { derivation: Record<string, number> }[] };
    expect(json.alerts.map((alert) => alert.derivation)).toEqual([
      { budgetFraction: 0.1, sloWindowHours: 168, longWindowHours: 1, burnRate: 16.8 },
      { budgetFraction: 0.2, sloWindowHours: 168, longWindowHours: 6, burnRate: 5.6 },
      { budgetFraction: 0.4, sloWindowHours: 168, longWindowHours: 24, burnRate: 2.8 },
    ]);
  });

  it('prints Table 4.1 next to the computed values', async () => {
    const { stdout } = await run(['sla', 'table41']);
    expect(stdout).toContain('864.3 milliseconds');
    expect(stdout).toContain('No convention gives it');
  });

  it('explains usage for a missing argument or an unknown command', async () => {
    expect((await run(['sla'])).code).toBe(2);
    const unknown = await run(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Unknown command "frobnicate"');
    expect((await run(['--help'])).stdout).toContain('Usage: npm run cli');
  });
});

describe('runCli catalogue', () => {
  const landscape = networkLandscapeYaml([
    { name: 'Project Calico', homepage: 'https://www.tigera.io/project-calico/' },
    { name: 'Cilium', homepage: 'https://cilium.io/', project: 'graduated' },
  ]);

  it('searches as the catalogue page does, in either language: 红帽 finds OpenShift, 网络插件 finds flannel and Calico', async () => {
    const ids = async (query: string) =>
      (JSON.parse((await run(['catalogue', '--search', query, '--json'])).stdout) as { entries: { id: string }[] }).entries.map((entry) => entry.id);
    const redHat = await ids('红帽');
    expect(redHat).toEqual(expect.arrayContaining(['openshift-container-platform', 'openshift-origin']));
    expect(redHat).not.toContain('flannel');
    const networkPlugins = await ids('网络插件');
    expect(networkPlugins).toEqual(expect.arrayContaining(['flannel', 'calico']));
    expect(networkPlugins).not.toContain('openshift-origin');
    expect(await ids('Red Hat')).toEqual(expect.arrayContaining(['openshift-container-platform', 'openshift-origin']));
    const text = await run(['catalogue', '--search', '网络插件']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^flannel\t/mu);
  });

  it('imports a landscape file, reports it as JSON, lists the merged catalogue, and removes it', async () => {
    const file = join(dataDir, 'landscape.yml');
    await writeFile(file, landscape);
    const imported = await run(['catalogue', 'import', file, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ fileName: 'landscape.yml', totalItems: 2, added: ['Cilium'] });

    const listed = await run(['catalogue', '--json']);
    const { entries } = JSON.parse(listed.stdout) as { entries: { name: string; sources: { kind: string }[] }[] };
    expect(entries.find((entry) => entry.name === 'Calico')?.sources.map((source) => source.kind)).toEqual(['seed', 'cncf-landscape']);
    expect((await run(['catalogue'])).stdout).toMatch(/Cilium\t\t\tGraduated\tCNCF Landscape/);
    const chinese = (await run(['catalogue', '--lang', 'zh-CN'])).stdout;
    expect(chinese).toMatch(/Cilium\t\t\t毕业\tCNCF Landscape/);
    expect(chinese).toMatch(/^Calico\t[^\t]*\t基础设施\t[^\t]*\t原书与 CNCF Landscape$/mu);

    expect((await run(['catalogue', 'remove-import'])).code).toBe(0);
    expect((await run(['catalogue'])).stdout).not.toContain('Cilium');
  });

  it('prints the skipped listings and the errors in the chosen language, English with --json', async () => {
    const file = join(dataDir, 'nameless.yml');
    await writeFile(file, `${landscape}          - item:\n            homepage_url: https://example.com/\n`);
    const english = await run(['catalogue', 'import', file]);
    expect(english.stdout).toContain('  - An item in Runtime › Cloud Native Network (line 15) has no name.');
    const chinese = await run(['catalogue', 'import', file, '--lang', 'zh-CN']);
    expect(chinese.stdout).toContain('  - 有一个条目没有名称，位于 Runtime › Cloud Native Network（第 15 行）。');

    const bad = join(dataDir, 'bad.yml');
    await writeFile(bad, 'landscape: [oops');
    const refused = await run(['catalogue', 'import', bad, '--lang', 'zh-CN']);
    expect(refused.stderr).toMatch(/^错误（invalid-file）：bad\.yml：不是有效的 YAML（第 1 行第 \d+ 列）：/u);
    const json = JSON.parse((await run(['catalogue', 'import', bad, '--json', '--lang', 'zh-CN'])).stdout);
    expect(json.error.message).toMatch(/^bad\.yml: Not valid YAML: /u);
    expect(json.error.i18n).toMatchObject({ key: 'landscape.notYamlAt', params: { file: 'bad.yml', line: 1 } });
    expect((await run(['catalogue', 'import', join(dataDir, 'nope.yml'), '--lang', 'zh-CN'])).stderr).toMatch(/无法读取 .*nope\.yml：/u);
    await run(['catalogue', 'remove-import']);
  });

  it('names an unreadable or malformed file', async () => {
    const missing = await run(['catalogue', 'import', join(dataDir, 'nope.yml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.yml');
    const file = join(dataDir, 'bad.yml');
    await writeFile(file, 'landscape: [oops');
    const bad = await run(['catalogue', 'import', file, '--json']);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, error: { code: 'invalid-file' } });
  });
});

describe('runCli plan', () => {
  it('prints the JSON Schema of a plan file', async () => {
    const { code, stdout } = await run(['plan', 'schema']);
    expect(code).toBe(0);
    const schema = JSON.parse(stdout);
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', type: 'object' });
    expect(schema.title).toContain('.kplan.json');
    expect(schema.properties.schemaVersion).toEqual({ type: 'number', const: PLAN_SCHEMA_VERSION });
  });

  it('refuses an unknown plan subcommand with the usage', async () => {
    const { code, stderr } = await run(['plan', 'frobnicate']);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown command "plan frobnicate".');
    expect(stderr).toContain('plan schema');
  });
});
