/**
 * Takes the README's screenshots from the real app in Debian Chromium, in both languages:
 * `npm run screenshots` (after `npm run build`).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { startIsolatedHost } from '../support/web-host-fixture';

const outDir = resolve(import.meta.dirname, '../../assets/screenshots');
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
      }
      await page.close();
      await host.dispose();
    }
  }
} finally {
  await browser.close();
}
console.log(`Screenshots written to ${outDir}`);
