/**
 * From starting the browser host (`node out/node/web-host.js`, as `npm run web` does after building)
 * to the catalogue grid's first rows on screen in Debian Chromium, on a data folder holding an import
 * of ~2,500 and of 50,000 rows. The browser is started beforehand: its launch is not the app's time.
 * The same load also weighs the script the catalogue page fetches, gzip-compressed as a server would.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
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
      /** Host process spawned → first catalogue row in the grid. */
      hostStartToGridMedianMs: number;
      hostStartToGridMaxMs: number;
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

async function oneColdStart(browser: Browser, dataDir: string, scriptBytes?: Map<string, number>): Promise<number> {
  const page = await browser.newPage({ viewport: { width: 1360, height: 820 } });
  if (scriptBytes) {
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      void response.body().then((body) => scriptBytes.set(new URL(response.url()).pathname, gzipSync(body).length));
    });
  }
  const started = performance.now();
  const host = spawn(process.execPath, [HOST_BUNDLE, '--port', '0', '--new-token'], {
    env: { ...process.env, KUBE_PLANNER_DATA_DIR: dataDir, LANG: 'en_US.UTF-8' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await page.goto(await waitForAddress(host));
    await page.waitForSelector('[role="grid"] [role="row"][data-row-id]', { timeout: 120_000 });
    return performance.now() - started;
  } finally {
    await page.close();
    host.kill('SIGTERM');
    await new Promise((done) => (host.exitCode === null ? host.once('exit', done) : done(undefined)));
  }
}

export async function benchHostColdStart(): Promise<{ hostColdStart: HostColdStart[]; catalogueScript: CatalogueScriptWeight | { skipped: string } }> {
  if (!existsSync(HOST_BUNDLE)) {
    const skipped = 'out/node/web-host.js is not built (npm run build)';
    return { hostColdStart: [{ catalogue: 'any', skipped }], catalogueScript: { skipped } };
  }
  const browser = await chromium.launch(chromiumLaunchOptions);
  const hostColdStart: HostColdStart[] = [];
  const scriptBytes = new Map<string, number>();
  try {
    for (const [items, targetMs] of [[2_400, HOST_START_TARGET_MS], [SYNTHETIC_ITEMS, undefined]] as const) {
      const { dataDir, rows } = await dataDirWithImport(items);
      try {
        const times: number[] = [];
        for (let round = 0; round < ROUNDS; round += 1) times.push(await oneColdStart(browser, dataDir, hostColdStart.length === 0 && round === 0 ? scriptBytes : undefined));
        const median = percentile(times, 0.5);
        hostColdStart.push({
          catalogue: `built-in + ${items} synthetic`,
          rows,
          rounds: ROUNDS,
          hostStartToGridMedianMs: median,
          hostStartToGridMaxMs: percentile(times, 1),
          ...(targetMs === undefined ? {} : { targetMs, meetsTarget: median <= targetMs }),
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

if (isMainModule(import.meta.url)) console.log(JSON.stringify(await benchHostColdStart(), null, 2));
