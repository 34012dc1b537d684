import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { seriousAccessibilityViolations } from '../support/axe';
import { NO_LANDSCAPE, counts, grid, hasLandscape, landscapeInput, landscapePath, openCatalogue, row, searchBox } from '../support/catalogue-page';
import { type IsolatedHost } from '../support/web-host-fixture';
import { expect, test } from '../support/fixtures';

/** Browsing the catalogue: search, facets, sorting, the shortlist, comparison, export, columns, the keyboard and accessibility. Imports are in catalogue-import.spec.ts. */

/** The rows the grid reports (aria-rowcount counts the header row too). */
async function gridRowCount(page: Page): Promise<number> {
  return Number(await grid(page).getAttribute('aria-rowcount')) - 1;
}

/** Saves are debounced; reload only once main has written the workspace with `text` in it. */
async function waitForSavedView(host: IsolatedHost, text: string): Promise<void> {
  await expect.poll(() => readFile(join(host.dataDir, 'view-state.json'), 'utf8').catch(() => '')).toContain(text);
}

test.describe('catalogue (English)', () => {
  test('finds Calico by search and shows it comes from the book’s infrastructure section', async ({ page, host }) => {
    await openCatalogue(page, host);
    await searchBox(page).fill('calico');
    const calico = row(page, 'calico');
    await expect(calico).toBeVisible();
    await expect(calico.locator('.cell-seedSection')).toHaveText('Infrastructure');
    await expect(calico.locator('.cell-sources')).toHaveText('Book');
    await calico.click();
    const details = page.getByRole('complementary', { name: 'Calico', exact: true });
    await expect(details).toContainText('The book, Infrastructure section, listed as “Project Calico”');
    await expect(details).toContainText('Also known as Project Calico');
  });

  test('searches Chinese descriptions and ignores case, width and accents', async ({ page, host }) => {
    await openCatalogue(page, host);
    await searchBox(page).fill('网络策略');
    await expect(row(page, 'calico')).toBeVisible();
    const [shown] = await counts(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(20);
    await searchBox(page).fill('ＣＡＬＩＣＯ');
    await expect(row(page, 'calico')).toBeVisible();
    await searchBox(page).fill('no product is called this');
    await expect(page.getByText('No product matches the search and filters.')).toBeVisible();
    expect(await gridRowCount(page)).toBe(0);
  });

  test('finds by Chinese names what the English words would: 红帽 finds OpenShift, 网络插件 finds flannel and Calico', async ({
    page,
    host,
  }) => {
    await openCatalogue(page, host);
    await searchBox(page).fill('红帽');
    await expect(row(page, 'openshift-container-platform')).toBeVisible();
    await expect(row(page, 'openshift-origin')).toBeVisible();
    await expect(row(page, 'flannel')).toHaveCount(0);
    await searchBox(page).fill('网络插件');
    await expect(row(page, 'flannel')).toBeVisible();
    await expect(row(page, 'calico')).toBeVisible();
    await expect(row(page, 'openshift-origin')).toHaveCount(0);
  });

  test('facets show live counts, filter, and clear all at once', async ({ page, host }) => {
    await openCatalogue(page, host);
    const [, total] = await counts(page);
    const sections = page.getByRole('group', { name: 'Book section' });
    const infrastructure = sections.locator('label', { has: page.locator('[data-facet-value="infrastructure"]') });
    const infrastructureCount = Number(await infrastructure.locator('.option-count').textContent());
    await infrastructure.getByRole('checkbox').check();
    expect(await counts(page)).toEqual([infrastructureCount, total]);
    expect(await gridRowCount(page)).toBe(infrastructureCount);

    // Other facets now count only infrastructure products; the section facet keeps its alternatives.
    const networking = page.getByRole('group', { name: 'Tags' }).locator('label', { has: page.locator('[data-facet-value="networking"]') });
    const networkingCount = Number(await networking.locator('.option-count').textContent());
    expect(networkingCount).toBeGreaterThan(0);
    expect(networkingCount).toBeLessThan(infrastructureCount);
    await expect(sections.locator('[data-facet-value="devops"]')).toBeVisible();
    await networking.getByRole('checkbox').check();
    expect((await counts(page))[0]).toBe(networkingCount);

    await page.getByRole('button', { name: 'Clear all', exact: true }).first().click();
    expect(await counts(page)).toEqual([total, total]);
  });

  test('sorts by clicking headers, and adds a sort with Shift+click', async ({ page, host }) => {
    await openCatalogue(page, host);
    const nameHeader = page.getByRole('columnheader', { name: /^Name/ });
    const names = () => grid(page).locator('[role="row"][data-row-id] .name-text').allTextContents();
    await nameHeader.getByRole('button').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    const ascending = await names();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
    await nameHeader.getByRole('button').click();
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect((await names())[0]).not.toBe(ascending[0]);

    const sectionHeader = page.getByRole('columnheader', { name: /^Book section/ });
    await sectionHeader.getByRole('button').click({ modifiers: ['Shift'] });
    await expect(sectionHeader).toHaveAttribute('aria-sort', 'ascending');
    await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    await expect(sectionHeader).toContainText('Sort priority 2');
  });

  test('stars two products and keeps the shortlist after a reload', async ({ page, host }) => {
    await openCatalogue(page, host);
    await searchBox(page).fill('calico');
    await row(page, 'calico').getByRole('button', { name: 'Star Calico' }).click();
    await searchBox(page).fill('flannel');
    await row(page, 'flannel').getByRole('button', { name: 'Star flannel' }).click();
    await expect(row(page, 'flannel').getByRole('button', { name: 'Star flannel' })).toHaveAttribute('aria-pressed', 'true');
    await searchBox(page).fill('');
    await waitForSavedView(host, '"flannel"');
    await page.reload();
    await expect(grid(page)).toBeVisible();
    await page.getByRole('checkbox', { name: /Shortlist only/ }).check();
    expect((await counts(page))[0]).toBe(2);
    await expect(row(page, 'calico').getByRole('button', { name: 'Star Calico' })).toHaveAttribute('aria-pressed', 'true');
    await expect(row(page, 'flannel')).toBeVisible();
  });

  test('compares two products side by side and highlights what differs', async ({ page, host }) => {
    await openCatalogue(page, host);
    const compare = page.getByRole('button', { name: /^Compare/ });
    await expect(compare).toBeDisabled();
    await expect(page.getByText('Pick 2 more products to compare: press C on a row.')).toBeVisible();
    await searchBox(page).fill('calico');
    await row(page, 'calico').click();
    await page.getByRole('button', { name: 'Add to comparison' }).click();
    await expect(page.getByText('Pick 1 more product to compare: press C on a row.')).toBeVisible();
    await searchBox(page).fill('flannel');
    await row(page, 'flannel').click();
    await page.getByRole('button', { name: 'Add to comparison' }).click();
    await expect(compare).toBeEnabled();
    await compare.click();
    const dialog = page.getByRole('dialog', { name: 'Compare products' });
    await expect(dialog).toBeVisible();
    await expect(dialog.locator('.compare-table').first().locator('thead th')).toHaveText(['Field', 'Calico', 'flannel']);
    const organization = dialog.locator('tr[data-line="organization"]');
    await expect(organization).toHaveAttribute('data-differs', 'true');
    await expect(organization).toContainText('Differs');
    await expect(dialog.locator('tr[data-line="seedSection"]')).toHaveAttribute('data-differs', 'false');
    // Neither has a Table 1.1 type: every characteristic is "—" for both, so none differs.
    await expect(dialog.locator('tr[data-line="developer-abstraction"] td')).toHaveText(['—', '—']);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(compare).toBeFocused();

    // Taking one product out inside the dialog leaves one: the comparison closes and says why.
    await compare.click();
    await dialog.getByRole('button', { name: 'Remove flannel from the comparison' }).click();
    await expect(dialog).toBeHidden();
    await expect(compare).toBeDisabled();
  });

  test('exports the filtered, sorted view as CSV: each entry’s identity, then the visible columns', async ({ page, host }) => {
    await openCatalogue(page, host);
    await searchBox(page).fill('net');
    await page.getByRole('columnheader', { name: /^Name/ }).getByRole('button').click();
    const [shown] = await counts(page);
    await page.getByRole('button', { name: 'Export' }).click();
    const downloadPromise = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export view as CSV' }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toMatch(/^kube-planner-catalogue-\d{4}-\d{2}-\d{2}\.csv$/u);
    await expect(page.getByRole('status', { name: 'Notices' })).toContainText(`Downloaded as ${download.suggestedFilename()}`);
    const csv = (await readFile((await download.path())!, 'utf8')).replace(/^\uFEFF/u, '');
    const records = csv.split('\r\n').filter((record) => record !== '');
    const headers = (await page.locator('[role="columnheader"]').allTextContents()).slice(1);
    const visible = headers
      .map((header) => header.replace(/Sort priority \d+/u, ''))
      .filter((header) => header !== 'Name' && header !== 'Organization')
      .map((header) => (header === 'Sources' ? 'Listed in' : header));
    const identity = ['ID', 'Name', 'Organization', 'Homepage', 'Repository', 'Description (English)', 'Description (Chinese)', 'Sources'];
    expect(records[0]).toBe([...identity, ...visible].join(','));
    expect(records).toHaveLength(shown + 1);
    const names = await grid(page).locator('[role="row"][data-row-id] .name-text').allTextContents();
    expect(records[1]).toContain(`,${names[0]},`);
  });

  test('keyboard: arrows move the active row, Enter opens its details, S stars it', async ({ page, host }) => {
    await openCatalogue(page, host);
    await grid(page).focus();
    await page.keyboard.press('ArrowDown');
    const second = grid(page).locator('[role="row"][data-row-id]').nth(1);
    const secondId = await second.getAttribute('id');
    await expect(grid(page)).toHaveAttribute('aria-activedescendant', secondId!);
    await page.keyboard.press('Enter');
    await expect(second).toHaveAttribute('aria-selected', 'true');
    const name = await second.locator('.name-text').textContent();
    await expect(page.getByRole('complementary', { name: name!, exact: true })).toBeVisible();
    await page.keyboard.press('s');
    await expect(second.locator('.star-toggle')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('End');
    const last = await gridRowCount(page);
    await expect(grid(page).locator(`[role="row"][aria-rowindex="${last + 1}"]`)).toHaveClass(/is-active/u);
    await page.keyboard.press('Home');
    await expect(grid(page).locator('[role="row"][aria-rowindex="2"]')).toHaveClass(/is-active/u);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('complementary', { name: name!, exact: true })).toBeHidden();
  });

  test('restores search, sort, hidden columns and widths after a reload', async ({ page, host }) => {
    await openCatalogue(page, host);
    await searchBox(page).fill('mesh');
    await page.getByRole('columnheader', { name: /^Organization/ }).getByRole('button').click();
    await page.getByRole('button', { name: 'Columns' }).click();
    await page.locator('[data-column-toggle="tags"]').uncheck();
    await page.getByRole('button', { name: 'Move CNCF maturity earlier' }).click();
    await page.keyboard.press('Escape');
    const nameWidth = page.getByRole('separator', { name: 'Width of Name' });
    await nameWidth.focus();
    await page.keyboard.press('Shift+ArrowRight');
    await expect(nameWidth).toHaveAttribute('aria-valuenow', '240');
    await waitForSavedView(host, '"mesh"');
    await page.reload();
    await expect(searchBox(page)).toHaveValue('mesh');
    await expect(page.getByRole('columnheader', { name: /^Organization/ })).toHaveAttribute('aria-sort', 'ascending');
    await expect(page.getByRole('columnheader', { name: /^Tags/ })).toHaveCount(0);
    await expect(page.getByRole('separator', { name: 'Width of Name' })).toHaveAttribute('aria-valuenow', '240');
    const headers = await page.locator('[role="columnheader"]').allTextContents();
    expect(headers.indexOf('CNCF maturity')).toBeLessThan(headers.indexOf('Sources'));
  });

  test('columns resize by dragging their edge and move by dragging their header', async ({ page, host }) => {
    await openCatalogue(page, host);
    const width = page.getByRole('separator', { name: 'Width of Organization' });
    const before = Number(await width.getAttribute('aria-valuenow'));
    const box = (await width.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 5 });
    await page.mouse.up();
    const after = Number(await width.getAttribute('aria-valuenow'));
    expect(after - before).toBeGreaterThanOrEqual(35);
    expect(after - before).toBeLessThanOrEqual(45);

    const headerNames = async () => (await page.locator('[role="columnheader"]').allTextContents()).slice(1);
    expect((await headerNames()).slice(0, 2)).toEqual(['Name', 'Organization']);
    await page.getByRole('columnheader', { name: /^Status/ }).getByRole('button').dragTo(page.getByRole('columnheader', { name: /^Organization/ }));
    expect((await headerNames()).slice(0, 3)).toEqual(['Name', 'Status', 'Organization']);
  });

  test('at 1280×720 name, organization, type, status and sources fit beside the filters and beside the details', async ({ page, host }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openCatalogue(page, host);
    const keyColumns = [/^Name/, /^Organization/, /^Table 1.1 type/, /^Status/, /^Sources/];
    const allInView = async () => {
      for (const name of keyColumns) {
        const box = (await page.getByRole('columnheader', { name }).boundingBox())!;
        expect(box.x + box.width, String(name)).toBeLessThanOrEqual(1280);
      }
    };
    await allInView();
    await searchBox(page).fill('calico');
    await row(page, 'calico').click();
    await expect(page.locator('.detail-pane')).toBeVisible();
    await allInView();
    const detail = (await page.locator('.detail-pane').boundingBox())!;
    const sources = (await page.getByRole('columnheader', { name: /^Sources/ }).boundingBox())!;
    expect(sources.x + sources.width).toBeLessThanOrEqual(detail.x);
  });

  test('column presets show the columns each question needs, and the menu says which is on', async ({ page, host }) => {
    await openCatalogue(page, host);
    const headerNames = async () => (await page.locator('[role="columnheader"]').allTextContents()).slice(1).map((text) => text.replace(/Sort priority \d+/u, ''));
    await page.getByRole('button', { name: 'Columns' }).click();
    const presets = page.getByRole('group', { name: 'Presets' });
    await presets.getByRole('button', { name: 'Compare distributions' }).click();
    expect(await headerNames()).toEqual(['Name', 'Organization', 'Table 1.1 type', 'Distribution kind', 'Professional service', 'Status', 'Sources', 'Certified Kubernetes']);
    await expect(presets.getByRole('button', { name: 'Compare distributions' })).toHaveAttribute('aria-pressed', 'true');
    await presets.getByRole('button', { name: 'Status check' }).click();
    expect(await headerNames()).toEqual(['Name', 'Organization', 'Table 1.1 type', 'Status', 'CNCF maturity', 'Sources']);
    await presets.getByRole('button', { name: 'Everything' }).click();
    expect(await headerNames()).toHaveLength(12);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });
});

