import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '../core/dispatch';

type Listener = (...args: unknown[]) => unknown;

const fakes = vi.hoisted(() => {
  class FakeWindow {
    readonly listeners = new Map<string, Listener[]>();
    minimized = false;
    readonly webContents = { reload: vi.fn() };
    readonly loadURL = vi.fn(async () => undefined);
    readonly show = vi.fn();
    readonly focus = vi.fn();
    readonly restore = vi.fn();
    readonly maximize = vi.fn();
    isMinimized(): boolean {
      return this.minimized;
    }
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener): this {
      return this.on(name, listener);
    }
    emit(name: string): void {
      for (const listener of this.listeners.get(name) ?? []) listener();
    }
  }

  const appListeners = new Map<string, Listener>();
  const state = { hasLock: true, windows: [] as FakeWindow[] };
  const baseSavePreferences = vi.fn(async () => ({ theme: 'system', language: 'zh-CN' }));
  const menu = { showLanguage: vi.fn() };

  return {
    FakeWindow,
    appListeners,
    state,
    menu,
    baseSavePreferences,
    defaultSession: { name: 'default session' },
    electron: {
      app: {
        requestSingleInstanceLock: vi.fn(() => state.hasLock),
        quit: vi.fn(),
        exit: vi.fn(),
        on: vi.fn((name: string, listener: Listener) => appListeners.set(name, listener)),
        whenReady: vi.fn(async () => undefined),
        getPath: vi.fn((name: string) => `/home/user/.config/Kube Planner#${name}`),
        getVersion: () => '0.1.0',
        getLocale: () => 'en-US',
        getName: () => 'Kube Planner',
      },
      dialog: { showErrorBox: vi.fn(), showSaveDialog: vi.fn() },
      session: {} as { defaultSession: unknown },
    },
    security: {
      installStartupGuards: vi.fn(),
      hardenSession: vi.fn(),
      openExternalSafely: vi.fn(async () => true),
      rendererEntryUrl: () => 'app://kube-planner/index.html',
      createSecureWindow: vi.fn(() => {
        const window = new FakeWindow();
        state.windows.push(window);
        return window;
      }),
    },
    windowState: {
      MIN_WINDOW_SIZE: { width: 800, height: 560 },
      restoreWindowState: vi.fn(async () => ({ bounds: { x: 5, y: 6, width: 1000, height: 700 }, isMaximized: false })),
      trackWindowState: vi.fn(),
    },
    ipc: { registerIpcHandlers: vi.fn() },
    menuModule: { installApplicationMenu: vi.fn(async () => menu) },
    handlers: { createHandlers: vi.fn(() => ({ savePreferences: baseSavePreferences })) },
  };
});

vi.mock('electron', () => ({ ...fakes.electron, session: { defaultSession: fakes.defaultSession } }));
vi.mock('./security', () => fakes.security);
vi.mock('./window-state', () => fakes.windowState);
vi.mock('./ipc', () => fakes.ipc);
vi.mock('./menu', () => fakes.menuModule);
vi.mock('../core/handlers', () => fakes.handlers);

const originalPlatform = process.platform;

function setPlatform(platform: NodeJS.Platform): void {
  Object.defineProperty(process, 'platform', { value: platform });
}

/** index.ts starts the app when imported, so each test imports a fresh copy. */
async function startApp(): Promise<void> {
  vi.resetModules();
  await import('./index');
}

async function startedWindow(): Promise<InstanceType<typeof fakes.FakeWindow>> {
  await startApp();
  await vi.waitFor(() => expect(fakes.state.windows).toHaveLength(1));
  const [window] = fakes.state.windows;
  if (window === undefined) throw new Error('no window');
  return window;
}

beforeEach(() => {
  vi.clearAllMocks();
  fakes.appListeners.clear();
  fakes.state.hasLock = true;
  fakes.state.windows.length = 0;
});

afterEach(() => {
  setPlatform(originalPlatform);
});

describe('single instance', () => {
  it('quits at once, touching nothing, when another instance holds the lock', async () => {
    fakes.state.hasLock = false;
    await startApp();
    expect(fakes.electron.app.quit).toHaveBeenCalledOnce();
    expect(fakes.electron.app.whenReady).not.toHaveBeenCalled();
    expect(fakes.security.installStartupGuards).not.toHaveBeenCalled();
  });

  it('brings the existing window forward when a second instance starts', async () => {
    const window = await startedWindow();
    window.minimized = true;
    fakes.appListeners.get('second-instance')?.({}, ['kube-planner'], '/');
    expect(window.restore).toHaveBeenCalledOnce();
    expect(window.focus).toHaveBeenCalledOnce();
  });
});

