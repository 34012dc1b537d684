import { readFile, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousAccessibilityViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import { type IsolatedHost, startIsolatedHost } from '../support/web-host-fixture';

const v1Fixture = resolve(import.meta.dirname, '../fixtures/plans/v1-plan.kplan.json');

async function openPlanPage(page: Page, host: IsolatedHost): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deployment plan' })).toBeVisible();
  // A workspace with no plan yet shows how to start one.
  const empty = page.locator('.plan-empty');
  const title = page.getByLabel('Title', { exact: true });
  // The page loads its code on first open, then the workspace: wait for one or the other to show.
  await expect(empty.or(title)).toBeVisible();
  if (await empty.isVisible()) await empty.getByRole('button', { name: 'New plan' }).click();
  await expect(title).toBeVisible();
}

const planList = (page: Page) => page.getByRole('list', { name: 'Plans' });
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

/** The plan's file as main wrote it, once its text contains `text` (saves are debounced). */
async function waitForPlanFile(host: IsolatedHost, text: string): Promise<void> {
  const plansDir = join(host.dataDir, 'plans');
  await expect
    .poll(async () => {
      const names = (await readdir(plansDir).catch(() => [])).filter((name) => name.endsWith('.kplan.json'));
      const texts = await Promise.all(names.map((name) => readFile(join(plansDir, name), 'utf8')));
      return texts.join('\n');
    })
    .toContain(text);
}

test('a plan built and left is there after the host restarts', async ({ page, host }) => {
  await openPlanPage(page, host);
  await page.getByLabel('Title', { exact: true }).fill('Checkout platform');
  await page.getByLabel('Team', { exact: true }).fill('Payments SRE');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await page.getByLabel('Goal 1').fill('Deploys without downtime');
  await page.getByRole('checkbox', { name: 'Prometheus' }).check();
  await page.getByLabel('Result for Workloads with a single replica').selectOption('fail');
  await page.getByRole('button', { name: 'Add risk' }).click();
  await page.getByLabel('Risk 1').fill('etcd backups untested');
  await saved(page);
  await waitForPlanFile(host, 'etcd backups untested');
  await page.close();

  // Same data folder, new host: what a user sees after quitting and starting the app again.
  await host.close();
  const restarted = await startIsolatedHost({ dataDir: host.dataDir });
  try {
    const next = await page.context().newPage();
    await openPlanPage(next, restarted);
    await expect(next.getByLabel('Title', { exact: true })).toHaveValue('Checkout platform');
    await expect(next.getByLabel('Team', { exact: true })).toHaveValue('Payments SRE');
    await expect(next.getByLabel('Goal 1')).toHaveValue('Deploys without downtime');
    await expect(next.getByRole('checkbox', { name: 'Prometheus' })).toBeChecked();
    await expect(next.getByLabel('Result for Workloads with a single replica')).toHaveValue('fail');
    await expect(next.getByLabel('Risk 1')).toHaveValue('etcd backups untested');
    await expect(planList(next).getByRole('button', { name: /Checkout platform/ })).toHaveAttribute('aria-current', 'true');
  } finally {
    await restarted.close();
  }
});

