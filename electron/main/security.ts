import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import {
  BrowserWindow,
  type BrowserWindowConstructorOptions,
  type Session,
  type WebContents,
  app,
  protocol,
  shell,
} from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';
import { RENDERER_CONTENT_TYPES, RENDERER_RESPONSE_HEADERS } from '../../shared/security/renderer-responses';
import { resolveRendererPath } from '../core/renderer-files';

/**
 * The renderer is served from this privileged scheme instead of file://, so it has a real origin:
 * CSP 'self' means exactly our files, and file:// never needs its extra privileges.
 */
const APP_SCHEME = 'app';
const APP_HOST = 'kube-planner';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The only sites a link may open in the user's browser. Exact host names: a subdomain or a
 * look-alike (kubernetes.io.evil.com) is a different site and is refused.
 */
export const EXTERNAL_LINK_HOSTS: readonly string[] = [
  'kubernetes.io',
  'github.com',
  'landscape.cncf.io',
  'www.cncf.io',
  'thenewstack.io',
];

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * `electron-vite dev` serves the renderer from a local dev server and passes its address in
 * ELECTRON_RENDERER_URL. A packaged app ignores the variable, so nobody can point it elsewhere.
 */
function developmentRendererUrl(): URL | null {
  if (app.isPackaged) return null;
  const devUrl = parseUrl(process.env['ELECTRON_RENDERER_URL'] ?? '');
  if (devUrl === null || devUrl.protocol !== 'http:' || !LOOPBACK_HOSTS.has(devUrl.hostname)) return null;
  return devUrl;
}

/** The page the main window loads. */
export function rendererEntryUrl(): string {
  return developmentRendererUrl()?.href ?? APP_ENTRY_URL;
}

/** True for a URL on the app's own origin; everything else is foreign. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  if (parsed === null) return false;
  if (parsed.protocol === `${APP_SCHEME}:`) {
    // Node gives non-special schemes an opaque "null" origin, so compare the parts instead.
    return parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  }
  const devUrl = developmentRendererUrl();
  return devUrl !== null && parsed.origin === devUrl.origin;
}

/**
 * True only for an https URL with no credentials or port to disguise it, whose host is on the
 * allow-list or which is, exactly, a homepage or repository link the built-in catalogue ships: the
 * page cannot make up a destination.
 */
export function isAllowedExternalUrl(url: string, catalogueLinks: ReadonlySet<string> = new Set()): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    parsed.protocol === 'https:' &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === '' &&
    (EXTERNAL_LINK_HOSTS.includes(parsed.hostname) || catalogueLinks.has(parsed.href))
  );
}

/**
 * The app's only way to open the user's browser. Returns false, and opens nothing, for any URL
 * outside the allow-list.
 */
export async function openExternalSafely(url: string, catalogueLinks?: ReadonlySet<string>): Promise<boolean> {
  if (!isAllowedExternalUrl(url, catalogueLinks)) return false;
  // Checked against the https host allow-list just above; the OS gets the URL re-serialized, so
  // what it opens is exactly what was checked.
  await shell.openExternal(new URL(url).href); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
  return true;
}

const appWindowContentsIds = new Set<number>();

/** True for the web contents of a window made by `createSecureWindow`, the only ones IPC trusts. */
export function isAppWindowContents(contents: WebContents): boolean {
  return appWindowContentsIds.has(contents.id);
}

export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'> & {
  /** Absolute path of the bundled, sandboxed preload script. */
  preload: string;
};

/**
 * Every window is created here, so none can be made with weaker preferences. Each value is
 * spelled out even where it is Electron's default, so a changed default cannot weaken the app.
 */
export function createSecureWindow({ preload, ...windowOptions }: SecureWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    ...windowOptions,
    webPreferences: {
      // Our own bundled script: it exposes only the IPC contract's functions (electron/preload).
      preload /* eng-disable PRELOAD_JS_CHECK */,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      // Middle-click would ask for a new window; the window-open handler denies it anyway, and
      // with Auxclick off the page never even sees the event.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      plugins: false,
      enableWebSQL: false,
      safeDialogs: true,
      // A packaged app gives nobody a console into the page.
      devTools: !app.isPackaged,
    },
  });
  const contentsId = window.webContents.id;
  appWindowContentsIds.add(contentsId);
  window.webContents.once('destroyed', () => appWindowContentsIds.delete(contentsId));
  return window;
}

function blockUnlessAppUrl(event: Electron.Event<{ url: string }>): void {
  if (!isAppUrl(event.url)) event.preventDefault();
}

/**
 * Applied to every web contents the app ever creates: the page can never leave our origin, open a
 * window, or embed a webview. Allow-listed links opened as new windows go to the user's browser.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', blockUnlessAppUrl);
  contents.on('will-frame-navigate', blockUnlessAppUrl);
  contents.on('will-redirect', blockUnlessAppUrl);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      openExternalSafely(url).catch((error: unknown) => console.error(`Could not open ${url}:`, error));
    }
    return { action: 'deny' };
  });
}

/**
 * The guards that must exist before the app is ready: the sandbox for every renderer, our scheme's
 * privileges, and hardening of each web contents as it is created.
 */
export function installStartupGuards(): void {
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([
    // standard + secure give the scheme a real, secure origin; fetch of its own files is allowed,
    // and CORS stays off so no other origin can read them.
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/**
 * The session's guards, once the app is ready: no permission is ever granted, every response gets
 * our CSP, and our scheme serves the built renderer.
 */
export function hardenSession(session: Session, rendererDir: string): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = withoutContentSecurityPolicy(details.responseHeaders ?? {});
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.protocol.handle(APP_SCHEME, (request) => serveRendererFile(rendererDir, request.url));
}

/** Drops any policy a response brought, in any letter case, so ours is the one in force. */
function withoutContentSecurityPolicy(headers: Record<string, string | string[]>): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
  );
}

/** Maps an app:// URL to a file inside the renderer folder, or null (see resolveRendererPath). */
export async function resolveRendererFile(rendererDir: string, requestUrl: string): Promise<string | null> {
  const url = parseUrl(requestUrl);
  if (url === null || url.host !== APP_HOST) return null;
  return resolveRendererPath(rendererDir, url.pathname);
}

/** The app:// protocol handler: a file from the built renderer, or 404. */
export async function serveRendererFile(rendererDir: string, requestUrl: string): Promise<Response> {
  const file = await resolveRendererFile(rendererDir, requestUrl);
  if (file === null) {
    return new Response('Not found', {
      status: 404,
      headers: { ...RENDERER_RESPONSE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  return new Response(new Uint8Array(await readFile(file)), {
    headers: {
      ...RENDERER_RESPONSE_HEADERS,
      'Content-Type': RENDERER_CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    },
  });
}
