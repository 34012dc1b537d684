import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, electronChannel } from '../../shared/ipc/contract';
import type { Handlers } from '../core/dispatch';

type InvokeListener = (event: unknown, payload: unknown) => Promise<unknown>;

const electron = vi.hoisted(() => {
  let nextContentsId = 1;
  const fakeWebContents = () => ({ id: nextContentsId++, once: () => undefined });
  const ipcListeners = new Map<string, InvokeListener>();
  return {
    fakeWebContents,
    ipcListeners,
    module: {
      app: { isPackaged: true },
      BrowserWindow: class {
        readonly webContents = fakeWebContents();
      },
      ipcMain: {
        handle: vi.fn((channel: string, listener: InvokeListener) => ipcListeners.set(channel, listener)),
      },
    },
  };
});

vi.mock('electron', () => electron.module);

const { registerIpcHandlers } = await import('./ipc');
const { createSecureWindow } = await import('./security');

const APP_INFO = { version: '1.2.3', locale: 'en-GB', transport: 'electron' as const };

function fakeHandlers(): Handlers {
  const handlers = Object.fromEntries(
    channelNames.map((channel) => [channel, vi.fn(async () => Promise.reject(new Error(`${channel} not stubbed`)))]),
  ) as unknown as Handlers;
  handlers.getAppInfo = vi.fn(async () => APP_INFO);
  return handlers;
}

type Frame = { url: string; parent: Frame | null };

function invoke(channel: string, event: { sender: unknown; senderFrame: Frame | null }, payload: unknown) {
  const listener = electron.ipcListeners.get(channel);
  if (listener === undefined) throw new Error(`no handler for ${channel}`);
  return listener(event, payload);
}

let handlers: Handlers;
let appContents: Electron.WebContents;
const appMainFrame: Frame = { url: 'app://kube-planner/index.html', parent: null };

beforeEach(() => {
  electron.ipcListeners.clear();
  handlers = fakeHandlers();
  registerIpcHandlers(handlers);
  appContents = createSecureWindow({ preload: '/p.cjs' }).webContents;
});

describe('registerIpcHandlers', () => {
  it('handles exactly the contract channels, under their namespaced Electron names', () => {
    expect([...electron.ipcListeners.keys()].sort()).toEqual(channelNames.map(electronChannel).sort());
  });

  it('dispatches a call from the main frame of an app window showing the app', async () => {
    const result = await invoke(electronChannel('getAppInfo'), { sender: appContents, senderFrame: appMainFrame }, {});
    expect(result).toEqual({ ok: true, value: APP_INFO });
    expect(handlers.getAppInfo).toHaveBeenCalledOnce();
  });

  it('validates the payload through dispatch', async () => {
    const result = await invoke(electronChannel('getAppInfo'), { sender: appContents, senderFrame: appMainFrame }, { extra: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });

  it.each([
    ['a foreign page in an app window', () => ({ sender: appContents, senderFrame: { url: 'https://evil.example/', parent: null } })],
    ['a file:// page in an app window', () => ({ sender: appContents, senderFrame: { url: 'file:///tmp/x.html', parent: null } })],
    ['a subframe of the app', () => ({ sender: appContents, senderFrame: { url: 'app://kube-planner/frame.html', parent: appMainFrame } })],
    ['a frame that is already gone', () => ({ sender: appContents, senderFrame: null })],
    ['web contents the app did not create', () => ({ sender: electron.fakeWebContents(), senderFrame: appMainFrame })],
  ])('refuses %s with forbidden-sender and never runs the handler', async (_case, makeEvent) => {
    const result = await invoke(electronChannel('getAppInfo'), makeEvent(), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(handlers.getAppInfo).not.toHaveBeenCalled();
  });
});
