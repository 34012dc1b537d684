/**
 * From starting the browser host (`node out/node/web-host.js`, as `npm run web` does after building)
 * to the catalogue grid's first rows on screen in Debian Chromium, on a data folder holding an import
 * of ~2,500 and of 50,000 rows. The browser is started beforehand: its launch is not the app's time.
 * The same load also weighs the script the catalogue page fetches, gzip-compressed as a server would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium } from '@playwright/test';
import { dispatch } from '../../electron/core/dispatch';
import { createHandlers } from '../../electron/core/handlers';
import { chromiumLaunchOptions } from '../support/chromium';
import { percentile } from './catalogue-filter';
import { SYNTHETIC_ITEMS } from './landscape-import';
import { isMainModule } from './run-directly';
import { syntheticLandscapeYaml } from './synthetic-landscape';

const HOST_BUNDLE = resolve(import.meta.dirname, '../../out/node/web-host.js');
const ROUNDS = 3;
export const HOST_START_TARGET_MS = 1000;
export const CATALOGUE_SCRIPT_TARGET_GZIP_KB = 300;

export type HostColdStart =
  | {
      catalogue: string;
      rows: number;
      rounds: number;
      /** Host process spawned → the frame showing the first catalogue row painted. */
      hostStartToGridMedianMs: number;
      hostStartToGridMaxMs: number;
      medianStagesSinceSpawnMs: StartStages;
      /** The requests of the round whose time is the median: what waited for what. */
      medianRoundRequests: string[];
      getCatalogueServerMedianMs: number;
      getCatalogueMb: number;
      hostRssMedianMib?: number;
      targetMs?: number;
      meetsTarget?: boolean;
    }
  | { catalogue: string; skipped: string };

export type CatalogueScriptWeight = { scripts: number; gzipKb: number; targetGzipKb: number; meetsTarget: boolean };

/** A data folder whose stored import holds `items` synthetic products beside the built-in ones. */
async function dataDirWithImport(items: number): Promise<{ dataDir: string; rows: number }> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-bench-start-'));
  const handlers = createHandlers({ dataDir, transport: 'web', version: 'bench', locale: 'en', openExternal: async () => false });
  const imported = await dispatch(handlers, 'importLandscape', { fileName: 'synthetic.yml', content: syntheticLandscapeYaml(items) });
  if (!imported.ok) throw new Error(imported.error.message);
  return { dataDir, rows: (imported.value as { snapshot: { entries: unknown[] } }).snapshot.entries.length };
}

function waitForAddress(host: ChildProcess): Promise<string> {
  return new Promise((resolveAddress, reject) => {
    let output = '';
    host.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const address = /running at (http:\S+)/.exec(output);
      if (address) resolveAddress(address[1]!);
    });
    host.on('exit', (code) => reject(new Error(`the host exited (${code}) before it printed its address:\n${output}`)));
  });
}

/** Stages of one cold start, each in ms since the host process was spawned. */
export type StartStages = {
  /** The host printed its address: it listens. */
  hostListening: number;
  /** The page's HTML has arrived. */
  documentLoaded: number;
  /** main.tsx starts running: every script of the first screen fetched, parsed and evaluated. */
  scriptsEvaluated: number;
  /** The start-up calls (app info, preferences, plans, state notices) have all answered; the first screen goes to React. */
  startupCallsAnswered: number;
  /** The catalogue's answer has fully arrived. */
  catalogueReceived: number;
  /** The first catalogue row is in the DOM. */
  rowsInDom: number;
  /** The frame showing that row has been painted. */
  rowsPainted: number;
};

/**
 * Set up in the page before any of its scripts: waits for the first catalogue row in the DOM, then
 * for the frame that shows it (a task queued from requestAnimationFrame runs after that frame's paint).
 */
