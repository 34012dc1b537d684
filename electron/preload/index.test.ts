import { beforeEach, describe, expect, it, vi } from 'vitest';
import { channelNames, electronChannel } from '../../shared/ipc/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: 'answer' })) },
}));

vi.mock('electron', () => electron);

await import('./index');

function exposedApi(): Record<string, unknown> {
  return electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>;
}

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear();
});

describe('preload', () => {
  it('exposes one object, window.kubePlanner, and nothing else', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    expect(electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[0]).toBe('kubePlanner');
  });

  it('has exactly the contract channels, each a function', () => {
    const api = exposedApi();
    expect(Object.keys(api).sort()).toEqual([...channelNames].sort());
    for (const channel of channelNames) expect(typeof api[channel], channel).toBe('function');
    expect(api).not.toHaveProperty('ipcRenderer');
    expect(api).not.toHaveProperty('invoke');
  });

  it.each(channelNames)('%s invokes its own namespaced channel with only the request', async (channel) => {
    const call = exposedApi()[channel] as (request: unknown) => Promise<unknown>;
    const request = { probe: channel };
    await expect(call(request)).resolves.toEqual({ ok: true, value: 'answer' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(electronChannel(channel), request);
  });
});
