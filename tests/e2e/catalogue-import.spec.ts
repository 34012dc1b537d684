import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { NO_LANDSCAPE, counts, grid, hasLandscape, landscapeInput, landscapePath, openCatalogue, row, searchBox } from '../support/catalogue-page';
import { expect, test } from '../support/fixtures';
import { networkLandscapeYaml } from '../support/landscape-fixture';

/** Importing a landscape file into the catalogue: refusals, the 2026 landscape, reload, removal and dropping a file. */

/** Three alias levels of nine: small on disk, huge once expanded (a "billion laughs" document). */
const aliasBomb = [
  'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
  'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
  'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
  'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
  'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
  'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
  'landscape: *f',
].join('\n');

/** A landscape of two items: one the seed knows under an alias, one it does not. */
const smallLandscape = networkLandscapeYaml([
  { name: 'Project Calico', homepage: 'https://www.tigera.io/project-calico' },
  { name: 'Made-up Mesh', homepage: 'https://example.org/made-up-mesh', project: 'sandbox' },
]);

/** Rows that only the conformance data lists, as the Sources facet counts them. */
async function conformanceOnlyRows(page: Page): Promise<number> {
  const option = page.getByRole('group', { name: 'Sources' }).locator('label', { has: page.locator('[data-facet-value="k8s-conformance"]') });
  return Number(((await option.locator('.option-count').textContent()) ?? '').replaceAll(',', ''));
}

async function statNumber(dialog: Locator, stat: string): Promise<number> {
  const text = (await dialog.locator(`[data-stat="${stat}"] dd`).textContent()) ?? '';
  return Number(text.replaceAll(',', ''));
}

async function importLandscape(page: Page): Promise<Locator> {
  await landscapeInput(page).setInputFiles(landscapePath);
  const report = page.getByRole('dialog', { name: 'Import report' });
  await expect(report).toBeVisible({ timeout: 30_000 });
  return report;
}

