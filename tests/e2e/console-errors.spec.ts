import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures';

const sections = {
  'en-US': ['Catalogue', 'Choices', 'SLA', 'Plan'],
  'zh-CN': ['产品目录', '平台选型', 'SLA', '部署方案'],
} as const;

/** Every error the page reports: console errors (a CSP violation among them) and uncaught exceptions. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

for (const locale of ['en-US', 'zh-CN'] as const) {
  test.describe(`OS locale ${locale}`, () => {
    test.use({ hostLocale: locale });

    test('no page load logs an error, in any section', async ({ page, host }) => {
      const errors = collectErrors(page);
      await page.goto(host.url);
      const navigation = page.getByRole('navigation');
      for (const name of sections[locale]) {
        await navigation.getByRole('button', { name, exact: true }).click();
        await expect(navigation.getByRole('button', { name, exact: true })).toHaveAttribute('aria-current', /.+/);
        // A reload is a fresh load of the page, on the section the view state restores.
        await page.reload();
        await expect(page.getByRole('navigation').getByRole('button', { name, exact: true })).toBeVisible();
        await page.waitForLoadState('networkidle');
      }
      expect(errors).toEqual([]);
    });
  });
}
