import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/ipc/contract';
import { WEB_HOST_TOKEN_HEADER } from '../../shared/ipc/web-transport';
import { createHandlers } from '../core/handlers';
import { type WebHost, requestPathname, startWebHost } from './web-host';

let host: WebHost;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kube-planner-hostile-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Kube Planner</title>');
  const handlers = createHandlers({ dataDir: join(root, 'data'), transport: 'web', version: '1', locale: 'en', openExternal: async () => false });
  host = await startWebHost({ handlers, rendererDir });
});
afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

/** How long a raw request may wait for its answer before the test calls it unanswered. */
const ANSWER_TIMEOUT_MS = 5_000;

/**
 * Writes bytes to the host over a bare TCP socket (no HTTP client would send these) and resolves
 * with everything it answers until it closes the connection. The socket is half-closed only when
 * asked (a client giving up mid-request): Node's server drops a request whose client has ended.
 */
function rawExchange(bytes: string | Buffer, { giveUp = false } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port: host.port });
    const chunks: Buffer[] = [];
    socket.setTimeout(ANSWER_TIMEOUT_MS, () => {
      socket.destroy();
      reject(new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms to ${JSON.stringify(bytes.toString().slice(0, 200))}`));
    });
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', () => socket.destroy());
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('latin1')));
    if (giveUp) socket.end(bytes);
    else socket.write(bytes);
  });
}

function statusOf(answer: string): number {
  const match = /^HTTP\/1\.1 (\d{3}) /.exec(answer);
  return match ? Number(match[1]) : 0;
}

const hostHeader = () => `127.0.0.1:${host.port}`;

function request(method: string, target: string, headers: [string, string][] = [], body = ''): string {
  const lines = [`${method} ${target} HTTP/1.1`, ...headers.map(([name, value]) => `${name}: ${value}`)];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** A well-formed call, to show the host is alive and still takes the token it started with. */
async function appInfoWithToken(token: string): Promise<number> {
  const answer = await rawExchange(
    request('POST', '/api/getAppInfo', [
      ['Host', hostHeader()],
      [WEB_HOST_TOKEN_HEADER, token],
      ['Content-Type', 'application/json'],
      ['Content-Length', '2'],
      ['Connection', 'close'],
    ], '{}'),
  );
  return statusOf(answer);
}

/** The request-targets of issue 12, each of which ended the host through an unguarded `new URL`. */
const CRASHING_TARGETS = ['//', 'http://[', '//%/', '///', '//[::1', '//@/', '//:99999/', 'http://', '//%00/', '/\\/'];

describe('requestPathname', () => {
  it('keeps origin-form targets as paths and refuses every other form', () => {
    expect(requestPathname('/api/getAppInfo?x=1')).toBe('/api/getAppInfo');
    expect(requestPathname('//')).toBe('//');
    expect(requestPathname('//%/')).toBe('//%/');
    expect(requestPathname('http://[')).toBeNull();
    expect(requestPathname('http://127.0.0.1/api/getAppInfo')).toBeNull();
    expect(requestPathname('*')).toBeNull();
    expect(requestPathname(undefined)).toBeNull();
  });
});

describe('the browser host under hostile requests', () => {
  it.each(CRASHING_TARGETS)('answers the request-target %j with a status code and keeps running', async (target) => {
    const answer = await rawExchange(request('GET', target, [['Host', hostHeader()], ['Connection', 'close']]));
    expect(statusOf(answer)).toBeGreaterThanOrEqual(400);
    expect(statusOf(answer)).toBeLessThan(500);
    expect(await appInfoWithToken(host.token)).toBe(200);
  });

  it('answers the same targets without a Host header, or with the wrong one, and on the API path', async () => {
    for (const target of CRASHING_TARGETS) {
      for (const headers of [[], [['Host', 'rebind.example']]] as [string, string][][]) {
        expect(statusOf(await rawExchange(request('GET', target, [...headers, ['Connection', 'close']])))).toBeGreaterThanOrEqual(400);
      }
      const api = await rawExchange(request('POST', `/api/${target}`, [['Host', hostHeader()], ['Content-Length', '0'], ['Connection', 'close']]));
      expect(statusOf(api)).toBeGreaterThanOrEqual(400);
    }
    expect(await appInfoWithToken(host.token)).toBe(200);
  });

  it('answers a method other than GET or HEAD on a page with 405', async () => {
    const answer = await rawExchange(request('DELETE', '/', [['Host', hostHeader()], ['Connection', 'close']]));
    expect(statusOf(answer)).toBe(405);
  });

  it('answers an interrupted body, duplicated headers and invalid UTF-8 without failing', async () => {
    const token = [WEB_HOST_TOKEN_HEADER, host.token] as [string, string];
    const cases: (string | Buffer)[] = [
      request('POST', '/api/getAppInfo', [['Host', hostHeader()], token, ['Content-Length', '100']], '{"half'),
      request('POST', '/api/getAppInfo', [['Host', hostHeader()], token, token, ['Content-Length', '2'], ['Connection', 'close']], '{}'),
      request('POST', '/api/getAppInfo', [['Host', hostHeader()], ['Host', 'rebind.example'], ['Content-Length', '0'], ['Connection', 'close']]),
      Buffer.concat([
        Buffer.from(request('POST', '/api/computeDowntimeBudget', [['Host', hostHeader()], token, ['Content-Length', '4'], ['Connection', 'close']])),
        Buffer.from([0xff, 0xfe, 0x7b, 0x7d]),
      ]),
      request('POST', '/api/getAppInfo', [['Host', hostHeader()], token, ['Transfer-Encoding', 'chunked'], ['Connection', 'close']], 'zz\r\n{}\r\n0\r\n\r\n'),
    ];
    const [interrupted, ...complete] = cases;
    await rawExchange(interrupted!, { giveUp: true });
    for (const bytes of complete) expect(statusOf(await rawExchange(bytes))).toBeGreaterThanOrEqual(200);
    expect(await appInfoWithToken(host.token)).toBe(200);
  });

  it('survives thousands of malformed requests and still answers with the same token', { timeout: 240_000 }, async () => {
    const tokenBefore = host.token;
    const printable = fc.string({ unit: fc.integer({ min: 0x21, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 40 });
    const target = fc.oneof(
      fc.constantFrom(...CRASHING_TARGETS),
      fc.constantFrom(...channelNames).map((channel) => `/api/${channel}`),
      printable.map((text) => `/${text}`),
      printable.map((text) => `//${text}`),
      printable,
      fc.webUrl(),
      fc.webPath(),
    );
    const headerValue = fc.oneof(printable, fc.string({ maxLength: 30 }).map((text) => text.replace(/[\r\n]/g, ' ')));
    const header = fc.oneof(
      fc.constant<[string, string]>(['Host', `127.0.0.1:${host.port}`]),
      headerValue.map((value): [string, string] => ['Host', value]),
      fc.constantFrom(tokenBefore, 'f'.repeat(64), '').map((value): [string, string] => [WEB_HOST_TOKEN_HEADER, value]),
      fc.constantFrom(`http://127.0.0.1:${host.port}`, 'null', 'http://evil.example', '').map((value): [string, string] => ['Origin', value]),
      fc.constantFrom('application/json', 'text/plain', '').map((value): [string, string] => ['Content-Type', value]),
      fc.tuple(printable, headerValue),
    );
    const body = fc.oneof(fc.constant(''), fc.json(), fc.string({ maxLength: 200 }), fc.jsonValue().map((value) => JSON.stringify({ plan: value })));
    const method = fc.oneof(fc.constantFrom('GET', 'POST', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH'), printable);
    const malformedRequest = fc.record({ method, target, headers: fc.array(header, { maxLength: 6 }), body });

    let answered = 0;
    await fc.assert(
      fc.asyncProperty(malformedRequest, async ({ method: verb, target: path, headers, body: content }) => {
        const length = Buffer.byteLength(content);
        const answer = await rawExchange(request(verb, path, [...headers, ['Content-Length', String(length)], ['Connection', 'close']], content));
        // Node's parser answers what it cannot parse with 400; everything it parses reaches our router.
        expect(statusOf(answer)).toBeGreaterThanOrEqual(200);
        answered += 1;
      }),
      { numRuns: 3_000 },
    );
    expect(answered).toBe(3_000);
    expect(host.token).toBe(tokenBefore);
    expect(await appInfoWithToken(tokenBefore)).toBe(200);
  });
});
