import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { zipSync } from 'fflate';
import { seriousAccessibilityViolations } from '../support/axe';
import { expect, test } from '../support/fixtures';
import type { IsolatedHost } from '../support/web-host-fixture';

const fixture = resolve(import.meta.dirname, '../fixtures/k8s-conformance');
const grid = (page: Page) => page.getByRole('grid');
const searchBox = (page: Page) => page.locator('.search-input');

async function openCatalogue(page: Page, host: IsolatedHost): Promise<void> {
  await page.goto(host.url);
  await expect(grid(page)).toBeVisible();
}

/** Adds a row to the comparison from the keyboard, as a user picking from search results does. */
async function addToComparison(page: Page, search: string, rowId: string): Promise<void> {
  await searchBox(page).fill(search);
  await grid(page).locator(`[role="row"][data-row-id="${rowId}"]`).click();
  await page.keyboard.press('c');
}

const compared = [
  ['openshift', 'openshift-container-platform'],
  ['rancher', 'rancher'],
  ['k3s', 'k8s-k3s'],
  ['talos', 'k8s-talos'],
] as const;

for (const [language, locale, names] of [
  ['en', 'en-US', { compare: /^Compare/, title: 'Compare products', profiles: 'Distribution profiles', notKnown: 'not known', showTable: 'Show as a table', notCertified: 'Not certified', markdown: 'Export comparison as Markdown' }],
  ['zh-CN', 'zh-CN', { compare: /^对比/, title: '产品对比', profiles: '发行版概况', notKnown: '未知', showTable: '以表格显示', notCertified: '未认证', markdown: '将对比导出为 Markdown' }],
] as const) {
  test.describe(`comparing distributions (${language})`, () => {
    // Tall enough for the whole comparison to show in the screenshots.
    test.use({ hostLocale: locale, viewport: { width: 1440, height: 2200 } });

    test('OpenShift, Rancher (RKE2), k3s and Talos: the profile matrix with unknowns marked, the certification timeline and the Markdown export', async ({ page, host }) => {
      await openCatalogue(page, host);
      for (const [search, rowId] of compared) await addToComparison(page, search, rowId);
      await searchBox(page).fill('');
      await page.getByRole('button', { name: names.compare }).click();
      const dialog = page.getByRole('dialog', { name: names.title });
      await expect(dialog).toBeVisible();

      const matrix = dialog.locator('.profile-matrix');
      await expect(dialog.getByRole('heading', { name: names.profiles })).toBeVisible();
      await expect(matrix.locator('thead th')).toHaveCount(5);
      const cni = matrix.locator('tr[data-line="defaultCni"] td');
      await expect(cni).toHaveText(['OVN-Kubernetes', 'Canal', names.notKnown, 'Flannel']);
      await expect(cni.nth(2)).toHaveAttribute('data-unknown', 'true');
      await expect(matrix.locator('tr[data-line="defaultCni"]')).toHaveAttribute('data-differs', 'true');
      await expect(cni.nth(0)).toHaveAttribute('title', /OpenShift Container Platform 4\.18/u);
      await expect(matrix.locator('tr[data-line="latestCertified"] td').first()).toContainText('v1.35');

      const timeline = dialog.locator('.certification-timeline');
      await expect(timeline.locator('svg[role="img"]')).toBeVisible();
      await expect(timeline.locator('rect.timeline-cell')).toHaveCount(4 * 8);
      await dialog.locator('[data-distribution-comparison]').screenshot({ path: test.info().outputPath(`compare-${language}.png`) });

      await timeline.getByRole('button', { name: names.showTable }).click();
      const talos = timeline.locator('tbody tr').filter({ hasText: 'Talos Linux' });
      // The bundled data has no v1.30 submission of Talos: a gap in its certifications.
      await expect(talos.locator('td').nth(2)).toHaveText(names.notCertified);
      await expect(talos.locator('td').nth(7)).toHaveAttribute('data-certified', 'true');
      await timeline.screenshot({ path: test.info().outputPath(`compare-table-${language}.png`) });
      expect(await seriousAccessibilityViolations(page), 'comparison').toEqual([]);

      const download = page.waitForEvent('download');
      await dialog.getByRole('button', { name: names.markdown }).click();
      const markdown = await readFile((await (await download).path()) ?? '', 'utf8');
      expect(markdown).toContain('Talos Linux');
      expect(markdown).toMatch(/\| OVN-Kubernetes \| Canal \| \*[^*]+\* \| Flannel \|/u);
      expect(markdown).toContain('https://docs.siderolabs.com/kubernetes-guides/cni/flannel');
    });
  });
}

