import type { PersistStorage, StorageValue } from 'zustand/middleware';
import type { KubePlannerApi } from '../../shared/ipc/contract';
import { unwrap } from '../../shared/ipc/result';

/**
 * zustand `persist` storage backed by the main process (the renderer owns no files). Saves are
 * debounced because the persisted state changes on every keystroke in a search box.
 */
export function createWorkspaceStorage<S>(
  api: Pick<KubePlannerApi, 'loadViewState' | 'saveViewState'>,
  onSaveError: (error: Error) => void,
  debounceMs = 250,
): PersistStorage<S> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // persist calls setItem on every store change, even when no persisted field changed.
  let lastSaved: string | undefined;
  return {
    getItem: async () => {
      const { value } = unwrap(await api.loadViewState({ key: 'workspace' }));
      if (value !== null) lastSaved = JSON.stringify(value);
      return (value as StorageValue<S> | null) ?? null;
    },
    setItem: (_name, value) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const serialized = JSON.stringify(value);
        if (serialized === lastSaved) return;
        lastSaved = serialized;
        api
          .saveViewState({ key: 'workspace', value: value as never })
          .then(unwrap)
          .catch((error: Error) => {
            lastSaved = undefined;
            onSaveError(error);
          });
      }, debounceMs);
    },
    removeItem: () => undefined,
  };
}
