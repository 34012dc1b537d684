import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WEB_HOST_TOKEN_HEADER } from '../../shared/ipc/web-transport';
import type { Handlers } from '../core/dispatch';
import { createHandlers } from '../core/handlers';
import { type WebHost, startWebHost } from './web-host';

let root: string;
let rendererDir: string;
let host: WebHost | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kube-planner-web-loading-'));
  rendererDir = join(root, 'renderer');
  await mkdir(join(rendererDir, 'assets'), { recursive: true });
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Kube Planner</title><script type="module" src="./assets/index.js"></script>');
  await writeFile(join(rendererDir, 'assets/index.js'), 'console.log("page");');
  await writeFile(join(rendererDir, 'assets/index.css'), 'body {}');
});
afterEach(async () => {
  await host?.close();
  host = undefined;
  await rm(root, { recursive: true, force: true });
});

/** A loader of real handlers that counts its calls. */
function countingLoader(): { load: () => Promise<Handlers>; calls: () => number } {
  let calls = 0;
  return {
    load: async () => {
      calls += 1;
      return createHandlers({ dataDir: join(root, 'data'), transport: 'web', version: '1', locale: 'en', openExternal: async () => false });
    },
    calls: () => calls,
  };
}

async function startWith(load: () => Promise<Handlers>): Promise<WebHost> {
  host = await startWebHost({ handlers: load, rendererDir });
  return host;
}

function get(started: WebHost, path: string): Promise<Response> {
  return fetch(`${started.origin}${path}`);
}

function call(started: WebHost, channel: string): Promise<Response> {
  return fetch(`${started.origin}/api/${channel}`, {
    method: 'POST',
    headers: { [WEB_HOST_TOKEN_HEADER]: started.token, 'content-type': 'application/json' },
    body: '{}',
  });
}

/** The loader would start once the response has closed: time enough for that to happen, were it to. */
const aTurnLater = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('startWebHost with a handler loader', () => {
  it('serves the page and its stylesheet without loading the handlers', async () => {
    const loader = countingLoader();
    const started = await startWith(loader.load);
    expect((await get(started, '/')).status).toBe(200);
    expect((await get(started, '/assets/index.css')).status).toBe(200);
    await aTurnLater();
    expect(loader.calls()).toBe(0);
  });

  it('starts loading them once it has sent a script, and only once', async () => {
    const loader = countingLoader();
    const started = await startWith(loader.load);
    await (await get(started, '/assets/index.js')).text();
    await vi.waitFor(() => expect(loader.calls()).toBe(1));
    await (await get(started, '/assets/index.js')).text();
    const answer = await call(started, 'getAppInfo');
    expect(await answer.json()).toMatchObject({ ok: true, value: { transport: 'web', version: '1' } });
    expect(loader.calls()).toBe(1);
  });

  it('loads them for an API call that comes before any script', async () => {
    const loader = countingLoader();
    const started = await startWith(loader.load);
    const answer = await call(started, 'getAppInfo');
    expect(await answer.json()).toMatchObject({ ok: true, value: { locale: 'en' } });
    expect(loader.calls()).toBe(1);
  });

  it('answers every call with the reason when loading fails, and keeps serving the page', async () => {
    const started = await startWith(async () => {
      throw new Error('the data could not be read');
    });
    for (const channel of ['getAppInfo', 'getCatalogue']) {
      const answer = await call(started, channel);
      expect(answer.status).toBe(500);
      expect(await answer.json()).toMatchObject({ ok: false, error: { code: 'internal', message: 'the data could not be read' } });
    }
    expect((await get(started, '/')).status).toBe(200);
  });
});

describe('startWebHost caching', () => {
  it('lets the browser keep the hashed files under assets/ and asks it to check the page each time', async () => {
    const started = await startWith(countingLoader().load);
    expect((await get(started, '/assets/index.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get(started, '/')).headers.get('cache-control')).toBe('no-cache');
    expect((await get(started, '/index.html')).headers.get('cache-control')).toBe('no-cache');
  });
});
