import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { seriousAccessibilityViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

test.describe('SLA page (en)', () => {
  test.use({ hostLocale: 'en-US' });

  test('sets 99.95 %, picks the 30-day month and sees the budget per period', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'SLA', exact: true }).click();
    await page.getByRole('button', { name: '99.95%' }).click();
    await expect(page.getByLabel('Availability target (%)')).toHaveValue('99.95');
    await page.getByLabel('Period convention').selectOption('month-30');
    await expect(page.getByText('Convention: 30-day month')).toBeVisible();
    await expect(page.locator('tr[data-period="month"] .exact')).toHaveText('21 m 36 s');
    await expect(page.locator('tr[data-period="day"] .exact')).toHaveText('43.2 s');
    await expect(page.locator('tr[data-period="custom"] .exact')).toHaveText('1 h 4 m 48 s');
    await page.getByLabel('Period convention').selectOption('year-365');
    await expect(page.locator('tr[data-period="month"] .exact')).toHaveText('21 m 54 s');
    await page.getByLabel('Availability target (%)').fill(`99.${'9'.repeat(38)}`);
    await expect(page.getByRole('alert')).toContainText('Too many nines');
  });

  test('shows Table 4.1 with the two printed values that differ explained', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'SLA', exact: true }).click();
    await page.getByRole('tab', { name: 'Table 4.1' }).click();
    await expect(page.locator('[data-cell="99.999-day"]')).toContainText('No convention gives it');
    await expect(page.locator('[data-cell="99.999-month"]')).toContainText('30-day month');
    await expect(page.getByText('2 printed values differ from the computed ones.')).toBeVisible();
  });

  test('sees what a third zone adds to the control plane', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'SLA', exact: true }).click();
    await page.getByRole('tab', { name: 'Composite' }).click();
    await page.getByLabel('Zones', { exact: true }).fill('2');
    const gain = page.getByTestId('zone-gain');
    await expect(gain).toContainText('With 3 zones instead of 2, the control plane goes from');
    const twoZones = await page.locator('[data-figure="control-plane"]').textContent();
    await page.getByLabel('Zones', { exact: true }).fill('3');
    await expect(page.locator('[data-figure="control-plane"]')).not.toHaveText(twoZones ?? '');
    const threeZones = Number((await page.locator('[data-figure="control-plane"]').textContent())?.replace('%', ''));
    expect(threeZones).toBeGreaterThan(Number(twoZones?.replace('%', '')));
    await page.getByLabel('Zones', { exact: true }).fill('0');
    await expect(page.getByText('Zones: must be a whole number from 1 to 6')).toBeVisible();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('exports burn-rate alert rules as a Prometheus rule file', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'SLA', exact: true }).click();
    await page.getByLabel('Availability target (%)').fill('99.9');
    await page.getByRole('tab', { name: 'Error budget' }).click();
    await expect(page.getByText('Budget: 43 m 12 s of full outage in 30 days')).toBeVisible();
    const table = page.locator('.burn-table tbody tr');
    await expect(table.nth(0)).toContainText('14.4');
    await expect(table.nth(0)).toContainText('1h');
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export rules (YAML)' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe('api-slo-burn-rate-30d.yaml');
    const rules = parse(await readFile((await download.path())!, 'utf8')) as {
      groups: { name: string; rules: { record?: string; alert?: string; expr: string; labels: Record<string, string> }[] }[];
    };
    // Recording rules first, then the alerts on the recorded series.
    expect(rules.groups[0]?.rules.map((rule) => rule.record)).toContain('slo:sli_error:ratio_rate1h');
    expect(rules.groups[1]?.rules.map((rule) => rule.labels.severity)).toEqual(['page', 'page', 'ticket']);
    expect(rules.groups[1]?.rules[0]?.expr).toContain('> (14.4 * 0.001)');
    await page.getByLabel('SLI error-ratio expression').fill('rate(errors[5m])');
    await expect(page.getByText('The expression needs {{window}} where the rate window goes.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export rules (YAML)' })).toBeDisabled();
    await page.getByLabel('SLI error-ratio expression').fill('rate(errors[{{window}}]) total');
    await expect(page.getByText('This is not valid PromQL: it stops parsing at character 18, near “total”.')).toBeVisible();
    await page.getByLabel('SLI error-ratio expression').fill('rate(errors[{{window}}])');
    await page.getByLabel('Availability target (%)').fill('90');
    await expect(page.getByText(/At a 90 % SLO a 14\.4× burn means an error ratio of 1\.44/u)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Export rules (YAML)' })).toBeDisabled();
    await page.getByLabel('Availability target (%)').fill('99.9');
    await page.getByLabel('Alert windows').selectOption('four');
    await expect(page.locator('.burn-table tbody tr')).toHaveCount(4);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  test('puts the target into the plan, where the Plan page shows it', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'SLA', exact: true }).click();
    await page.getByLabel('Availability target (%)').fill('99.95');
    await page.getByRole('button', { name: /Use in plan|Update plan/ }).click();
    await expect(page.locator('[data-plan-state="matches"]')).toBeVisible();
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await expect(page.getByText('99.95 % availability')).toBeVisible();
  });
});

test.describe('SLA page (zh-CN)', () => {
  test.use({ hostLocale: 'zh-CN' });

  test('shows Chinese units and no serious axe violation on every tab', async ({ page, host }) => {
    await page.goto(host.url);
    await page.getByRole('button', { name: 'SLA', exact: true }).click();
    await page.getByLabel('可用性目标（%）').fill('99.999');
    await expect(page.locator('tr[data-period="day"] .exact')).toHaveText('864 毫秒');
    for (const tab of ['计算器', '表 4.1', '组合可用性', '错误预算']) {
      await page.getByRole('tab', { name: tab }).click();
      await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
      expect(await seriousAccessibilityViolations(page), tab).toEqual([]);
    }
  });
});
