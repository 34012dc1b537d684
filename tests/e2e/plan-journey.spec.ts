import { execFile } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { parseAllDocuments } from 'yaml';
import type { PlanExportFormat } from '../../shared/ipc/contract';
import { parsePlanFile } from '../../shared/plan/plan-file';
import { expect, test } from '../support/fixtures';
import { startIsolatedHost } from '../support/web-host-fixture';

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = await access(PDFTOTEXT).then(
  () => true,
  () => false,
);

const goTo = (page: Page, section: string) => page.getByRole('navigation').getByRole('button', { name: section, exact: true }).click();

async function exportAs(page: Page, format: PlanExportFormat): Promise<string> {
  await page.getByLabel('Format', { exact: true }).selectOption(format);
  await page.getByLabel('Document language', { exact: true }).selectOption('en');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /^Export / }).click()]);
  return download.path();
}

/**
 * The whole journey in one go: a plan built on the pages that own each decision, exported in
 * every format, and still there after the app is closed and started again.
 */
test('builds a plan through the UI, exports every format and finds it again after a restart', async ({ page, host }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);

  await goTo(page, 'Plan');
  // A first launch makes no plan: the empty state says how to start one.
  await expect(page.getByText(/There is no plan yet/)).toBeVisible();
  await page.getByRole('button', { name: 'New plan' }).first().click();
  // The title in the plans list follows each key, not the next save.
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('');
  await title.pressSequentially('Checkout');
  await expect(page.getByRole('list', { name: 'Plans' }).getByRole('button', { name: /^Checkout/ })).toBeVisible();
  // A phrase typed without a pause is one step for Undo.
  await title.pressSequentially(' on Kubernetes', { delay: 20 });
  await page.waitForTimeout(1_200);
  await title.pressSequentially(' draft', { delay: 20 });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(title).toHaveValue('Checkout on Kubernetes');
  await expect(page.getByRole('list', { name: 'Plans' }).getByRole('button', { name: /^Checkout on Kubernetes/ })).toBeVisible();
  await page.getByLabel('Filter products').fill('kubeadm');
  await page.getByRole('button', { name: '+ kubeadm' }).click();
  await page.getByRole('checkbox', { name: 'Chosen: kubeadm' }).check();

  await goTo(page, 'Choices');
  // HA topology edits stay on the page until the user puts them into the plan.
  await page.getByRole('tab', { name: 'HA topology & capacity' }).click();
  await page.getByLabel('Worker nodes per zone', { exact: true }).fill('4');
  await expect(page.locator('.topology-plan-status')).toHaveAttribute('data-sync', 'unsaved');
  await goTo(page, 'Plan');
  await expect(page.locator('[aria-labelledby="plan-other-sections"]')).not.toContainText('12 worker nodes');
  await goTo(page, 'Choices');
  await page.getByRole('tab', { name: 'HA topology & capacity' }).click();
  await page.getByLabel('Worker nodes per zone', { exact: true }).fill('4');
  await page.getByRole('button', { name: 'Use this sizing in the plan' }).click();
  await expect(page.locator('.topology-plan-status')).toHaveAttribute('data-sync', 'saved');
  await page.getByRole('tab', { name: 'Network (SDN)' }).click();
  await page.getByLabel('Choose Calico').check();
  await page.getByRole('button', { name: 'Put into the plan' }).click();
  await expect(page.getByText('Saved to the plan.')).toBeVisible();
  await page.getByRole('tab', { name: 'Storage' }).click();
  await page.getByLabel('Infrastructure').selectOption('on-premises');
  await page.getByRole('button', { name: 'Put into the plan' }).click();
  await expect(page.getByText('Saved to the plan.')).toBeVisible();

  await goTo(page, 'SLA');
  await page.getByLabel('Availability target (%)').fill('99.95');
  await page.getByRole('button', { name: /Use in plan|Update plan/ }).click();

  await goTo(page, 'Plan');
  const decided = page.locator('[aria-labelledby="plan-other-sections"]');
  await expect(decided).toContainText('Chosen: Calico');
  await expect(decided).toContainText('99.95 % availability');
  await page.getByRole('tab', { name: 'Export' }).click();

  const markdown = await readFile(await exportAs(page, 'md'), 'utf8');
  // Every export says what it wrote, without a dialog in the way.
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(/Downloaded as [^ ]+\.md/);
  expect(markdown).toMatch(/^# Checkout on Kubernetes/);
  for (const text of ['kubeadm', 'Calico', '99.95%']) expect(markdown).toContain(text);
  expect(await readFile(await exportAs(page, 'html'), 'utf8')).toContain('<h1>Checkout on Kubernetes</h1>');
  const exported = parsePlanFile(await readFile(await exportAs(page, 'json'), 'utf8'));
  expect(exported.sdn?.chosenOptionId).toBe('calico');
  expect(exported.sla?.targetPercent).toBe(99.95);
  expect(exported.distribution.chosenEntryIds).toEqual(['kubeadm']);
  await page.getByLabel('Format', { exact: true }).selectOption('yaml');
  await page.getByLabel('Cluster config', { exact: true }).selectOption('both');
  // The sizing put into the plan gives the .k8s.yaml its namespaces; both cluster configs come beside it, in one zip.
  const zipped = unzipSync(await readFile(await exportAs(page, 'yaml')));
  expect(Object.keys(zipped)).toEqual(['checkout-on-kubernetes.k8s.yaml', 'checkout-on-kubernetes.kind.yaml', 'checkout-on-kubernetes.kubeadm.yaml']);
  for (const text of Object.values(zipped).map((bytes) => strFromU8(bytes))) {
    expect(parseAllDocuments(text).every((document) => document.errors.length === 0)).toBe(true);
  }
  const pdf = await exportAs(page, 'pdf');
  expect((await readFile(pdf)).subarray(0, 5).toString()).toBe('%PDF-');
  if (hasPdftotext) expect((await promisify(execFile)(PDFTOTEXT, ['-enc', 'UTF-8', pdf, '-'])).stdout).toContain('Checkout on Kubernetes');

  // Quit and start again on the same data folder: the plan and every decision in it are back.
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await page.close();
  await host.close();
  const restarted = await startIsolatedHost({ dataDir: host.dataDir });
  try {
    const next = await page.context().newPage();
    await next.goto(restarted.url);
    await goTo(next, 'Plan');
    await expect(next.getByLabel('Title', { exact: true })).toHaveValue('Checkout on Kubernetes');
    await expect(next.getByRole('checkbox', { name: 'Chosen: kubeadm' })).toBeChecked();
    const decidedAgain = next.locator('[aria-labelledby="plan-other-sections"]');
    await expect(decidedAgain).toContainText('Chosen: Calico');
    await expect(decidedAgain).toContainText('99.95 % availability');
  } finally {
    await restarted.close();
  }
});
