import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { KubePlannerApi } from '../../shared/ipc/contract';
import { unwrap } from '../../shared/ipc/result';

export type WorkspaceStorage<S> = PersistStorage<S> & {
  /** Sends a pending save now: the page is going away (reload, close) and the debounce would lose it. */
  flush: () => void;
};

/**
 * zustand `persist` storage backed by the main process (the renderer owns no files). Saves are
 * debounced because the persisted state changes on every keystroke in a search box.
 */
export function createWorkspaceStorage<S>(
  api: Pick<KubePlannerApi, 'loadViewState' | 'saveViewState'>,
  onSaveError: (error: Error) => void,
  debounceMs = 250,
): WorkspaceStorage<S> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: StorageValue<S> | undefined;
  // persist calls setItem on every store change, even when no persisted field changed.
  let lastSaved: string | undefined;

  function save(): void {
    clearTimeout(timer);
    if (pending === undefined) return;
    const serialized = JSON.stringify(pending);
    const value = pending;
    pending = undefined;
    if (serialized === lastSaved) return;
    lastSaved = serialized;
    api
      .saveViewState({ key: 'workspace', value: value as never })
      .then(unwrap)
      .catch((error: Error) => {
        lastSaved = undefined;
        onSaveError(error);
      });
  }

  return {
    getItem: async () => {
      const { value } = unwrap(await api.loadViewState({ key: 'workspace' }));
      if (value !== null) lastSaved = JSON.stringify(value);
      return (value as StorageValue<S> | null) ?? null;
    },
    setItem: (_name, value) => {
      pending = value;
      clearTimeout(timer);
      timer = setTimeout(save, debounceMs);
    },
    removeItem: () => undefined,
    flush: save,
  };
}
