/**
 * Keystroke to painted rows in the catalogue search, in Debian Chromium against the browser host (run
 * `npm run build` first), side by side with a plain hand-written page that filters the same rows'
 * search text with `Array.filter` and draws as many rows as the app's grid shows.
 *
 * Keys are real key presses (Playwright's keyboard) in the focused search box. The clock starts in a
 * capture `keydown` listener and stops in a `setTimeout(0)` queued from the `requestAnimationFrame`
 * after the grid's DOM changed, that is once the frame holding the new rows has been painted.
 *
 * Only keystrokes that change how many products match are timed, because only those are sure to change
 * the grid (its aria-rowcount); the others are typed and left to settle, and not counted.
 */
import { readFile } from 'node:fs/promises';
import { type Browser, type Page, chromium } from '@playwright/test';
import { buildSearchText, matchesSearch } from '../../shared/catalogue/catalogue-search';
import { normalizeForMatching } from '../../shared/catalogue/normalize-name';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import { WEB_HOST_TOKEN_HEADER } from '../../shared/ipc/web-transport';
import { chromiumLaunchOptions } from '../support/chromium';
import { type IsolatedHost, startIsolatedHost } from '../support/web-host-fixture';
import { LANDSCAPE_2026, SYNTHETIC_ITEMS } from './landscape-import';
import { isMainModule } from './run-directly';
import { syntheticLandscapeYaml } from './synthetic-landscape';

const TIMED_KEYSTROKES = 60;
const ROUNDS = 2;

type Latency = { p50Ms: number; p95Ms: number; maxMs: number };

export type FilterTiming =
  | {
      catalogue: string;
      rows: number;
      /** Rows the app's grid draws, and so the plain page too. */
      visibleRows: number;
      timedKeystrokes: number;
      app: Latency;
      plainPage: Latency;
      /** App p95 ÷ plain page p95. */
      ratioP95: number;
      targetRatio: number;
      targetP95Ms?: number;
      meetsTarget: boolean;
    }
  | { catalogue: string; skipped: string };

