import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parsePlanFile } from '../../shared/plan/plan-file';
import type { Plan } from '../../shared/plan/plan-schema';
import { seriousAccessibilityViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import type { IsolatedHost } from '../support/web-host-fixture';

async function openPlanPage(page: Page, host: IsolatedHost): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('button', { name: 'Plan' }).click();
  // A first launch has no plan: the first tab makes one, and the second opens it as the last one open.
  const empty = page.locator('.plan-empty');
  const title = page.getByLabel('Title', { exact: true });
  // The page loads its code on first open, then the workspace: wait for one or the other to show.
  await expect(empty.or(title)).toBeVisible();
  if (await empty.isVisible()) await empty.getByRole('button', { name: 'New plan' }).click();
  await expect(title).toBeVisible();
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();

/** Every plan in the data folder, as main last wrote it. */
async function plansOnDisk(host: IsolatedHost): Promise<Plan[]> {
  const plansDir = join(host.dataDir, 'plans');
  const names = (await readdir(plansDir)).filter((name) => name.endsWith('.kplan.json'));
  return Promise.all(names.map(async (name) => parsePlanFile(await readFile(join(plansDir, name), 'utf8'))));
}

test('two tabs on one plan: the later save is refused, compared, and kept as a copy, so neither edit is lost', async ({ page, host }) => {
  await openPlanPage(page, host);
  await page.getByLabel('Title', { exact: true }).fill('Shared plan');
  await saved(page);
  const second = await page.context().newPage();
  await openPlanPage(second, host);
  await expect(second.getByLabel('Title', { exact: true })).toHaveValue('Shared plan');

  await page.getByLabel('Team', { exact: true }).fill('Edited in the first tab');
  await saved(page);
  await second.getByLabel('Context', { exact: true }).fill('Edited in the second tab');

  const dialog = second.getByRole('dialog', { name: 'This plan was changed elsewhere' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Compare' }).click();
  const team = dialog.getByRole('row', { name: /^team/ });
  await expect(team.getByRole('cell').nth(1)).toHaveText('Edited in the first tab');
  await expect(dialog.getByRole('row', { name: /^context/ }).getByRole('cell').first()).toHaveText('Edited in the second tab');
  expect(await seriousAccessibilityViolations(second)).toEqual([]);

  await dialog.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(dialog).toBeHidden();
  await expect(second.getByLabel('Title', { exact: true })).toHaveValue('Shared plan (my copy)');
  await expect(second.getByLabel('Context', { exact: true })).toHaveValue('Edited in the second tab');
  await saved(second);

  const onDisk = await plansOnDisk(host);
  expect(onDisk.find((plan) => plan.title === 'Shared plan')).toMatchObject({ team: 'Edited in the first tab', context: '' });
  expect(onDisk.find((plan) => plan.title === 'Shared plan (my copy)')).toMatchObject({ context: 'Edited in the second tab' });

  // Back in front, the first tab lists the copy the second one made.
  await page.bringToFront();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByRole('list', { name: 'Plans' }).getByRole('button', { name: /Shared plan \(my copy\)/ })).toBeVisible();
});

test('a tab with no edits of its own shows what another tab saved when it comes back to the front; one with edits can reload', async ({
  page,
  host,
}) => {
  await openPlanPage(page, host);
  await page.getByLabel('Title', { exact: true }).fill('Shared plan');
  await saved(page);
  const second = await page.context().newPage();
  await openPlanPage(second, host);

  await second.getByLabel('Team', { exact: true }).fill('Saved by the second tab');
  await saved(second);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByLabel('Team', { exact: true })).toHaveValue('Saved by the second tab');

  await second.getByLabel('Team', { exact: true }).fill('Second again');
  await saved(second);
  await page.getByLabel('Context', { exact: true }).fill('Typed in the first tab');
  const dialog = page.getByRole('dialog', { name: 'This plan was changed elsewhere' });
  await dialog.getByRole('button', { name: 'Reload the saved plan (drop my changes)' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Team', { exact: true })).toHaveValue('Second again');
  await expect(page.getByLabel('Context', { exact: true })).toHaveValue('');
});
