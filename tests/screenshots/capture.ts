/**
 * Takes the README's screenshots from the real app in Debian Chromium, in both languages:
 * `npm run screenshots` (builds first; light and dark).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Page, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { startIsolatedHost } from '../support/web-host-fixture';
import { FULL_PLAN_PATH } from '../fixtures/plans/full-plan';
import { landscape2026 } from '../support/shared-reference';

const outDir = resolve(import.meta.dirname, '../../assets/screenshots');
/** A real landscape file for the import report shot; the shot is left out where it is absent. */
const landscapeFile = landscape2026.path;
const hasLandscapeFile = landscape2026.available;

/** The catalogue's other states: a product's details, the comparison and an import report. */
async function captureCatalogueStates(page: Page, name: (state: string) => string): Promise<void> {
  const grid = page.getByRole('grid');
  const search = page.locator('.search-input');
  await search.fill('calico');
  await grid.locator('[data-row-id="calico"]').click();
  await page.locator('.detail-pane .detail-actions button').nth(1).click();
  await search.fill('flannel');
  await grid.locator('[data-row-id="flannel"]').click();
  await page.locator('.detail-pane .detail-actions button').nth(1).click();
  await search.fill('');
  await page.waitForTimeout(200);
  await page.screenshot({ path: name('detail') });
  await page.locator('.compare-tray .button.primary').click();
  await page.locator('dialog.compare-dialog').waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: name('compare') });
  await page.keyboard.press('Escape');
  await captureDistributionComparison(page, name);
  if (hasLandscapeFile) {
    await page.locator('input[data-landscape-input]').setInputFiles(landscapeFile);
    await page.locator('dialog.report-dialog').waitFor({ timeout: 30_000 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: name('import-report') });
    await page.keyboard.press('Escape');
    await page.waitForTimeout(200);
    await page.screenshot({ path: name('imported') });
  }
}
/** OpenShift, Rancher (RKE2), k3s and Talos compared: their profiles and certification timeline. */
async function captureDistributionComparison(page: Page, name: (state: string) => string): Promise<void> {
  const grid = page.getByRole('grid');
  const search = page.locator('.search-input');
  await page.locator('.compare-tray .button.subtle').click();
  for (const [query, id] of [
    ['openshift', 'openshift-container-platform'],
    ['rancher', 'rancher'],
    ['k3s', 'k8s-k3s'],
    ['talos', 'k8s-talos'],
  ] as const) {
    await search.fill(query);
    await grid.locator(`[data-row-id="${id}"]`).click();
    await page.keyboard.press('c');
  }
  await search.fill('');
  await page.locator('.compare-tray .button.primary').click();
  await page.locator('[data-distribution-comparison]').waitFor();
  await page.waitForTimeout(200);
  await page.locator('[data-distribution-comparison]').screenshot({ path: name('distributions-compare') });
  await page.keyboard.press('Escape');
}
/** The full fixture plan open: its cluster card, then the export tab's Markdown text, document preview and manifests. */
async function capturePlanExportStates(page: Page, name: (state: string) => string): Promise<void> {
  await page.locator('#plan-cluster').scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await page.screenshot({ path: name('cluster') });
  await page.locator('#plan-tab-export').click();
  await page.locator('.export-panel select').first().selectOption('md');
  await page.locator('.export-preview-text').waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: name('export-markdown') });
  await page.locator('.export-panel select').first().selectOption('html');
  await page.locator('.export-preview-document').waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: name('export-preview') });
  await page.locator('.export-panel select').first().selectOption('yaml');
  await page.locator('.export-panel select').nth(2).selectOption('both');
  await page.locator('.export-manifest-notes').waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: name('export-manifests') });
}
/** The SLA page's other tabs: Table 4.1 checked, the Kubernetes composite, the error budget. */
async function captureSlaStates(page: Page, name: (state: string) => string): Promise<void> {
  const tabs = page.locator('.sla-tabs [role="tab"]');
  for (const [index, state] of [
    [1, 'table-4-1'],
    [2, 'composite'],
    [3, 'error-budget'],
  ] as const) {
    await tabs.nth(index).click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: name(state) });
  }
  // A 7-day window: the alert table, each burn rate's derivation and the window-set choice.
  await page.locator('.error-budget select').first().selectOption('7');
  await page.locator('.burn-table').scrollIntoViewIfNeeded();
  await page.waitForTimeout(300);
  await page.screenshot({ path: name('error-budget-7d') });
}
/** The Choices page's CaaS/PaaS questionnaire with three answers, then the network and storage tabs. */
async function captureChoicesStates(page: Page, name: (state: string) => string): Promise<void> {
  for (const question of await page.locator('.question').all().then((all) => all.slice(0, 3))) {
    await question.locator('input[type="radio"]').last().check();
  }
  await page.waitForTimeout(200);
  await page.screenshot({ path: name('caas-paas') });
  await page.locator('.choices-tab').nth(1).click();
  await page.locator('.check-option input').first().check();
  await page.waitForTimeout(300);
  await page.screenshot({ path: name('sdn') });
  await page.locator('.choices-tab').nth(2).click();
  // On-premises with object storage the only need: the object store first, block-only options apart.
  const selects = page.locator('.choices-inputs select');
  await selects.nth(0).selectOption('on-premises');
  await selects.nth(1).selectOption('none');
  await selects.nth(2).selectOption('none');
  await page.waitForTimeout(300);
  await page.screenshot({ path: name('storage') });
  await captureDistributionChooser(page, name);
}
/** The distribution chooser: certified for v1.34 or newer, on bare metal, air-gapped, with Calico. */
async function captureDistributionChooser(page: Page, name: (state: string) => string): Promise<void> {
  await page.locator('.choices-tab').nth(3).click();
  const settings = page.locator('.choices-inputs select');
  await settings.nth(1).selectOption('v1.34');
  await settings.nth(2).selectOption('bare-metal');
  await settings.nth(3).selectOption('calico');
  for (const requirement of ['certified-since', 'target', 'air-gap', 'sdn']) {
    await page.locator(`input[data-requirement="${requirement}"]`).check();
  }
  await page.waitForTimeout(300);
  await page.screenshot({ path: name('distribution') });
}
/** The Choices page's HA topology tab: three zones (top, quotas, Table 5.1), then a two-zone layout that fails. */
async function captureTopologyStates(page: Page, name: (state: string) => string): Promise<void> {
  await page.locator('.choices-tab').nth(4).click();
  await page.locator('.topology-panel').waitFor();
  await page.waitForTimeout(200);
  await page.screenshot({ path: name('topology') });
  await page.locator('.topology-yaml').scrollIntoViewIfNeeded();
  await page.screenshot({ path: name('topology-quotas') });
  await page.locator('[data-section="table-5-1"]').scrollIntoViewIfNeeded();
  await page.screenshot({ path: name('topology-table-5-1') });
  await page.locator('[data-field="zones"]').fill('2');
  await page.waitForTimeout(200);
  await page.screenshot({ path: name('topology-two-zones') });
}
const sections = (process.argv[2] ?? 'catalogue,sla').split(',');
const themes = (process.argv[3] ?? 'light').split(',');