test.describe('catalogue import (English)', () => {
  test('a file that is not YAML is refused with a message naming it, and nothing changes', async ({ page, host }) => {
    await openCatalogue(page, host);
    const before = await counts(page);
    await landscapeInput(page).setInputFiles({
      name: 'broken.yml',
      mimeType: 'application/yaml',
      buffer: Buffer.from('landscape:\n  - name: "unterminated\n    subcategories: [\n'),
    });
    const alert = page.getByRole('alert').filter({ hasText: 'broken.yml' });
    await expect(alert).toContainText('The import failed and the catalogue is unchanged.');
    await expect(alert).toContainText(/YAML/u);
    await expect(alert).toContainText(/line \d+/u);
    expect(await counts(page)).toEqual(before);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(alert).toBeHidden();
  });

  test('a file of two YAML documents is refused in words a user can act on, not the parser\'s advice', async ({ page, host }) => {
    await openCatalogue(page, host);
    await landscapeInput(page).setInputFiles({ name: 'two.yml', mimeType: 'application/yaml', buffer: Buffer.from('landscape: []\n---\nlandscape: []\n') });
    const alert = page.getByRole('alert').filter({ hasText: 'two.yml' });
    await expect(alert).toContainText('the file holds more than one YAML document');
    await expect(alert).toContainText('(line 2, column 1)');
    await expect(alert).not.toContainText('parseAllDocuments');
  });

  test('an alias bomb is refused with a clear message, and nothing changes', async ({ page, host }) => {
    await openCatalogue(page, host);
    const before = await counts(page);
    await landscapeInput(page).setInputFiles({ name: 'laughs.yml', mimeType: 'application/yaml', buffer: Buffer.from(aliasBomb) });
    const alert = page.getByRole('alert').filter({ hasText: 'laughs.yml' });
    await expect(alert).toContainText(/aliases/u);
    expect(await counts(page)).toEqual(before);
    await expect(page.locator('.import-bar')).toHaveCount(0);
  });

  test('imports the 2026 landscape: merged rows gain CNCF facts and both sources, and the report adds up', async ({ page, host }) => {
    test.skip(!hasLandscape, NO_LANDSCAPE);
    await openCatalogue(page, host);
    const [, builtIn] = await counts(page);
    const conformanceOnly = await conformanceOnlyRows(page);
    const report = await importLandscape(page);
    const summary = (await report.locator('.report-summary').textContent()) ?? '';
    const total = Number(summary.match(/([\d,]+) listings/u)?.[1]?.replaceAll(',', ''));
    const [added, merged, repeated, skipped] = await Promise.all(
      ['added', 'merged', 'repeated', 'skipped'].map((stat) => statNumber(report, stat)),
    ) as [number, number, number, number];
    // Every listing of the file is accounted for, once.
    expect(added + merged + repeated + skipped).toBe(total);
    expect(added).toBeGreaterThan(2000);
    expect(merged).toBeGreaterThan(20);
    await expect(report.locator('[data-section="skipped"] .report-item').first()).toContainText('Duplicate name');
    await page.keyboard.press('Escape');
    await expect(report).toBeHidden();
    // A certified product only the conformance data knew joins the landscape's row for it: one row per product.
    const joined = conformanceOnly - (await conformanceOnlyRows(page));
    expect(joined).toBeGreaterThan(0);
    expect(await counts(page)).toEqual([builtIn + added - joined, builtIn + added - joined]);
    await expect(page.locator('.import-bar')).toContainText('cncf-landscape-2026-08-07.yml');

    // Calico is merged through its alias "Project Calico"; the landscape gives it no maturity (it is not a CNCF project).
    await searchBox(page).fill('calico');
    const calico = row(page, 'calico');
    await expect(calico.locator('.cell-sources')).toHaveText('BookCNCF');
    await expect(calico.locator('.cell-maturity')).toHaveText('—');
    await calico.click();
    await expect(page.getByRole('complementary', { name: 'Calico', exact: true })).toContainText('CNCF Landscape: Runtime › Cloud Native Network');
    // Istio is a graduated CNCF project: the merged row shows it.
    await searchBox(page).fill('istio');
    await expect(row(page, 'istio').locator('.cell-maturity')).toHaveText('Graduated');
    await expect(row(page, 'istio').locator('.cell-sources')).toHaveText('BookCNCF');
  });

  test('the import survives a reload and can be removed after confirming', async ({ page, host }) => {
    test.skip(!hasLandscape, NO_LANDSCAPE);
    await openCatalogue(page, host);
    const [, builtIn] = await counts(page);
    await importLandscape(page);
    await page.keyboard.press('Escape');
    const [, imported] = await counts(page);
    await page.reload();
    await expect(page.locator('.import-bar')).toContainText('cncf-landscape-2026-08-07.yml');
    expect((await counts(page))[1]).toBe(imported);

    await page.getByRole('button', { name: 'Remove import' }).click();
    const confirm = page.getByRole('dialog', { name: 'Remove the imported landscape?' });
    await expect(confirm).toBeVisible();
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect((await counts(page))[1]).toBe(imported);
    await page.getByRole('button', { name: 'Remove import' }).click();
    await confirm.getByRole('button', { name: 'Remove import' }).click();
    await expect(page.locator('.import-bar')).toHaveCount(0);
    expect(await counts(page)).toEqual([builtIn, builtIn]);
    await page.reload();
    expect((await counts(page))[1]).toBe(builtIn);
  });

  test('a landscape file dropped onto the catalogue is imported', async ({ page, host }) => {
    await openCatalogue(page, host);
    const [, builtIn] = await counts(page);
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'dropped.yml'));
      const target = document.querySelector('.catalogue-page')!;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
      }
    }, smallLandscape);
    const report = page.getByRole('dialog', { name: 'Import report' });
    await expect(report).toBeVisible();
    expect(await statNumber(report, 'added')).toBe(1);
    expect(await statNumber(report, 'merged')).toBe(1);
    await expect(report.locator('[data-section="merged"]')).toContainText('Project Calico');
    await expect(report.locator('[data-section="merged"]')).toContainText('merged into Calico');
    await page.keyboard.press('Escape');
    expect((await counts(page))[1]).toBe(builtIn + 1);
    await searchBox(page).fill('made-up');
    await expect(grid(page).locator('[role="row"][data-row-id] .cell-maturity')).toHaveText(['Sandbox']);
    await expect(grid(page).locator('[role="row"][data-row-id] .cell-sources')).toHaveText(['CNCF']);
  });

  test('a saved import that cannot be read is reported, and the built-in catalogue is shown', async ({ page, host }) => {
    await writeFile(join(host.dataDir, 'landscape-import.json'), '{ "fileName": ');
    await openCatalogue(page, host);
    await expect(page.getByText('The saved landscape import could not be read.')).toBeVisible();
    expect((await counts(page))[1]).toBeGreaterThan(100);
    await expect(page.locator('.import-bar')).toHaveCount(0);
  });

  test('a file over 50 MB is refused before it is read, naming the file', async ({ page, host }) => {
    await openCatalogue(page, host);
    // A File the size of the limit plus one byte, built in the page: the size check must come before reading.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[data-landscape-input]')!;
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(50 * 1024 * 1024 + 1)], 'huge-landscape.yml'));
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const alert = page.getByRole('alert').filter({ hasText: 'huge-landscape.yml' });
    await expect(alert).toContainText('the largest landscape file Kube Planner accepts is 50 MB');
  });
});
