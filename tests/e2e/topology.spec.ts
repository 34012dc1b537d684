import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { parseAllDocuments } from 'yaml';
import { seriousAccessibilityViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';

const labels = {
  en: {
    choices: 'Choices',
    tab: 'HA topology & capacity',
    zones: 'Zones',
    workers: 'Worker nodes per zone',
    survives: 'Survives a zone outage',
    fails: 'Does not survive a zone outage',
    nPlusOneHolds: 'N+1 holds for a zone outage',
    nPlusOneFails: 'N+1 does not hold for a zone outage',
    download: 'Download YAML',
    zeroZones: 'Zones: a cluster needs at least one zone.',
    useInPlan: 'Use this sizing in the plan',
  },
  'zh-CN': {
    choices: '平台选型',
    tab: '高可用拓扑与容量',
    zones: '可用区数',
    workers: '每区工作节点数',
    survives: '可扛住可用区故障',
    fails: '扛不住可用区故障',
    nPlusOneHolds: '可用区故障时满足 N+1',
    nPlusOneFails: '可用区故障时不满足 N+1',
    download: '下载 YAML',
    zeroZones: '可用区数：集群至少需要一个可用区。',
    useInPlan: '将此规模配置放入部署方案',
  },
} as const;

async function openTopology(page: Page, url: string, text: (typeof labels)[keyof typeof labels]): Promise<void> {
  await page.goto(url);
  await page.getByRole('navigation').getByRole('button', { name: text.choices, exact: true }).click();
  await page.getByRole('tab', { name: text.tab }).click();
  await expect(page.getByLabel(text.zones, { exact: true })).toBeVisible();
}

for (const [language, locale] of [
  ['en', 'en-US'],
  ['zh-CN', 'zh-CN'],
] as const) {
  test.describe(`HA topology (${language})`, () => {
    test.use({ hostLocale: locale });
    const text = labels[language];

    test('sizes a three-zone cluster, sees quorum and N+1 explained, and downloads the quota YAML', async ({ page, host }) => {
      await openTopology(page, host.url, text);
      const zones = page.getByLabel(text.zones, { exact: true });
      await zones.fill('3');
      await page.getByLabel(text.workers, { exact: true }).fill('3');
      await expect(page.locator('[data-stat="members"]')).toHaveText('3');
      await expect(page.locator('[data-stat="quorum"]')).toHaveText('2');
      await expect(page.locator('[data-stat="tolerated"]')).toHaveText('1');
      await expect(page.getByText(text.survives, { exact: true })).toBeVisible();
      await expect(page.getByText(text.nPlusOneHolds, { exact: true })).toBeVisible();
      expect(await seriousAccessibilityViolations(page)).toEqual([]);

      const downloading = page.waitForEvent('download');
      await page.getByRole('button', { name: text.download }).click();
      const download = await downloading;
      expect(download.suggestedFilename()).toMatch(/^kube-planner-quotas-\d{4}-\d{2}-\d{2}\.yaml$/);
      const documents = parseAllDocuments(await readFile(await download.path(), 'utf8')).map((document) => document.toJS());
      expect(documents.filter((document) => document.kind === 'ResourceQuota').map((document) => document.metadata.namespace)).toEqual([
        'namespace-a',
        'namespace-b',
        'namespace-c',
      ]);
      expect(documents.filter((document) => document.kind === 'LimitRange')).toHaveLength(3);

      // Changed sizing stays on the page until the user puts it into the plan, which starts one.
      await expect(page.locator('.topology-plan-status')).toHaveAttribute('data-sync', 'no-plan');
      await page.getByRole('button', { name: text.useInPlan }).click();
      await expect(page.locator('.topology-plan-status')).toHaveAttribute('data-sync', 'saved');
    });

    test('two zones lose quorum and N+1; zero zones get a clear message without losing the input', async ({ page, host }) => {
      await openTopology(page, host.url, text);
      const zones = page.getByLabel(text.zones, { exact: true });
      await zones.fill('2');
      await expect(page.getByText(text.fails, { exact: true })).toBeVisible();
      await expect(page.getByText(text.nPlusOneFails, { exact: true })).toBeVisible();
      await zones.fill('0');
      await expect(page.getByRole('alert')).toContainText(text.zeroZones);
      await expect(zones).toHaveValue('0');
    });
  });
}

test('shows Table 5.1 recomputed with its inconsistent cells marked', async ({ page, host }) => {
  await openTopology(page, host.url, labels.en);
  const table = page.locator('[data-section="table-5-1"]');
  await expect(table.locator('[data-mismatch="true"]')).toHaveCount(3);
  await expect(table.locator('[data-discrepancy="reserve:reserveMemoryGB"]')).toContainText('15 % of 16 GB is 2.4 GB');
  await expect(table.locator('[data-discrepancy="NamespaceC:memoryGB"]')).toContainText('what is left of the column');
});