await mkdir(outDir, { recursive: true });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  for (const [language, locale] of [
    ['en', 'en-US'],
    ['zh-CN', 'zh-CN'],
  ] as const) {
    for (const theme of themes) {
      const host = await startIsolatedHost({ locale });
      const page = await browser.newPage({ viewport: { width: 1360, height: 820 }, colorScheme: theme === 'dark' ? 'dark' : 'light' });
      await page.goto(host.url);
      for (const section of sections) {
        await page.getByRole('navigation').getByRole('button').nth(['catalogue', 'choices', 'sla', 'plan'].indexOf(section)).click();
        // Each section starts at its top, whatever the previous one scrolled.
        await page.locator('#main').evaluate((main) => main.scrollTo(0, 0));
        // A first launch has no plan: the editor is shown with the full fixture plan opened from its file.
        if (section === 'plan') {
          await page.locator('.plan-file-actions input[type="file"]').setInputFiles(FULL_PLAN_PATH);
          await page.locator('.plan-empty').waitFor({ state: 'detached' });
        }
        await page.waitForTimeout(400);
        const suffix = theme === 'light' ? '' : `-${theme}`;
        await page.screenshot({ path: resolve(outDir, `${section}-${language}${suffix}.png`) });
        if (section === 'catalogue') {
          await captureCatalogueStates(page, (state) => resolve(outDir, `${section}-${state}-${language}${suffix}.png`));
        }
        if (section === 'choices') {
          await captureChoicesStates(page, (state) => resolve(outDir, `${section}-${state}-${language}${suffix}.png`));
          await captureTopologyStates(page, (state) => resolve(outDir, `${section}-${state}-${language}${suffix}.png`));
        }
        if (section === 'sla') {
          await captureSlaStates(page, (state) => resolve(outDir, `${section}-${state}-${language}${suffix}.png`));
        }
        if (section === 'plan') {
          await capturePlanExportStates(page, (state) => resolve(outDir, `${section}-${state}-${language}${suffix}.png`));
        }
      }
      await page.close();
      await host.dispose();
    }
  }
} finally {
  await browser.close();
}
console.log(`Screenshots written to ${outDir}`);
