import type { KubePlannerApi } from '../../../shared/ipc/contract';
import type { IpcErrorPayload } from '../../../shared/ipc/result';

/**
 * Opens a homepage or repository outside the app. Main opens it where it can (Electron's shell, after
 * its allow-list); where it cannot (the browser host) the browser opens a new tab, without giving that
 * tab a handle on this one. A failure is returned for the caller to show, never swallowed.
 */
export async function openExternalLink(
  api: Pick<KubePlannerApi, 'openExternal'>,
  url: string,
  openWindow: (url: string, target: string, features: string) => unknown = window.open.bind(window),
): Promise<{ ok: true } | { ok: false; error: IpcErrorPayload }> {
  // An IPC call, not Electron's shell: main decides, against its https allow-list and the
  // catalogue's own links, whether anything opens.
  const result = await api.openExternal({ url }); /* eng-disable OPEN_EXTERNAL_JS_CHECK */
  if (!result.ok) return { ok: false, error: result.error };
  if (!result.value.opened) openWindow(url, '_blank', 'noopener,noreferrer');
  return { ok: true };
}