test.describe('importing conformance data through the page', () => {
  test('a zip of the fixture: the report counts products per version and names the damaged files; rows show their certification', async ({ page, host }) => {
    await openCatalogue(page, host);
    const entries: Record<string, Uint8Array> = {};
    for (const path of ['v1.33/acme-k8s/PRODUCT.yaml', 'v1.35/acme-k8s/PRODUCT.yaml', 'v1.35/acme-k8s/e2e.log', 'v1.35/broken/PRODUCT.yaml', 'v1.34/tooly/PRODUCT.yaml']) {
      entries[`k8s-conformance-main/${path}`] = new Uint8Array(await readFile(resolve(fixture, path)));
    }
    await page.locator('input[data-conformance-zip-input]').setInputFiles({
      name: 'k8s-conformance-main.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from(zipSync(entries)),
    });
    const report = page.getByRole('dialog', { name: 'Conformance import report' });
    await expect(report).toBeVisible();
    await expect(report.locator('[data-report="per-version"] tbody tr')).toHaveText([/v1\.35\s*1/u, /v1\.34\s*1/u, /v1\.33\s*1/u]);
    await expect(report.locator('.damaged-files li')).toHaveText(['k8s-conformance-main/v1.35/broken/PRODUCT.yaml: not valid YAML']);
    await report.screenshot({ path: test.info().outputPath('conformance-report-en.png') });
    await report.getByRole('button', { name: 'Close' }).click();

    await searchBox(page).fill('acme');
    const acme = grid(page).locator('[role="row"][data-row-id="k8s-acme-k8s"]');
    await expect(acme).toContainText('v1.35');
    await acme.click();
    const certification = page.locator('.detail-pane [data-section="certification"]');
    await expect(certification).toContainText('v1.33 · v1.35');
    await expect(certification).toContainText('Distribution');
    await page.locator('.detail-pane').screenshot({ path: test.info().outputPath('detail-certification-en.png') });
    await expect(page.locator('[data-conformance-bar]')).toContainText('k8s-conformance-main.zip');

    await page.getByRole('button', { name: 'Back to the bundled data' }).click();
    await expect(page.locator('[data-conformance-bar]')).toContainText('bundled');
    await expect(grid(page).locator('[role="row"][data-row-id="k8s-acme-k8s"]')).toHaveCount(0);
  });

  for (const [locale, refusal] of [
    ['en-US', 'The conformance import failed and the catalogue is unchanged. notes.zip is not a zip file: '],
    ['zh-CN', '一致性认证数据导入失败，产品目录保持不变。notes.zip 不是 zip 文件：'],
  ] as const) {
    test.describe(() => {
      test.use({ hostLocale: locale });
      test(`a file that is not a zip is refused, naming it, in ${locale}`, async ({ page, host }) => {
        await openCatalogue(page, host);
        await page.locator('input[data-conformance-zip-input]').setInputFiles({
          name: 'notes.zip',
          mimeType: 'application/zip',
          buffer: Buffer.from('vendor: not a zip'),
        });
        await expect(page.locator('[data-conformance-bar] [role="alert"]')).toContainText(refusal);
        await page.locator('[data-conformance-bar]').screenshot({ path: test.info().outputPath(`conformance-not-zip-${locale}.png`) });
        await expect(page.locator('[data-conformance-bar]')).toContainText(locale === 'en-US' ? 'bundled' : '内置');
      });
    });
  }

  test('a single version folder', async ({ page, host }) => {
    await openCatalogue(page, host);
    await page.locator('input[data-conformance-folder-input]').setInputFiles(resolve(fixture, 'v1.34'));
    const report = page.getByRole('dialog', { name: 'Conformance import report' });
    await expect(report.locator('[data-report="per-version"] tbody tr')).toHaveText([/v1\.34\s*1/u]);
  });
});