async function callHost<T>(host: IsolatedHost, channel: string, request: unknown): Promise<T> {
  const response = await fetch(`${host.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [WEB_HOST_TOKEN_HEADER]: host.token },
    body: JSON.stringify(request),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return Math.round((sorted[index] ?? NaN) * 100) / 100;
}

function latency(values: readonly number[]): Latency {
  return { p50Ms: percentile(values, 0.5), p95Ms: percentile(values, 0.95), maxMs: percentile(values, 1) };
}

/** One letter typed: the box's value after it, the number of matches then, and whether it is timed. */
type Keystroke = { key: string; matches: number; timed: boolean };

/**
 * Words taken from the catalogue's own names, typed a letter at a time from an empty box; a keystroke
 * is timed when it changes the number of matches, computed here with the app's own search functions.
 */
function planKeystrokes(texts: readonly string[], names: readonly string[]): Keystroke[][] {
  const countMatches = (query: string) => texts.reduce((count, text) => count + (matchesSearch(text, query) ? 1 : 0), 0);
  const words = [...new Set(names.map((name) => normalizeForMatching(name).split(' ')[0] ?? '').filter((word) => /^[a-z]{4,}$/u.test(word)))];
  // A fixed walk through the names (a prime step), so every run types the same, varied words.
  const plan: Keystroke[][] = [];
  let timed = 0;
  for (let index = 0; timed < TIMED_KEYSTROKES && index < words.length; index += 1) {
    const word = words[(index * 7919) % words.length]!.slice(0, 8);
    let previous = texts.length;
    const strokes: Keystroke[] = [];
    for (let length = 1; length <= word.length && timed < TIMED_KEYSTROKES; length += 1) {
      const matches = countMatches(word.slice(0, length));
      const changes = matches !== previous;
      strokes.push({ key: word[length - 1]!, matches, timed: changes });
      if (changes) timed += 1;
      previous = matches;
    }
    plan.push(strokes);
  }
  return plan;
}

/**
 * Installs the clock in the page: armed before a timed key, it starts at that key's keydown (capture,
 * before the page's own handlers) and stops after the paint of the frame in which the grid changed.
 */
async function installKeystrokeClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = window as unknown as { keystrokeArmed: boolean; keystrokeTimes: number[] };
    state.keystrokeArmed = false;
    state.keystrokeTimes = [];
    const grid = document.querySelector<HTMLElement>('[role="grid"]')!;
    document.addEventListener(
      'keydown',
      () => {
        if (!state.keystrokeArmed) return;
        state.keystrokeArmed = false;
        const started = performance.now();
        const observer = new MutationObserver(() => {
          observer.disconnect();
          requestAnimationFrame(() => setTimeout(() => state.keystrokeTimes.push(performance.now() - started), 0));
        });
        observer.observe(grid, { subtree: true, childList: true, attributes: true, characterData: true });
      },
      { capture: true },
    );
  });
}

const rowCountIs = (page: Page, matches: number) =>
  page.waitForFunction((rows) => document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') === String(rows + 1), matches, {
    timeout: 60_000,
  });

/** Types the plan into the focused search box with real key presses; returns each timed key's latency. */
async function typePlan(page: Page, plan: readonly Keystroke[][], total: number): Promise<number[]> {
  const search = page.locator('.search-input');
  await search.focus();
  await installKeystrokeClock(page);
  const times: number[] = [];
  // One unmeasured word first: the first search builds caches that later keystrokes reuse.
  for (const [index, strokes] of [plan[0] ?? [], ...plan].entries()) {
    for (const { key, matches, timed } of strokes) {
      const measured = index > 0 && timed;
      await page.evaluate((armed) => ((window as unknown as { keystrokeArmed: boolean }).keystrokeArmed = armed), measured);
      await page.keyboard.press(key);
      await rowCountIs(page, matches);
      if (measured) {
        const handle = await page.waitForFunction(
          (count) => {
            const recorded = (window as unknown as { keystrokeTimes: number[] }).keystrokeTimes;
            return recorded.length > count ? recorded[count] : undefined;
          },
          times.length,
        );
        times.push((await handle.jsonValue()) as number);
      }
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await rowCountIs(page, total);
  }
  return times;
}

const PLAIN_PAGE_SCRIPT = `
const { rows, visibleRows } = window.plainPageData;
const input = document.querySelector('.search-input');
const grid = document.querySelector('[role="grid"]');
function render(matches) {
  grid.setAttribute('aria-rowcount', String(matches.length + 1));
  grid.replaceChildren(...matches.slice(0, visibleRows).map((row) => {
    const element = document.createElement('div');
    element.setAttribute('role', 'row');
    for (const cell of row.cells) {
      const gridCell = document.createElement('div');
      gridCell.setAttribute('role', 'gridcell');
      gridCell.textContent = cell;
      element.append(gridCell);
    }
    return element;
  }));
}
input.addEventListener('input', () => {
  const query = input.value.toLowerCase();
  render(rows.filter((row) => row.text.includes(query)));
});
render(rows);
`;

/**
 * The plain page: a search box and a grid; each input filters the precomputed search texts with
 * `Array.filter` and `includes`, and redraws the first `visibleRows` matches as rows of `columns` cells.
 */
async function openPlainPage(browser: Browser, rows: readonly { text: string; cells: string[] }[], visibleRows: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
  await page.setContent('<input class="search-input" aria-label="Search"><div role="grid"></div>');
  await page.evaluate((data) => Object.assign(window, { plainPageData: data }), { rows, visibleRows });
  // A script of its own, as such a page would have (and out of reach of the bundler's helpers).
  await page.addScriptTag({ content: PLAIN_PAGE_SCRIPT });
  return page;
}

async function measure(catalogue: string, host: IsolatedHost, targets: { ratio: number; p95Ms?: number }): Promise<FilterTiming> {
  const snapshot = await callHost<CatalogueSnapshot>(host, 'getCatalogue', {});
  const texts = snapshot.entries.map(buildSearchText);
  const plan = planKeystrokes(
    texts,
    snapshot.entries.map((entry) => entry.name),
  );
  const total = snapshot.entries.length;
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const app = await browser.newPage({ viewport: { width: 1360, height: 820 } });
    await app.goto(host.url);
    await app.waitForSelector('[role="grid"] [role="row"][data-row-id]', { timeout: 180_000 });
    const visibleRows = await app.locator('[role="grid"] [role="row"][data-row-id]').count();
    const columns = await app.locator('[role="grid"] [role="row"][data-row-id]').first().locator('[role="gridcell"]').count();
    const plain = await openPlainPage(
      browser,
      snapshot.entries.map((entry, index) => ({
        text: texts[index]!,
        cells: [entry.name, entry.organization, entry.maturity, entry.tags.join(', '), entry.description?.en ?? entry.landscapeDescription, entry.homepage, entry.repository, entry.sources[0]?.kind]
          .map((cell) => cell ?? '')
          .slice(0, Math.max(columns, 1)),
      })),
      visibleRows,
    );
    const appTimes: number[] = [];
    const plainTimes: number[] = [];
    // Rounds in turns, so a busy moment of the machine falls on both pages alike.
    for (let round = 0; round < ROUNDS; round += 1) {
      appTimes.push(...(await typePlan(app, plan, total)));
      plainTimes.push(...(await typePlan(plain, plan, total)));
    }
    const [appLatency, plainLatency] = [latency(appTimes), latency(plainTimes)];
    const ratioP95 = Math.round((appLatency.p95Ms / plainLatency.p95Ms) * 100) / 100;
    return {
      catalogue,
      rows: total,
      visibleRows,
      timedKeystrokes: appTimes.length,
      app: appLatency,
      plainPage: plainLatency,
      ratioP95,
      targetRatio: targets.ratio,
      ...(targets.p95Ms === undefined ? {} : { targetP95Ms: targets.p95Ms }),
      meetsTarget: ratioP95 <= targets.ratio && (targets.p95Ms === undefined || appLatency.p95Ms < targets.p95Ms),
    };
  } finally {
    await browser.close();
  }
}

async function withHost<T>(run: (host: IsolatedHost) => Promise<T>): Promise<T> {
  const host = await startIsolatedHost();
  try {
    return await run(host);
  } finally {
    await host.dispose();
  }
}

async function withImport(fileName: string, content: string, catalogue: string, targets: { ratio: number; p95Ms?: number }): Promise<FilterTiming> {
  return withHost(async (host) => {
    await callHost(host, 'importLandscape', { fileName, content });
    return measure(catalogue, host, targets);
  });
}

/** The catalogues timed, by a short name that picks them on the command line. */
const cases: { name: string; run: () => Promise<FilterTiming> }[] = [
  { name: 'built-in', run: () => withHost((host) => measure('built-in', host, { ratio: 1.2, p95Ms: 16.7 })) },
  {
    name: 'synthetic-2400',
    run: () => withImport('synthetic.yml', syntheticLandscapeYaml(2_400), 'built-in + 2400 synthetic', { ratio: 1.2, p95Ms: 16.7 }),
  },
  {
    name: 'landscape',
    run: async () => {
      const landscape = await readFile(LANDSCAPE_2026, 'utf8').catch(() => undefined);
      return landscape === undefined
        ? { catalogue: 'built-in + cncf-landscape-2026-08-07', skipped: '../shared/data is absent in this checkout' }
        : withImport('cncf-landscape-2026-08-07.yml', landscape, 'built-in + cncf-landscape-2026-08-07', { ratio: 1.2, p95Ms: 16.7 });
    },
  },
  {
    name: 'synthetic-50000',
    run: () => withImport('synthetic.yml', syntheticLandscapeYaml(SYNTHETIC_ITEMS), `built-in + ${SYNTHETIC_ITEMS} synthetic`, { ratio: 1.5 }),
  },
];

/** Times every catalogue, or only those named in `only` (`npx tsx tests/bench/catalogue-filter.ts landscape synthetic-50000`). */
export async function benchCatalogueFilter(only: readonly string[] = []): Promise<FilterTiming[]> {
  const unknown = only.filter((name) => !cases.some((entry) => entry.name === name));
  if (unknown.length > 0) throw new Error(`Unknown catalogue ${unknown.join(', ')}; known: ${cases.map((entry) => entry.name).join(', ')}`);
  const results: FilterTiming[] = [];
  for (const entry of cases) if (only.length === 0 || only.includes(entry.name)) results.push(await entry.run());
  return results;
}

if (isMainModule(import.meta.url)) console.log(JSON.stringify(await benchCatalogueFilter(process.argv.slice(2)), null, 2));
