import { planWorkspace } from '../features/plan/current-plan';
import { api } from './api';
import { useAppStore } from './store';

/**
 * When the page comes back to the front, it asks main for what another window, tab or program (the
 * CLI, a second host) may have changed in the data folder: the plans and the landscape import.
 */
export function refreshOnReturn(): void {
  const refresh = () => {
    void planWorkspace.checkForOutsideChanges();
    if (useAppStore.getState().catalogueSnapshot === null) return;
    void api.getCatalogue({}).then((result) => {
      if (result.ok) useAppStore.getState().setCatalogueSnapshot(result.value);
    });
  };
  window.addEventListener('focus', refresh);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') refresh();
  });
}
