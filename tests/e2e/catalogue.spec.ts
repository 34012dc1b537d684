import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { seriousAccessibilityViolations } from '../support/axe';
import { type IsolatedHost } from '../support/web-host-fixture';
import { expect, test } from '../support/fixtures';
import { networkLandscapeYaml } from '../support/landscape-fixture';
import { landscape2026 } from '../support/shared-reference';

/** The real 2026 landscape, kept beside the project (never in it); tests that need it skip without it. */
const landscapePath = landscape2026.path;
const hasLandscape = landscape2026.available;
const NO_LANDSCAPE = `needs ../shared/${landscape2026.name}, which this checkout does not have`;

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

const grid = (page: Page) => page.getByRole('grid');
const row = (page: Page, id: string) => grid(page).locator(`[role="row"][data-row-id="${id}"]`);
const searchBox = (page: Page) => page.locator('.search-input');
const landscapeInput = (page: Page) => page.locator('input[data-landscape-input]');

async function openCatalogue(page: Page, host: IsolatedHost): Promise<void> {
  await page.goto(host.url);
  await expect(grid(page)).toBeVisible();
}

/** "12 of 2,503 products" → [12, 2503]. */
async function counts(page: Page): Promise<[shown: number, total: number]> {
  const text = (await page.locator('.result-count').textContent()) ?? '';
  const [shown = NaN, total = NaN] = (text.match(/[\d,]+/gu) ?? []).map((part) => Number(part.replaceAll(',', '')));
  return [shown, total];
}

/** Rows that only the conformance data lists, as the Sources facet counts them. */
async function conformanceOnlyRows(page: Page): Promise<number> {
  const option = page.getByRole('group', { name: 'Sources' }).locator('label', { has: page.locator('[data-facet-value="k8s-conformance"]') });
  return Number(((await option.locator('.option-count').textContent()) ?? '').replaceAll(',', ''));
}

/** The rows the grid reports (aria-rowcount counts the header row too). */
async function gridRowCount(page: Page): Promise<number> {
  return Number(await grid(page).getAttribute('aria-rowcount')) - 1;
}

/** Saves are debounced; reload only once main has written the workspace with `text` in it. */
async function waitForSavedView(host: IsolatedHost, text: string): Promise<void> {
  await expect.poll(() => readFile(join(host.dataDir, 'view-state.json'), 'utf8').catch(() => '')).toContain(text);
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