function watchForPaintedRows(selector: string): void {
  const marks = window as unknown as { rowsInDom?: number; rowsPainted?: number };
  const observer = new MutationObserver(() => {
    if (marks.rowsInDom !== undefined || !document.querySelector(selector)) return;
    marks.rowsInDom = performance.timeOrigin + performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const afterPaint = new MessageChannel();
      afterPaint.port1.onmessage = () => (marks.rowsPainted = performance.timeOrigin + performance.now());
      afterPaint.port2.postMessage(undefined);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

const GRID_ROW = '[role="grid"] [role="row"][data-row-id]';

type OneColdStart = {
  stages: StartStages;
  /** Each file and API call the page made: "path sent→answered", in ms since the spawn. */
  requests: string[];
  /** From the catalogue request sent to its answer's first byte: the host's work on it. */
  catalogueServerMs: number;
  /** The catalogue answer's body as sent (uncompressed: the host sends JSON as it is). */
  catalogueMb: number;
  /** The host's resident memory once the grid is on screen (Linux only). */
  hostRssMib?: number;
};

/** Resident memory of a process from /proc, where there is one. */
async function residentMib(pid: number | undefined): Promise<number | undefined> {
  if (pid === undefined || process.platform !== 'linux') return undefined;
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kib = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
  return kib === undefined ? undefined : Math.round(Number(kib) / 1024);
}

async function oneColdStart(browser: Browser, dataDir: string, scriptBytes?: Map<string, number>): Promise<OneColdStart> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
  await page.addInitScript(watchForPaintedRows, GRID_ROW);
  if (scriptBytes) {
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      void response.body().then((body) => scriptBytes.set(new URL(response.url()).pathname, gzipSync(body).length));
    });
  }
  const spawnedAt = performance.timeOrigin + performance.now();
  const host = spawn(process.execPath, [HOST_BUNDLE, '--port', '0', '--new-token'], {
    env: { ...process.env, KUBE_PLANNER_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const address = await waitForAddress(host);
    const hostListening = performance.timeOrigin + performance.now() - spawnedAt;
    await page.goto(address);
    await page.waitForFunction(() => (window as unknown as { rowsPainted?: number }).rowsPainted !== undefined, undefined, { timeout: 120_000 });
    // Written without local functions: tsx would wrap them in a helper the page does not have.
    const inPage = await page.evaluate(() => {
      const origin = performance.timeOrigin;
      const marks = Object.fromEntries(performance.getEntriesByType('mark').map((mark) => [mark.name, origin + mark.startTime]));
      const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const catalogue = performance.getEntriesByType('resource').find((entry) => entry.name.endsWith('/api/getCatalogue')) as PerformanceResourceTiming;
      const watched = window as unknown as { rowsInDom: number; rowsPainted: number };
      return {
        documentLoaded: origin + navigation.responseEnd,
        scriptsEvaluated: marks['kube-planner:scripts-evaluated'] ?? Number.NaN,
        startupCallsAnswered: marks['kube-planner:startup-calls-answered'] ?? Number.NaN,
        catalogueReceived: origin + catalogue.responseEnd,
        catalogueServerMs: catalogue.responseStart - catalogue.requestStart,
        catalogueBytes: catalogue.decodedBodySize,
        rowsInDom: watched.rowsInDom,
        rowsPainted: watched.rowsPainted,
        requests: performance.getEntriesByType('resource').map((entry) => ({
          name: new URL(entry.name).pathname,
          sent: origin + entry.startTime,
          answered: origin + (entry as PerformanceResourceTiming).responseEnd,
        })),
      };
    });
    const sinceSpawn = (epochMs: number) => epochMs - spawnedAt;
    const hostRssMib = await residentMib(host.pid);
    return {
      stages: {
        hostListening,
        documentLoaded: sinceSpawn(inPage.documentLoaded),
        scriptsEvaluated: sinceSpawn(inPage.scriptsEvaluated),
        startupCallsAnswered: sinceSpawn(inPage.startupCallsAnswered),
        catalogueReceived: sinceSpawn(inPage.catalogueReceived),
        rowsInDom: sinceSpawn(inPage.rowsInDom),
        rowsPainted: sinceSpawn(inPage.rowsPainted),
      },
      requests: inPage.requests.map(({ name, sent, answered }) => `${name} ${Math.round(sinceSpawn(sent))}→${Math.round(sinceSpawn(answered))}`),
      catalogueServerMs: inPage.catalogueServerMs,
      catalogueMb: inPage.catalogueBytes / 1024 / 1024,
      ...(hostRssMib === undefined ? {} : { hostRssMib }),
    };
  } finally {
    await page.close();
    host.kill('SIGTERM');
    await new Promise((done) => (host.exitCode === null ? host.once('exit', done) : done(undefined)));
  }
}

/** `smallOnly` times the ~2,500-row start alone (the target's size), for quick runs while tuning. */
export async function benchHostColdStart({ smallOnly = false } = {}): Promise<{ hostColdStart: HostColdStart[]; catalogueScript: CatalogueScriptWeight | { skipped: string } }> {
  if (!existsSync(HOST_BUNDLE)) {
    const skipped = 'out/node/web-host.js is not built (npm run build)';
    return { hostColdStart: [{ catalogue: 'any', skipped }], catalogueScript: { skipped } };
  }
  const browser = await chromium.launch(chromiumLaunchOptions);
  const hostColdStart: HostColdStart[] = [];
  const scriptBytes = new Map<string, number>();
  try {
    const sizes: [number, number | undefined][] = [[2_400, HOST_START_TARGET_MS], [SYNTHETIC_ITEMS, undefined]];
    for (const [items, targetMs] of smallOnly ? sizes.slice(0, 1) : sizes) {
      const { dataDir, rows } = await dataDirWithImport(items);
      try {
        const starts: OneColdStart[] = [];
        for (let round = 0; round < ROUNDS; round += 1) starts.push(await oneColdStart(browser, dataDir, hostColdStart.length === 0 && round === 0 ? scriptBytes : undefined));
        const median = (of: (start: OneColdStart) => number) => Math.round(percentile(starts.map(of), 0.5));
        const times = starts.map((start) => start.stages.rowsPainted);
        const medianMs = Math.round(percentile(times, 0.5));
        const stageNames = Object.keys(starts[0]!.stages) as (keyof StartStages)[];
        const rss = starts.flatMap((start) => (start.hostRssMib === undefined ? [] : [start.hostRssMib]));
        hostColdStart.push({
          catalogue: `built-in + ${items} synthetic`,
          rows,
          rounds: ROUNDS,
          hostStartToGridMedianMs: medianMs,
          hostStartToGridMaxMs: Math.round(percentile(times, 1)),
          medianStagesSinceSpawnMs: Object.fromEntries(stageNames.map((stage) => [stage, median((start) => start.stages[stage])])) as StartStages,
          medianRoundRequests: starts.reduce((nearest, start) =>
            Math.abs(start.stages.rowsPainted - medianMs) < Math.abs(nearest.stages.rowsPainted - medianMs) ? start : nearest,
          ).requests,
          getCatalogueServerMedianMs: median((start) => start.catalogueServerMs),
          getCatalogueMb: Math.round(starts[0]!.catalogueMb * 10) / 10,
          ...(rss.length === 0 ? {} : { hostRssMedianMib: Math.round(percentile(rss, 0.5)) }),
          ...(targetMs === undefined ? {} : { targetMs, meetsTarget: medianMs <= targetMs }),
        });
      } finally {
        await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
      }
    }
  } finally {
    await browser.close();
  }
  const gzipKb = Math.round(([...scriptBytes.values()].reduce((sum, bytes) => sum + bytes, 0) / 1024) * 10) / 10;
  return {
    hostColdStart,
    catalogueScript: { scripts: scriptBytes.size, gzipKb, targetGzipKb: CATALOGUE_SCRIPT_TARGET_GZIP_KB, meetsTarget: gzipKb <= CATALOGUE_SCRIPT_TARGET_GZIP_KB },
  };
}

if (isMainModule(import.meta.url)) console.log(JSON.stringify(await benchHostColdStart({ smallOnly: process.argv.includes('--small-only') }), null, 2));