describe('start-up', () => {
  it('installs the guards before ready, then hardens the session and wires handlers, IPC and menu', async () => {
    await startedWindow();
    expect(fakes.security.installStartupGuards).toHaveBeenCalledOnce();
    expect(fakes.security.hardenSession).toHaveBeenCalledWith(fakes.defaultSession, expect.stringMatching(/renderer$/));
    expect(fakes.handlers.createHandlers).toHaveBeenCalledWith({
      dataDir: '/home/user/.config/Kube Planner#userData',
      transport: 'electron',
      version: '0.1.0',
      locale: 'en-US',
      openExternal: expect.any(Function),
      chooseSavePath: expect.any(Function),
      chooseOpenPath: expect.any(Function),
      renderPdf: expect.any(Function),
      showItemInFolder: expect.any(Function),
    });
    expect(fakes.ipc.registerIpcHandlers).toHaveBeenCalledOnce();
    expect(fakes.menuModule.installApplicationMenu).toHaveBeenCalledWith(expect.objectContaining({ locale: 'en-US' }));
  });

  it('opens links through openExternalSafely and names a refused link instead of failing silently', async () => {
    await startedWindow();
    const [{ openExternal }] = fakes.handlers.createHandlers.mock.calls[0] as unknown as [{ openExternal: (url: string, links: ReadonlySet<string>) => Promise<boolean> }];
    const links = new Set(['https://www.tigera.io/']);
    await expect(openExternal('https://kubernetes.io/', links)).resolves.toBe(true);
    expect(fakes.security.openExternalSafely).toHaveBeenCalledWith('https://kubernetes.io/', links);
    fakes.security.openExternalSafely.mockResolvedValueOnce(false);
    await expect(openExternal('https://example.com/', links)).rejects.toMatchObject({ name: 'UserError', code: 'invalid-request' });
    fakes.security.openExternalSafely.mockResolvedValueOnce(false);
    await expect(openExternal('https://example.com/', links)).rejects.toMatchObject({
      i18n: { key: 'openExternal.refused', params: { url: 'https://example.com/' } },
    });
  });

  it('opens a hidden window at the restored bounds and shows it when ready', async () => {
    const window = await startedWindow();
    expect(fakes.windowState.restoreWindowState).toHaveBeenCalledWith(
      '/home/user/.config/Kube Planner#userData/window-state.json',
    );
    expect(fakes.security.createSecureWindow).toHaveBeenCalledWith(
      expect.objectContaining({
        x: 5,
        y: 6,
        width: 1000,
        height: 700,
        show: false,
        preload: expect.stringMatching(/preload[/\\]index\.cjs$/),
      }),
    );
    expect(fakes.windowState.trackWindowState).toHaveBeenCalledWith(window, expect.stringMatching(/window-state\.json$/));
    expect(window.loadURL).toHaveBeenCalledWith('app://kube-planner/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('rebuilds the menu when the page saves a new language', async () => {
    await startedWindow();
    const handlers = fakes.ipc.registerIpcHandlers.mock.lastCall?.[0] as unknown as Handlers;
    await handlers.savePreferences({ language: 'zh-CN' });
    expect(fakes.baseSavePreferences).toHaveBeenCalledWith({ language: 'zh-CN' });
    expect(fakes.menu.showLanguage).toHaveBeenCalledWith('zh-CN');
  });

  it('reports a failed start and exits', async () => {
    fakes.windowState.restoreWindowState.mockRejectedValueOnce(new Error('disk on fire'));
    await startApp();
    await vi.waitFor(() => expect(fakes.electron.app.exit).toHaveBeenCalledWith(1));
    expect(fakes.electron.dialog.showErrorBox).toHaveBeenCalledWith('Kube Planner could not start', expect.stringContaining('disk on fire'));
  });
});

describe('closing the last window', () => {
  it('quits on Linux and Windows', async () => {
    setPlatform('linux');
    await startedWindow();
    fakes.appListeners.get('window-all-closed')?.();
    expect(fakes.electron.app.quit).toHaveBeenCalledOnce();
  });

  it('keeps running on macOS, and the dock icon reopens a window', async () => {
    setPlatform('darwin');
    const window = await startedWindow();
    fakes.appListeners.get('window-all-closed')?.();
    expect(fakes.electron.app.quit).not.toHaveBeenCalled();
    window.emit('closed');
    fakes.appListeners.get('activate')?.();
    await vi.waitFor(() => expect(fakes.state.windows).toHaveLength(2));
  });
});
