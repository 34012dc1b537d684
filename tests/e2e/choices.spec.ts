import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousAccessibilityViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

/** Every saved file under the host's data folder, as text: the plan lands in one of them. */
async function savedText(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  const texts = await Promise.all(
    entries.filter((entry) => entry.isFile() && entry.name.endsWith('.json')).map((entry) => readFile(join(entry.parentPath, entry.name), 'utf8')),
  );
  return texts.join('\n');
}

async function openChoices(page: Page, url: string, nav: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('navigation').getByRole('button', { name: nav }).click();
}

const rankingNames = (page: Page) => page.locator('.choices-result .ranking-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-option')));

test('answers the questionnaire, weights the network and storage criteria, and puts each choice into the plan', async ({ page, host }) => {
  await openChoices(page, host.url, 'Choices');
  await expect(page.getByRole('tab', { name: 'CaaS or PaaS' })).toHaveAttribute('aria-selected', 'true');

  await expect(page.getByText('Answer at least one question to see a ranking.')).toBeVisible();
  await page.getByRole('group', { name: 'Should developers be shielded from Kubernetes?' }).getByLabel('Yes: they push code and the platform does the rest').check();
  await page.getByRole('group', { name: 'How much Kubernetes skill does the team have in-house?' }).getByLabel('Little or none yet').check();
  await expect.poll(() => rankingNames(page)).toEqual(expect.arrayContaining(['application-platform']));
  expect((await rankingNames(page))[0]).toBe('application-platform');
  await expect(page.locator('.ranking-item').first().getByText('Should developers be shielded from Kubernetes? — Yes: they push code and the platform does the rest')).toBeVisible();
  await page.getByRole('button', { name: 'Put into the plan' }).click();
  await expect(page.getByText('Saved to the plan.')).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // Keyboard: arrow right moves to the network tab.
  await page.getByRole('tab', { name: 'CaaS or PaaS' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Network (SDN)' })).toHaveAttribute('aria-selected', 'true');
  await page.getByLabel('Isolate tenants from each other').check();
  const policy = page.getByRole('slider', { name: 'Network policy' });
  await policy.fill('5');
  await expect(policy).toHaveValue('5');
  const flannel = page.locator('.ranking-item[data-option="flannel"]');
  await expect(flannel.locator('.choice-warning')).toContainText('It lacks isolation between tenants (network policy)');
  await page.getByLabel('Choose Weave Net').check();
  await expect(page.locator('.ranking-item[data-option="weave-net"] .choice-warning')).toContainText('No longer maintained');
  await page.getByLabel('Choose Calico').check();
  await page.getByLabel('Rationale').fill('We need tenant isolation.');
  await page.getByRole('button', { name: 'Put into the plan' }).click();
  await expect(page.getByText('Saved to the plan.')).toBeVisible();
  await page.getByText('Show as a table').first().click();
  await expect(page.getByRole('cell', { name: '45%' })).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  await page.getByRole('tab', { name: 'Storage' }).click();
  await page.getByLabel('Infrastructure').selectOption('on-premises');
  await page.getByLabel('Static content').selectOption('none');
  await page.getByRole('slider', { name: 'Volume snapshots' }).fill('5');
  await expect(page.locator('.ranking-item[data-option="aws-ebs"]')).toHaveCount(0);
  await expect(page.locator('.choices-result')).toContainText('On-premises rules out Amazon EBS');
  await page.getByRole('button', { name: 'Put into the plan' }).click();
  await expect(page.getByText('Saved to the plan.')).toBeVisible();
  expect(await seriousAccessibilityViolations(page)).toEqual([]);

  // The plan is saved shortly after the last change; wait for the storage choice to reach the file.
  await expect.poll(() => savedText(host.dataDir), { timeout: 10_000 }).toContain('"infrastructure": "on-premises"');
  const text = await savedText(host.dataDir);
  expect(text).toContain('We need tenant isolation.');
  expect(text).toMatch(/"chosenOptionId": "calico"/);
  expect(text).toContain('"type": "application-platform"');
});

test('shows all weights at zero as a message, not a ranking', async ({ page, host }) => {
  await openChoices(page, host.url, 'Choices');
  await page.getByRole('tab', { name: 'Network (SDN)' }).click();
  for (const slider of await page.getByRole('slider').all()) await slider.fill('0');
  await expect(page.getByText('Every weight is 0, so nothing can be ranked.', { exact: false })).toBeVisible();
  await expect(page.locator('.choices-result .ranking-item')).toHaveCount(0);
});

test('works in Chinese and links a type to the filtered catalogue', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByLabel('Language').selectOption('zh-CN');
  await page.getByRole('navigation').getByRole('button', { name: '平台选型' }).click();
  await page.getByRole('group', { name: '是否需要企业级支持？' }).getByLabel('不需要，社区支持就够了').check();
  await expect(page.locator('.choices-result')).toContainText('支持它的回答');
  await page.getByRole('tab', { name: '网络（SDN）' }).click();
  await expect(page.getByRole('heading', { name: '选哪个网络插件？' })).toBeVisible();
  await page.getByRole('tab', { name: '存储' }).click();
  await expect(page.getByLabel('基础设施')).toBeVisible();
  await page.getByRole('tab', { name: 'CaaS 还是 PaaS' }).click();
  await page.getByRole('button', { name: '在产品目录中查看“社区支持”类产品' }).click();
  await expect(page.getByRole('grid')).toBeVisible();
});

test('ranks a stated requirement as a constraint: flannel apart once tenants must be isolated, MinIO first for object storage alone', async ({ page, host }) => {
  await openChoices(page, host.url, 'Choices');
  await page.getByRole('tab', { name: 'Network (SDN)' }).click();
  await page.getByLabel('Isolate tenants from each other').check();
  const failing = page.getByRole('region', { name: 'Doesn’t meet what you require' });
  await expect(failing.locator('.ranking-item')).toHaveCount(1);
  await expect(failing.locator('.ranking-item[data-option="flannel"]')).toContainText('Doesn’t meet: isolation between tenants (network policy)');
  expect((await rankingNames(page)).at(-1)).toBe('flannel');

  await page.getByRole('tab', { name: 'Storage' }).click();
  await page.getByLabel('Infrastructure').selectOption('on-premises');
  await page.getByLabel('Stateful databases').selectOption('none');
  await page.getByLabel('Legacy shared files').selectOption('none');
  await expect.poll(async () => (await rankingNames(page))[0]).toBe('minio');
  for (const blockOnly of ['ceph-rbd-rook', 'portworx', 'longhorn']) {
    await expect(failing.locator(`.ranking-item[data-option="${blockOnly}"]`)).toBeVisible();
  }
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});

test('ranks real distributions certified for v1.34 or newer, on bare metal, air-gapped, with Calico: none failing above one meeting all', async ({ page, host }) => {
  await openChoices(page, host.url, 'Choices');
  await page.getByRole('tab', { name: 'Distribution' }).click();
  await page.getByLabel('Certified for', { exact: true }).selectOption('v1.34');
  await page.getByLabel('Runs on').selectOption('bare-metal');
  await page.getByLabel('Network plugin').selectOption('calico');
  for (const requirement of ['Certified for the chosen version or newer', 'Runs where the cluster runs', 'Installs without internet access (air-gapped)', 'Supports the chosen network plugin']) {
    await page.getByLabel(requirement).check();
  }
  await expect.poll(async () => (await rankingNames(page))[0]).toBe('talos');
  const failing = await page.getByRole('region', { name: 'Doesn’t meet what you require' }).locator('.ranking-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-option')));
  const names = await rankingNames(page);
  expect(failing.length).toBeGreaterThan(0);
  expect(names.slice(-failing.length)).toEqual(failing);
  expect(await seriousAccessibilityViolations(page)).toEqual([]);
});
