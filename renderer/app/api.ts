import type { KubePlannerApi } from '../../shared/ipc/contract';
import { createHttpApi, takeSessionToken } from './http-api';

/** Electron's preload bridge: the one place the page tells Electron from a browser. */
const electronBridge = window.kubePlanner;

function resolveApi(): KubePlannerApi {
  if (electronBridge) return electronBridge;
  // Without a token every call fails with the host's own "missing token" message, which the UI shows.
  return createHttpApi(takeSessionToken(window.location, window.sessionStorage, window.history) ?? '');
}

/** The one API the renderer talks to: Electron's preload bridge, or the browser host over HTTP. */
export const api: KubePlannerApi = resolveApi();

/**
 * Whether main can show the system's open dialog. A browser page can't open one from a call that
 * crossed to the host, so it picks the file with its own file input, inside the user's click.
 */
export const hasNativeOpenDialog = electronBridge !== undefined;