test('create, rename, duplicate, delete to the trash and restore plans', async ({ page, host }) => {
  await openPlanPage(page, host);
  await expect(planList(page).getByRole('listitem')).toHaveCount(1);
  await page.getByLabel('Title', { exact: true }).fill('Alpha');
  await saved(page);

  await page.getByRole('button', { name: 'New plan' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Untitled plan');
  await expect(planList(page).getByRole('listitem')).toHaveCount(2);

  await page.getByRole('group', { name: 'Actions for Untitled plan' }).getByRole('button', { name: 'Rename' }).click();
  await page.getByLabel('New name for Untitled plan').fill('Beta');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Beta');
  await expect(planList(page).getByRole('button', { name: /^Beta/ })).toBeVisible();

  await page.getByRole('group', { name: 'Actions for Alpha' }).getByRole('button', { name: 'Duplicate' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Alpha (copy)');
  await expect(planList(page).getByRole('listitem')).toHaveCount(3);

  await page.getByRole('group', { name: 'Actions for Alpha (copy)' }).getByRole('button', { name: 'Delete' }).click();
  await expect(planList(page).getByRole('listitem')).toHaveCount(2);
  await expect(page.getByLabel('Title', { exact: true })).not.toHaveValue('Alpha (copy)');
  await page.getByText('Trash (1)').click();
  const trash = page.getByRole('list', { name: 'Trash (1)' });
  await expect(trash.getByText('Alpha (copy)')).toBeVisible();
  await trash.getByRole('button', { name: 'Restore' }).click();
  await expect(planList(page).getByRole('listitem')).toHaveCount(3);
  await expect(page.getByText('Trash (0)')).toBeVisible();

  await planList(page).getByRole('button', { name: /^Alpha \(copy\)/ }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Alpha (copy)');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});

test('undo and redo plan edits with the buttons and the keyboard', async ({ page, host }) => {
  await openPlanPage(page, host);
  const team = page.getByLabel('Team', { exact: true });
  await team.fill('SRE');
  await page.getByRole('button', { name: 'Add goal' }).click();
  await expect(page.getByLabel('Goal 1')).toBeVisible();

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Goal 1')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(team).toHaveValue('');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(team).toHaveValue('SRE');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByLabel('Goal 1')).toBeVisible();
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+y');
  await expect(page.getByLabel('Goal 1')).toBeVisible();
});

test('opens a v1 plan file, and refuses a damaged one without losing the current plan', async ({ page, host }) => {
  await openPlanPage(page, host);
  await page.getByLabel('Title', { exact: true }).fill('Keep me');
  await saved(page);

  const picker = page.locator('input[type="file"]');
  await picker.setInputFiles({ name: 'cut.kplan.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 2, "title": "cu') });
  await expect(page.getByRole('alert').filter({ hasText: 'cut.kplan.json: The plan file ends too early' })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Keep me');

  await picker.setInputFiles(v1Fixture);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Checkout cluster (结账集群)');
  await expect(page.getByLabel('Risk 2')).toHaveValue('etcd backups untested');
  await expect(page.getByRole('list', { name: 'Recent files' }).getByText('v1-plan.kplan.json')).toBeVisible();
  await expect(planList(page).getByRole('listitem')).toHaveCount(2);

  // The same file again: the user chooses, and "Keep both" names the file's plan as a copy.
  await page.getByLabel('Title', { exact: true }).fill('Checkout, edited here');
  await picker.setInputFiles(v1Fixture);
  const dialog = page.getByRole('dialog', { name: 'This plan is already in the workspace' });
  await expect(dialog).toContainText('“Checkout, edited here”');
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Checkout cluster (结账集群) (copy)');
  await expect(planList(page).getByRole('listitem')).toHaveCount(3);
  await picker.setInputFiles(v1Fixture);
  await dialog.getByRole('button', { name: 'Open the existing plan' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Checkout, edited here');
  await expect(planList(page).getByRole('listitem')).toHaveCount(3);
});

test('every “Go to” link on the plan overview opens the tab and field it names', async ({ page, host }) => {
  await openPlanPage(page, host);
  const links = [
    { name: 'Go to Choices: CaaS or PaaS', tab: 'CaaS or PaaS' },
    { name: 'Go to Choices: Network (SDN)', tab: 'Network (SDN)' },
    { name: 'Go to Choices: Storage', tab: 'Storage' },
    { name: 'Go to Choices: Distribution', tab: 'Distribution' },
    { name: 'Go to Choices: HA topology & capacity', tab: 'HA topology & capacity', field: 'Zones' },
  ];
  for (const link of links) {
    await page.getByRole('navigation').getByRole('button', { name: 'Plan' }).click();
    await page.getByRole('button', { name: link.name }).click();
    await expect(page.getByRole('tab', { name: link.tab })).toHaveAttribute('aria-selected', 'true');
    // The focus lands inside the tab the link named, on a field.
    await expect(page.locator('[role="tabpanel"]:not([hidden]) :focus')).toHaveCount(1);
    if (link.field) await expect(page.getByLabel(link.field, { exact: true })).toBeFocused();
  }
  await page.getByRole('navigation').getByRole('button', { name: 'Plan' }).click();
  await page.getByRole('button', { name: 'Go to SLA: Availability target (%)' }).click();
  await expect(page.getByRole('tab', { name: 'Calculator' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Availability target (%)')).toBeFocused();
});
