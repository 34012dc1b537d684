import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import type { IsolatedHost } from './web-host-fixture';
import { landscape2026 } from './shared-reference';

/** The catalogue page as its end-to-end specs reach it. */

/** The real 2026 landscape, kept beside the project (never in it); tests that need it skip without it. */
export const landscapePath = landscape2026.path;
export const hasLandscape = landscape2026.available;
export const NO_LANDSCAPE = `needs ../shared/${landscape2026.name}, which this checkout does not have`;

export const grid = (page: Page) => page.getByRole('grid');
export const row = (page: Page, id: string) => grid(page).locator(`[role="row"][data-row-id="${id}"]`);
export const searchBox = (page: Page) => page.locator('.search-input');
export const landscapeInput = (page: Page) => page.locator('input[data-landscape-input]');

export async function openCatalogue(page: Page, host: IsolatedHost): Promise<void> {
  await page.goto(host.url);
  await expect(grid(page)).toBeVisible();
}

/** "12 of 2,503 products" → [12, 2503]. */
export async function counts(page: Page): Promise<[shown: number, total: number]> {
  const text = (await page.locator('.result-count').textContent()) ?? '';
  const [shown = NaN, total = NaN] = (text.match(/[\d,]+/gu) ?? []).map((part) => Number(part.replaceAll(',', '')));
  return [shown, total];
}
