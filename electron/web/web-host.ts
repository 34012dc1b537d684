import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { fail, failure } from '../../shared/ipc/result';
import { UserError } from '../../shared/user-error';
import { WEB_HOST_TOKEN_HEADER } from '../../shared/ipc/web-transport';
import { RENDERER_CONTENT_TYPES, RENDERER_RESPONSE_HEADERS } from '../../shared/security/renderer-responses';
import type { Handlers } from '../core/dispatch';
import { resolveRendererPath } from '../core/renderer-files';

/** Landscape files may be up to 50 MB; JSON string escaping can grow them a little further. */
const MAX_REQUEST_BYTES = 64 * 1024 * 1024;

export type WebHost = {
  /** The address to open, with the session token in the fragment so it never reaches a server log. */
  url: string;
  origin: string;
  port: number;
  token: string;
  close: () => Promise<void>;
};

export type WebHostOptions = {
  /**
   * The contract's handlers, or a function that loads them. The host then listens at once and calls
   * it once it has sent a script of the page and no other file is on its way, so they load while the
   * browser parses (the host has one thread: loading sooner would hold the page's files back), or on
   * the first API call if that comes first. API calls wait for them.
   */
  handlers: Handlers | (() => Promise<Handlers>);
  /** The built renderer (electron-vite's out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** The session token; a new random one when absent (see host-identity.ts for the kept one). */
  token?: string;
};

export function createSessionToken(): string {
  return randomBytes(32).toString('hex');
}

/**
 * The path of an origin-form request-target ("/path?query"), or null for any other form. The
 * target is appended to a fixed origin rather than resolved against it, so "//", "//%/" or "///"
 * stay paths instead of becoming (invalid) host names; absolute-form ("http://[") and "*" are refused.
 */
export function requestPathname(target: string | undefined): string | null {
  if (target === undefined || !target.startsWith('/')) return null;
  try {
    return new URL(`http://host${target}`).pathname;
  } catch {
    return null;
  }
}

function tokensMatch(expected: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  sendSerializedJson(response, status, JSON.stringify(body));
}

function sendSerializedJson(response: ServerResponse, status: number, json: string): void {
  response.writeHead(status, { ...RENDERER_RESPONSE_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(json);
}

/**
 * The build names every file under assets/ by its content's hash, so one of them never changes:
 * the browser keeps it, and with it the compiled script, for every later load (a reload, the
 * language switch). The page itself, which names them, is asked for again each time.
 */
function cachePolicy(urlPath: string): string {
  return urlPath.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache';
}

class RequestTooLargeError extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new RequestTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the renderer and the same handlers as Electron's main process over HTTP. It listens on
 * 127.0.0.1 only, and every API call must carry the per-session token and come from its own
 * origin, so neither another local page nor a DNS-rebinding site can drive it.
 */
export async function startWebHost({ handlers, rendererDir, port = 0, token = createSessionToken() }: WebHostOptions): Promise<WebHost> {
  let origin = '';
  let allowedHost = '';
  let loaded = typeof handlers === 'function' ? undefined : Promise.resolve(handlers);
  const loadHandlers = (): Promise<Handlers> => (loaded ??= (handlers as () => Promise<Handlers>)());
  // The page's files being sent, and whether a script is among those sent: the handlers load once
  // a script has gone and nothing else is on its way (the page asks for its script, stylesheet and
  // preloaded modules at once, and needs them all before it runs).
  let filesBeingSent = 0;
  let scriptSent = false;
  function fileSent(wasScript: boolean): void {
    filesBeingSent -= 1;
    scriptSent ||= wasScript;
    // A failed load answers each API call with its reason (see answerFailure); nothing to do here.
    if (loaded === undefined && scriptSent && filesBeingSent === 0) void loadHandlers().catch(() => undefined);
  }

  async function serveApi(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') {
      response.writeHead(405, { ...RENDERER_RESPONSE_HEADERS, Allow: 'POST' });
      response.end();
      return;
    }
    const requestOrigin = request.headers.origin;
    if (requestOrigin !== undefined && requestOrigin !== origin) {
      sendJson(
        response,
        403,
        failure(new UserError('forbidden-sender', 'web.forbiddenOrigin', { origin: requestOrigin })),
      );
      return;
    }
    const givenToken = request.headers[WEB_HOST_TOKEN_HEADER];
    if (!tokensMatch(token, Array.isArray(givenToken) ? givenToken[0] : givenToken)) {
      sendJson(response, 401, failure(new UserError('unauthorized', 'web.unauthorized')));
      return;
    }
    let payload: unknown;
    try {
      const body = await readBody(request);
      payload = body.length === 0 ? undefined : JSON.parse(body);
    } catch (error) {
      if (error instanceof RequestTooLargeError) {
        // The rest of the body is never read, so the connection cannot carry another request.
        response.setHeader('Connection', 'close');
        sendJson(response, 413, fail('file-too-large', `The request is larger than ${MAX_REQUEST_BYTES / (1024 * 1024)} MB.`));
      } else {
        sendJson(response, 400, fail('invalid-request', `The request body is not valid JSON: ${(error as Error).message}`));
      }
      return;
    }
    const [{ answerCall }, ready] = await Promise.all([import('./web-api'), loadHandlers()]);
    const answer = await answerCall(ready, channel, payload);
    sendSerializedJson(response, answer.status, answer.json);
  }

  async function serveFile(request: IncomingMessage, response: ServerResponse, urlPath: string): Promise<void> {
    filesBeingSent += 1;
    let isScript = false;
    response.once('close', () => fileSent(isScript));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...RENDERER_RESPONSE_HEADERS, Allow: 'GET, HEAD' });
      response.end();
      return;
    }
    const file = await resolveRendererPath(rendererDir, urlPath);
    if (file === null) {
      response.writeHead(404, { ...RENDERER_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Not found');
      return;
    }
    response.writeHead(200, {
      ...RENDERER_RESPONSE_HEADERS,
      'Content-Type': RENDERER_CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': cachePolicy(urlPath),
    });
    isScript = extname(file) === '.js';
    response.end(await readFile(file));
  }

  function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    // A page on another host name that resolves to 127.0.0.1 (DNS rebinding) gets nothing.
    if (request.headers.host !== allowedHost) {
      response.writeHead(421, RENDERER_RESPONSE_HEADERS);
      response.end();
      return Promise.resolve();
    }
    const pathname = requestPathname(request.url);
    if (pathname === null) {
      response.writeHead(400, { ...RENDERER_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('Bad request-target');
      return Promise.resolve();
    }
    return pathname.startsWith('/api/')
      ? serveApi(request, response, pathname.slice('/api/'.length))
      : serveFile(request, response, pathname);
  }

  function answerFailure(response: ServerResponse, error: unknown): void {
    if (!response.headersSent) sendJson(response, 500, fail('internal', error instanceof Error ? error.message : String(error)));
    else response.destroy();
  }

  // Whatever a request carries, it gets an answer: nothing it sends may throw out of this listener,
  // which would end the host and strand the open tab's unsaved edits.
  const server = createServer((request, response) => {
    try {
      route(request, response).catch((error: unknown) => answerFailure(response, error));
    } catch (error) {
      answerFailure(response, error);
    }
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: boundPort } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${boundPort}`;
  // One host name only: the page's Origin must match the API's, so "localhost" would load the page
  // and then have every call refused.
  allowedHost = `127.0.0.1:${boundPort}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port: boundPort,
    token,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
