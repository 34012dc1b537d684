import { chmod, mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WEB_HOST_TOKEN_HEADER } from '../../shared/ipc/web-transport';
import { createHandlers } from '../core/handlers';
import { HOST_IDENTITY_FILE, type PersistentWebHost, readHostIdentity, startPersistentWebHost } from './host-identity';

let root: string;
let rendererDir: string;
let dataDir: string;
const running: PersistentWebHost[] = [];

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'kube-planner-identity-'));
  rendererDir = join(root, 'renderer');
  dataDir = join(root, 'data');
  await mkdir(rendererDir);
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Kube Planner</title>');
});
afterEach(async () => {
  await Promise.all(running.splice(0).map((host) => host.close().catch(() => undefined)));
  await rm(root, { recursive: true, force: true });
});

async function start(options: { port?: number; newToken?: boolean } = {}): Promise<PersistentWebHost> {
  const handlers = createHandlers({ dataDir, transport: 'web', version: '1', locale: 'en', openExternal: async () => false });
  const host = await startPersistentWebHost({ handlers, rendererDir, dataDir, ...options });
  running.push(host);
  return host;
}

async function answersWith(host: PersistentWebHost, token: string): Promise<number> {
  const response = await fetch(`${host.origin}/api/getAppInfo`, {
    method: 'POST',
    headers: { [WEB_HOST_TOKEN_HEADER]: token, 'content-type': 'application/json' },
    body: '{}',
  });
  return response.status;
}

/** A port nothing listens on now: the OS hands out a free one, which is then released. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('startPersistentWebHost', () => {
  it('keeps port and token across a restart on the same data folder, so the old token still works', async () => {
    const first = await start();
    await first.close();
    const second = await start();
    expect(second.port).toBe(first.port);
    expect(second.token).toBe(first.token);
    expect(second.url).toBe(first.url);
    expect(await answersWith(second, first.token)).toBe(200);
    expect(second.notices).toEqual([]);
  });

  it('keeps them in a file only its owner can read or write', async () => {
    const host = await start();
    const file = join(dataDir, HOST_IDENTITY_FILE);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ port: host.port, token: host.token });
  });

  it('makes a file that others could read owner-only again when it rewrites it', async () => {
    const first = await start();
    await first.close();
    await chmod(join(dataDir, HOST_IDENTITY_FILE), 0o644);
    await start();
    expect((await stat(join(dataDir, HOST_IDENTITY_FILE))).mode & 0o777).toBe(0o600);
  });

  it('rotates the token with newToken and refuses the old one', async () => {
    const first = await start();
    await first.close();
    const second = await start({ newToken: true });
    expect(second.token).not.toBe(first.token);
    expect(second.port).toBe(first.port);
    expect(await answersWith(second, first.token)).toBe(401);
    expect((await readHostIdentity(dataDir))?.token).toBe(second.token);
  });

  it('honours an explicit port and keeps it for the next start', async () => {
    const wanted = await freePort();
    const first = await start({ port: wanted });
    expect(first.origin).toBe(`http://127.0.0.1:${wanted}`);
    await first.close();
    expect((await start()).port).toBe(wanted);
  });

  it('fails on an explicit port that is taken, rather than starting elsewhere', async () => {
    const first = await start();
    await expect(start({ port: first.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
  });

  it('starts on a free port, with the same token, when the kept port is taken, and says so', async () => {
    const first = await start();
    const second = await start();
    expect(second.port).not.toBe(first.port);
    expect(second.token).toBe(first.token);
    expect(second.notices).toEqual([{ kind: 'kept-port-busy', keptPort: first.port }]);
  });

  it.each([
    ['not JSON', '{oops'],
    ['a short token', JSON.stringify({ port: 4000, token: 'abc' })],
    ['a port out of range', JSON.stringify({ port: 70_000, token: 'a'.repeat(64) })],
    ['an unknown field', JSON.stringify({ port: 4000, token: 'a'.repeat(64), admin: true })],
  ])('starts with a new identity over a file with %s', async (_case, text) => {
    await mkdir(dataDir, { recursive: true });
    await writeFile(join(dataDir, HOST_IDENTITY_FILE), text);
    const host = await start();
    expect(host.token).toMatch(/^[0-9a-f]{64}$/);
    expect(host.token).not.toBe('a'.repeat(64));
    expect(await readHostIdentity(dataDir)).toEqual({ port: host.port, token: host.token });
  });

  it('still starts where the data folder cannot be written, and says the identity is not kept', async () => {
    // A file where the folder should be fails for root too, unlike a folder without write permission.
    await writeFile(dataDir, 'not a folder');
    const host = await start();
    expect(await answersWith(host, host.token)).toBe(200);
    expect(host.notices).toEqual([{ kind: 'identity-not-kept', reason: expect.stringContaining(HOST_IDENTITY_FILE) }]);
  });
});
