import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { createHandlers } from '../core/handlers';
import { WEB_HOST_TOKEN_HEADER as TOKEN_HEADER } from '../../shared/ipc/web-transport';
import { type WebHost, startWebHost } from './web-host';

let host: WebHost;
let root: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'kube-planner-web-'));
  const rendererDir = join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Kube Planner</title>');
  await writeFile(join(root, 'secret.txt'), 'outside the renderer');
  const handlers = createHandlers({ dataDir: join(root, 'data'), transport: 'web', version: '1', locale: 'en', openExternal: async () => false });
  host = await startWebHost({ handlers, rendererDir });
});
afterAll(async () => {
  await host.close();
  await rm(root, { recursive: true, force: true });
});

/** Raw HTTP, so the test controls the Host and Origin headers a browser would not let it set. */
function send(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const { port } = new URL(host.origin);
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const call = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
      },
    );
    call.on('error', reject);
    call.end(options.body);
  });
}

const authorized = () => ({ [TOKEN_HEADER]: host.token, 'content-type': 'application/json' });

describe('startWebHost', () => {
  it('listens on 127.0.0.1 only and puts the token in the URL fragment', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(host.url).toBe(`${host.origin}/#token=${host.token}`);
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
  });

  it('serves the renderer with the app CSP', async () => {
    const response = await send('/');
    expect(response.status).toBe(200);
    expect(response.body).toContain('Kube Planner');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('does not serve files outside the renderer folder', async () => {
    const response = await send('/..%2Fsecret.txt');
    expect([403, 404]).toContain(response.status);
    expect(response.body).not.toContain('outside the renderer');
  });

  it('runs a contract call with the token', async () => {
    const response = await send('/api/computeDowntimeBudget', {
      method: 'POST',
      headers: authorized(),
      body: JSON.stringify({ availabilityPercent: 99.9 }),
    });
    expect(JSON.parse(response.body)).toMatchObject({ ok: true, value: { seconds: { year: 31536 } } });
  });

  it('serves the SLA channels the CLI uses, a composite tree crossing as JSON', async () => {
    const tree = { kind: 'parallel', children: [{ kind: 'component', name: 'a', availabilityPercent: 99 }, { kind: 'component', name: 'b', availabilityPercent: 99 }] };
    const response = await send('/api/evaluateComposite', { method: 'POST', headers: authorized(), body: JSON.stringify({ tree }) });
    const body = JSON.parse(response.body) as { ok: true; value: { evaluated: { unavailability: number; node: unknown } } };
    expect(body.value.evaluated.node).toEqual(tree);
    expect(body.value.evaluated.unavailability).toBeCloseTo(0.0001, 12);
  });

  it('refuses a call without the token, or with a wrong one', async () => {
    for (const headers of [{}, { [TOKEN_HEADER]: 'f'.repeat(64) }] as Record<string, string>[]) {
      const response = await send('/api/getAppInfo', { method: 'POST', headers, body: '{}' });
      expect(response.status).toBe(401);
      expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'unauthorized', i18n: { key: 'web.unauthorized' } } });
    }
  });

  it('refuses a call from another origin even with the token', async () => {
    const response = await send('/api/getAppInfo', {
      method: 'POST',
      headers: { ...authorized(), origin: 'http://evil.example' },
      body: '{}',
    });
    expect(response.status).toBe(403);
    expect(JSON.parse(response.body)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender', i18n: { key: 'web.forbiddenOrigin', params: { origin: 'http://evil.example' } } },
    });
  });

  it('refuses a request addressed to another host name (DNS rebinding), localhost included', async () => {
    const { port } = new URL(host.origin);
    for (const name of ['rebind.example:80', `localhost:${port}`]) {
      expect((await send('/', { headers: { host: name } })).status).toBe(421);
    }
  });

  it('answers a malformed escape in a path with 404, not a server error', async () => {
    expect((await send('/%E0%A4%A')).status).toBe(404);
  });

  it('names an oversized request as such, not as bad JSON', async () => {
    const response = await send('/api/importLandscape', {
      method: 'POST',
      headers: authorized(),
      body: 'x'.repeat(65 * 1024 * 1024),
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ ok: false, error: { code: 'file-too-large' } });
  });

  it('answers a malformed payload with a clear error', async () => {
    const notJson = await send('/api/computeDowntimeBudget', { method: 'POST', headers: authorized(), body: '{oops' });
    expect(JSON.parse(notJson.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    const wrongShape = await send('/api/computeDowntimeBudget', {
      method: 'POST',
      headers: authorized(),
      body: JSON.stringify({ availabilityPercent: 'high' }),
    });
    const body = JSON.parse(wrongShape.body);
    expect(body).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(body.error.message).toContain('availabilityPercent');
  });

  it('answers an unknown channel with 404 and GET on the API with 405', async () => {
    expect((await send('/api/nope', { method: 'POST', headers: authorized(), body: '{}' })).status).toBe(404);
    expect((await send('/api/getAppInfo', { headers: authorized() })).status).toBe(405);
  });
});
