import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createWorkspaceStorage } from './workspace-storage';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createWorkspaceStorage', () => {
  it('loads the saved workspace, or nothing', async () => {
    const api = {
      loadViewState: vi.fn(async () => ({ ok: true as const, value: { value: { state: { section: 'sla' }, version: 1 } } })),
      saveViewState: vi.fn(),
    };
    expect(await createWorkspaceStorage(api, vi.fn()).getItem('workspace')).toEqual({ state: { section: 'sla' }, version: 1 });
    api.loadViewState.mockResolvedValueOnce({ ok: true, value: { value: null } } as never);
    expect(await createWorkspaceStorage(api, vi.fn()).getItem('workspace')).toBeNull();
  });

  it('saves only the last of a burst of changes', async () => {
    const api = { loadViewState: vi.fn(), saveViewState: vi.fn(async () => ({ ok: true as const, value: { saved: true as const } })) };
    const storage = createWorkspaceStorage<{ query: string }>(api, vi.fn(), 250);
    for (const query of ['c', 'ca', 'cal']) storage.setItem('workspace', { state: { query }, version: 1 });
    expect(api.saveViewState).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(250);
    expect(api.saveViewState).toHaveBeenCalledTimes(1);
    expect(api.saveViewState).toHaveBeenCalledWith({ key: 'workspace', value: { state: { query: 'cal' }, version: 1 } });
  });

  it('skips a save when nothing persisted changed since the last one or since loading', async () => {
    const saved = { state: { query: 'cal' }, version: 1 };
    const api = {
      loadViewState: vi.fn(async () => ({ ok: true as const, value: { value: saved } })),
      saveViewState: vi.fn(async () => ({ ok: true as const, value: { saved: true as const } })),
    };
    const storage = createWorkspaceStorage<{ query: string }>(api, vi.fn(), 10);
    await storage.getItem('workspace');
    storage.setItem('workspace', { state: { query: 'cal' }, version: 1 });
    await vi.advanceTimersByTimeAsync(10);
    expect(api.saveViewState).not.toHaveBeenCalled();
    storage.setItem('workspace', { state: { query: 'calico' }, version: 1 });
    await vi.advanceTimersByTimeAsync(10);
    storage.setItem('workspace', { state: { query: 'calico' }, version: 1 });
    await vi.advanceTimersByTimeAsync(10);
    expect(api.saveViewState).toHaveBeenCalledTimes(1);
  });

  it('reports a failed save instead of dropping it silently', async () => {
    const api = {
      loadViewState: vi.fn(),
      saveViewState: vi.fn(async () => ({ ok: false as const, error: { code: 'io-failure' as const, message: 'disk full' } })),
    };
    const onSaveError = vi.fn();
    createWorkspaceStorage(api, onSaveError, 10).setItem('workspace', { state: {}, version: 1 });
    await vi.advanceTimersByTimeAsync(10);
    expect(onSaveError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk full' }));
  });

  it('sends a pending save at once when flushed, and only once', async () => {
    const api = { loadViewState: vi.fn(), saveViewState: vi.fn(async () => ({ ok: true as const, value: { saved: true as const } })) };
    const storage = createWorkspaceStorage<{ query: string }>(api, vi.fn(), 250);
    storage.setItem('workspace', { state: { query: 'flannel' }, version: 1 });
    storage.flush();
    expect(api.saveViewState).toHaveBeenCalledWith({ key: 'workspace', value: { state: { query: 'flannel' }, version: 1 } });
    await vi.advanceTimersByTimeAsync(250);
    storage.flush();
    expect(api.saveViewState).toHaveBeenCalledTimes(1);
  });
});
