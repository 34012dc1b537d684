import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/content-security-policy';

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  /** Just enough of WebContents to record listeners and fire them as Electron would. */
  class FakeWebContents {
    readonly listeners = new Map<string, Listener[]>();
    windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined;
    constructor(readonly id: number) {}
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener): this {
      return this.on(name, listener);
    }
    emit(name: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
      this.windowOpenHandler = handler;
    }
  }
  let nextContentsId = 1;
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    readonly webContents = new FakeWebContents(nextContentsId++);
    constructor(readonly options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
  }
  const appListeners = new Map<string, Listener>();
  return {
    FakeWebContents,
    FakeBrowserWindow,
    appListeners,
    module: {
      app: {
        isPackaged: true,
        enableSandbox: vi.fn(),
        on: vi.fn((name: string, listener: Listener) => appListeners.set(name, listener)),
      },
      BrowserWindow: FakeBrowserWindow,
      protocol: { registerSchemesAsPrivileged: vi.fn() },
      shell: { openExternal: vi.fn(async () => undefined) },
    },
  };
});

vi.mock('electron', () => electron.module);

const security = await import('./security');
const { shell } = electron.module;

function navigationEvent(url: string) {
  return { url, isMainFrame: true, preventDefault: vi.fn() };
}

function hardenedContents() {
  const contents = new electron.FakeWebContents(1000);
  security.hardenWebContents(contents as unknown as Electron.WebContents);
  return contents;
}

beforeEach(() => {
  vi.clearAllMocks();
  electron.module.app.isPackaged = true;
  vi.unstubAllEnvs();
});

describe('createSecureWindow', () => {
  it('creates every window with the locked-down web preferences', () => {
    security.createSecureWindow({ width: 900, height: 600, show: false, preload: '/app/out/preload/index.cjs' });
    const window = electron.FakeBrowserWindow.created.at(-1);
    expect(window?.options).toMatchObject({ width: 900, height: 600, show: false });
    expect(window?.options['webPreferences']).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      spellcheck: false,
      plugins: false,
      enableWebSQL: false,
      safeDialogs: true,
      devTools: false,
    });
  });

  it('never enables Blink features and keeps DevTools for unpackaged builds only', () => {
    electron.module.app.isPackaged = false;
    security.createSecureWindow({ preload: '/p.cjs' });
    const preferences = electron.FakeBrowserWindow.created.at(-1)?.options['webPreferences'] as Record<string, unknown>;
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
    expect(preferences['devTools']).toBe(true);
  });

  it('remembers its web contents as an app window until they are destroyed', () => {
    const window = security.createSecureWindow({ preload: '/p.cjs' });
    const contents = window.webContents;
    expect(security.isAppWindowContents(contents)).toBe(true);
    expect(security.isAppWindowContents(new electron.FakeWebContents(9999) as unknown as Electron.WebContents)).toBe(false);
    (contents as unknown as InstanceType<typeof electron.FakeWebContents>).emit('destroyed');
    expect(security.isAppWindowContents(contents)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: blocks every URL outside the app', (name) => {
    const contents = hardenedContents();
    for (const url of [
      'https://example.com/',
      'http://kubernetes.io/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'app://kube-planner.evil/index.html',
      'app://evil@kube-planner/index.html',
      'not a url',
    ]) {
      const event = navigationEvent(url);
      contents.emit(name, event);
      expect(event.preventDefault, url).toHaveBeenCalled();
    }
  });

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('%s: lets the app move within its own origin', (name) => {
    const contents = hardenedContents();
    const event = navigationEvent('app://kube-planner/index.html#sla');
    contents.emit(name, event);
    expect(event.preventDefault).not.toHaveBeenCalled();
  });

  it('trusts the electron-vite dev server only in an unpackaged app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/');
    expect(security.isAppUrl('http://localhost:5173/index.html')).toBe(false);
    expect(security.rendererEntryUrl()).toBe(security.APP_ENTRY_URL);
    electron.module.app.isPackaged = false;
    expect(security.isAppUrl('http://localhost:5173/index.html')).toBe(true);
    expect(security.isAppUrl('http://localhost:5174/index.html')).toBe(false);
    expect(security.rendererEntryUrl()).toBe('http://localhost:5173/');
    vi.stubEnv('ELECTRON_RENDERER_URL', 'https://example.com/');
    expect(security.rendererEntryUrl()).toBe(security.APP_ENTRY_URL);
  });

  it('refuses to attach any webview', () => {
    const contents = hardenedContents();
    const event = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com' });
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every new window and sends only allow-listed links to the browser', () => {
    const contents = hardenedContents();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://kube-planner/index.html' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(contents.windowOpenHandler?.({ url: 'https://kubernetes.io/docs/' })).toEqual({ action: 'deny' });
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://kubernetes.io/docs/');
  });
});

