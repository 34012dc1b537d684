/**
 * Takes the README's screenshots from the real app in Debian Chromium, in both languages:
 * `npm run screenshots` (builds first; light and dark).
 */
import { access, mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { type Page, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { startIsolatedHost } from '../support/web-host-fixture';

const outDir = resolve(import.meta.dirname, '../../assets/screenshots');
/** A real landscape file for the import report shot; the shot is left out where it is absent. */
const landscapeFile = resolve(import.meta.dirname, '../../../shared/data/cncf-landscape-2026-08-07.yml');
const hasLandscapeFile = await access(landscapeFile).then(
  () => true,
  () => false,
);

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
        await page.waitForTimeout(400);
        const suffix = theme === 'light' ? '' : `-${theme}`;
        await page.screenshot({ path: resolve(outDir, `${section}-${language}${suffix}.png`) });
        if (section === 'catalogue') {
          await captureCatalogueStates(page, (state) => resolve(outDir, `${section}-${state}-${language}${suffix}.png`));
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
