import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';
import { startIsolatedHost } from '../support/web-host-fixture';
const browser = await chromium.launch(chromiumLaunchOptions);
for (const locale of ['zh-CN', 'en-US']) {
  const host = await startIsolatedHost({ locale });
  const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
  await page.goto(host.url);
  await page.getByRole('navigation').getByRole('button').nth(3).click();
  await page.waitForTimeout(800);
  for (let i = 1; i <= 5; i++) {
    await page.locator('#main').evaluate((main, y) => main.scrollTo(0, y), i * 700);
    await page.waitForTimeout(200);
    await page.screenshot({ path: `/tmp/kp/shots/plan-${locale}-${i}.png` });
  }
  await page.close();
  await host.dispose();
}
await browser.close();