describe('openExternalSafely', () => {
  it.each(security.EXTERNAL_LINK_HOSTS)('opens https links on %s', async (host) => {
    await expect(security.openExternalSafely(`https://${host}/some/page?q=1`)).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith(`https://${host}/some/page?q=1`);
  });

  it.each([
    ['plain http', 'http://kubernetes.io/docs/'],
    ['javascript:', 'javascript:alert(document.domain)'],
    ['file:', 'file:///etc/passwd'],
    ['a custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['a look-alike suffix', 'https://kubernetes.io.evil.com/'],
    ['a look-alike prefix', 'https://evilkubernetes.io/'],
    ['a subdomain', 'https://docs.github.com.attacker.net/'],
    ['credentials before the host', 'https://kubernetes.io@evil.com/'],
    ['credentials on an allowed host', 'https://user:pass@kubernetes.io/'],
    ['a backslash trick', 'https://evil.com\\@kubernetes.io/'],
    ['an explicit port', 'https://kubernetes.io:8443/'],
    ['an unlisted host', 'https://example.com/'],
    ['not a URL', 'kubernetes.io/docs'],
  ])('refuses %s', async (_reason, url) => {
    await expect(security.openExternalSafely(url)).resolves.toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
  });

  it('opens a catalogue link on an unlisted host only when it is exactly that link, over https', async () => {
    const catalogueLinks = new Set(['https://www.tigera.io/project-calico/', 'http://plain.example/']);
    await expect(security.openExternalSafely('https://www.tigera.io/project-calico/', catalogueLinks)).resolves.toBe(true);
    expect(shell.openExternal).toHaveBeenCalledExactlyOnceWith('https://www.tigera.io/project-calico/');
    for (const url of ['https://www.tigera.io/elsewhere/', 'https://www.tigera.io:8443/project-calico/', 'http://plain.example/']) {
      await expect(security.openExternalSafely(url, catalogueLinks)).resolves.toBe(false);
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
  });
});

describe('installStartupGuards', () => {
  it('enables the sandbox, registers app:// as a secure standard scheme and hardens new web contents', () => {
    security.installStartupGuards();
    expect(electron.module.app.enableSandbox).toHaveBeenCalled();
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const contents = new electron.FakeWebContents(2000);
    electron.appListeners.get('web-contents-created')?.({}, contents);
    const event = navigationEvent('https://example.com/');
    contents.emit('will-navigate', event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(contents.windowOpenHandler).toBeDefined();
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    return {
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      webRequest: { onHeadersReceived: vi.fn() },
      protocol: { handle: vi.fn() },
    };
  }

  function hardened() {
    const session = fakeSession();
    security.hardenSession(session as unknown as Electron.Session, '/app/out/renderer');
    return session;
  }

  it('denies every permission request, check and device', () => {
    const session = hardened();
    const requestHandler = session.setPermissionRequestHandler.mock.calls[0]?.[0] as Listener;
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
    }
    const checkHandler = session.setPermissionCheckHandler.mock.calls[0]?.[0] as Listener;
    expect(checkHandler(null, 'media', 'app://kube-planner', {})).toBe(false);
    const deviceHandler = session.setDevicePermissionHandler.mock.calls[0]?.[0] as Listener;
    expect(deviceHandler({ deviceType: 'usb', origin: 'app://kube-planner' })).toBe(false);
  });

  it('puts our Content-Security-Policy on every response, replacing any other', () => {
    const session = hardened();
    const onHeaders = session.webRequest.onHeadersReceived.mock.calls[0]?.[0] as Listener;
    const callback = vi.fn();
    onHeaders(
      { responseHeaders: { 'content-type': ['text/html'], 'content-security-policy': ["script-src 'unsafe-inline'"] } },
      callback,
    );
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: { 'content-type': ['text/html'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });

  it('serves the renderer on the app scheme', () => {
    const session = hardened();
    expect(session.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});

describe('serveRendererFile', () => {
  let root: string;
  let rendererDir: string;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'kube-planner-protocol-'));
    rendererDir = join(root, 'renderer');
    await mkdir(join(rendererDir, 'assets'), { recursive: true });
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>Kube Planner</title>');
    await writeFile(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
    await writeFile(join(root, 'secret.txt'), 'TOP SECRET');
    await symlink(join(root, 'secret.txt'), join(rendererDir, 'escape.txt'));
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('serves index.html for the root and files by path, with our security headers', async () => {
    const index = await security.serveRendererFile(rendererDir, 'app://kube-planner/');
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<title>Kube Planner</title>');
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers.get('x-content-type-options')).toBe('nosniff');

    const script = await security.serveRendererFile(rendererDir, 'app://kube-planner/assets/app.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
  });

  it.each([
    'app://kube-planner/../secret.txt',
    'app://kube-planner/%2e%2e/secret.txt',
    'app://kube-planner/..%2fsecret.txt',
    'app://kube-planner/assets/..%2f..%2fsecret.txt',
    'app://kube-planner/..%5csecret.txt',
    'app://kube-planner/escape.txt',
    'app://kube-planner/index.html%00.js',
    'app://kube-planner/%E0%A4%A',
    'app://other-host/index.html',
    'app://kube-planner/assets',
    'app://kube-planner/missing.js',
  ])('answers 404 and reads nothing outside the renderer for %s', async (url) => {
    const response = await security.serveRendererFile(rendererDir, url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('TOP SECRET');
  });

  it('refuses an absolute path to a file outside the renderer', async () => {
    const url = `app://kube-planner/${encodeURIComponent(join(root, 'secret.txt'))}`;
    expect(await security.resolveRendererFile(rendererDir, url)).toBeNull();
  });
});