for (const [language, locale, names] of [
  ['en', 'en-US', { compare: /^Compare/, report: 'Import report', compareTitle: 'Compare products' }],
  ['zh-CN', 'zh-CN', { compare: /^对比/, report: '导入报告', compareTitle: '产品对比' }],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    test.describe(`catalogue accessibility (${language}, ${colorScheme})`, () => {
      test.use({ hostLocale: locale, colorScheme });

      test('no serious or critical axe violation on the page, the details, the comparison and the import report', async ({ page, host }) => {
        await openCatalogue(page, host);
        expect(await seriousAccessibilityViolations(page), 'catalogue').toEqual([]);

        await searchBox(page).fill('calico');
        await row(page, 'calico').click();
        await page.keyboard.press('c');
        await searchBox(page).fill('weave');
        await grid(page).locator('[role="row"][data-row-id]').first().click();
        await page.keyboard.press('c');
        await searchBox(page).fill('');
        expect(await seriousAccessibilityViolations(page), 'details').toEqual([]);

        await page.getByRole('button', { name: names.compare }).click();
        await expect(page.getByRole('dialog', { name: names.compareTitle })).toBeVisible();
        expect(await seriousAccessibilityViolations(page), 'comparison').toEqual([]);
        await page.keyboard.press('Escape');

        test.skip(!hasLandscape, NO_LANDSCAPE);
        await landscapeInput(page).setInputFiles(landscapePath);
        await expect(page.getByRole('dialog', { name: names.report })).toBeVisible({ timeout: 30_000 });
        expect(await seriousAccessibilityViolations(page), 'import report').toEqual([]);
      });
    });
  }
}
