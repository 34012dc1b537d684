import type { KubePlannerApi } from '../shared/ipc/contract';

declare global {
  interface Window {
    /** Present in Electron (exposed by the preload); absent in the browser host. */
    kubePlanner?: KubePlannerApi;
  }
}
