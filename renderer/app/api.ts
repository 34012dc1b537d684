import type { KubePlannerApi } from '../../shared/ipc/contract';
import { createHttpApi, takeSessionToken } from './http-api';

function resolveApi(): KubePlannerApi {
  if (window.kubePlanner) return window.kubePlanner;
  // Without a token every call fails with the host's own "missing token" message, which the UI shows.
  return createHttpApi(takeSessionToken(window.location, window.sessionStorage, window.history) ?? '');
}

/** The one API the renderer talks to: Electron's preload bridge, or the browser host over HTTP. */
export const api: KubePlannerApi = resolveApi();
