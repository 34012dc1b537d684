/**
 * Keystroke-to-rendered-rows latency of the catalogue search, in Debian Chromium against the browser
 * host (run `npm run build` first): for each catalogue, one character is typed at a time and the time
 * from the input event to the grid's DOM change plus the next animation frame is recorded.
 *
 * Two numbers per keystroke: `frame` (DOM change, then the next requestAnimationFrame: when the new rows
 * can first be on screen) and `commit` (the DOM change alone: the app's own work). The frame time also
 * holds the wait for the display's next frame, up to 16.7 ms at 60 Hz wherever in a frame the key came.
 *
 * Only keystrokes that change how many products match are timed, because only those are sure to change
 * the grid (its aria-rowcount); the others are typed, left to settle and not counted.
 */
import { readFile } from 'node:fs/promises';
import { type Page, chromium } from '@playwright/test';
import { buildSearchText, matchesSearch } from '../../shared/catalogue/catalogue-search';
import { normalizeForMatching } from '../../shared/catalogue/normalize-name';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import { chromiumLaunchOptions } from '../support/chromium';
import { type IsolatedHost, startIsolatedHost } from '../support/web-host-fixture';
import { WEB_HOST_TOKEN_HEADER } from '../../shared/ipc/web-transport';
import { LANDSCAPE_2026, SYNTHETIC_ITEMS } from './landscape-import';
import { isMainModule } from './run-directly';
import { syntheticLandscapeYaml } from './synthetic-landscape';

const TIMED_KEYSTROKES = 40;

export type FilterTiming =
  | {
      catalogue: string;
      rows: number;
      timedKeystrokes: number;
      typedKeystrokes: number;
      /** Keystroke → DOM change → next animation frame. */
      p50Ms: number;
      p95Ms: number;
      maxMs: number;
      /** Keystroke → DOM change. */
      commitP50Ms: number;
      commitP95Ms: number;
      targetP95Ms: number;
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

type Keystroke = { value: string; timed: boolean };

/**
 * Words taken from the catalogue's own names, typed a letter at a time from an empty box; a keystroke
 * is timed when it changes the number of matches, computed here with the app's own search functions.
 */
function planKeystrokes(snapshot: CatalogueSnapshot): Keystroke[][] {
  const texts = snapshot.entries.map(buildSearchText);
  const countMatches = (query: string) => texts.reduce((count, text) => count + (matchesSearch(text, query) ? 1 : 0), 0);
  const words = [
    ...new Set(
      snapshot.entries
        .map((entry) => normalizeForMatching(entry.name).split(' ')[0] ?? '')
        .filter((word) => /^[a-z]{4,}$/u.test(word)),
    ),
  ];
  // A fixed walk through the names (a prime step), so every run types the same, varied words.
  const plan: Keystroke[][] = [];
  let timed = 0;
  for (let index = 0; timed < TIMED_KEYSTROKES && index < words.length; index += 1) {
    const word = words[(index * 7919) % words.length]!.slice(0, 8);
    let previous = texts.length;
    const strokes: Keystroke[] = [];
    for (let length = 1; length <= word.length && timed < TIMED_KEYSTROKES; length += 1) {
      const value = word.slice(0, length);
      const count = countMatches(value);
      const changes = count !== previous;
      strokes.push({ value, timed: changes });
      if (changes) timed += 1;
      previous = count;
    }
    plan.push(strokes);
  }
  return plan;
}

type KeystrokeTiming = { frame: number; commit: number };

/** Types one character's worth of change and, when timed, resolves with how long the update took. */
function typeIntoSearch(page: Page, keystroke: Keystroke): Promise<KeystrokeTiming | null> {
  return page.evaluate(({ value, timed }) => {
    const input = document.querySelector<HTMLInputElement>('.search-input')!;
    const grid = document.querySelector<HTMLElement>('[role="grid"]')!;
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    return new Promise<KeystrokeTiming | null>((resolve) => {
      let started = 0;
      if (timed) {
        const observer = new MutationObserver(() => {
          observer.disconnect();
          const commit = performance.now() - started;
          requestAnimationFrame(() => resolve({ frame: performance.now() - started, commit }));
        });
        observer.observe(grid, { subtree: true, childList: true, attributes: true, characterData: true });
      }
      started = performance.now();
      setValue.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      if (!timed) requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)));
    });
  }, keystroke);
}

async function clearSearch(page: Page, total: number): Promise<void> {
  await typeIntoSearch(page, { value: '', timed: false });
  await page.waitForFunction((rows) => document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount') === String(rows + 1), total);
}

async function measure(catalogue: string, host: IsolatedHost, targetP95Ms: number): Promise<FilterTiming> {
  const snapshot = await callHost<CatalogueSnapshot>(host, 'getCatalogue', {});
  const plan = planKeystrokes(snapshot);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
    await page.goto(host.url);
    await page.waitForSelector('[role="grid"] [role="row"][data-row-id]', { timeout: 180_000 });
    const frames: number[] = [];
    const commits: number[] = [];
    let typed = 0;
    // One unmeasured word first: the first search builds caches that later keystrokes reuse.
    for (const [index, strokes] of [plan[0] ?? [], ...plan].entries()) {
      for (const keystroke of strokes) {
        const elapsed = await typeIntoSearch(page, index === 0 ? { ...keystroke, timed: false } : keystroke);
        if (index > 0) typed += 1;
        if (elapsed !== null) {
          frames.push(elapsed.frame);
          commits.push(elapsed.commit);
        }
      }
      await clearSearch(page, snapshot.entries.length);
    }
    const p95Ms = percentile(frames, 0.95);
    return {
      catalogue,
      rows: snapshot.entries.length,
      timedKeystrokes: frames.length,
      typedKeystrokes: typed,
      p50Ms: percentile(frames, 0.5),
      p95Ms,
      maxMs: percentile(frames, 1),
      commitP50Ms: percentile(commits, 0.5),
      commitP95Ms: percentile(commits, 0.95),
      targetP95Ms,
      meetsTarget: p95Ms < targetP95Ms,
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

export async function benchCatalogueFilter(): Promise<FilterTiming[]> {
  const results: FilterTiming[] = [];
  results.push(await withHost((host) => measure('built-in', host, 16.7)));

  const landscape = await readFile(LANDSCAPE_2026, 'utf8').catch(() => undefined);
  results.push(
    landscape === undefined
      ? { catalogue: 'built-in + cncf-landscape-2026-08-07', skipped: '../shared/data is absent in this checkout' }
      : await withHost(async (host) => {
          await callHost(host, 'importLandscape', { fileName: 'cncf-landscape-2026-08-07.yml', content: landscape });
          return measure('built-in + cncf-landscape-2026-08-07', host, 16.7);
        }),
  );

  results.push(
    await withHost(async (host) => {
      await callHost(host, 'importLandscape', { fileName: 'synthetic.yml', content: syntheticLandscapeYaml(SYNTHETIC_ITEMS) });
      return measure(`built-in + ${SYNTHETIC_ITEMS} synthetic`, host, 50);
    }),
  );
  return results;
}

if (isMainModule(import.meta.url)) console.log(JSON.stringify(await benchCatalogueFilter(), null, 2));
