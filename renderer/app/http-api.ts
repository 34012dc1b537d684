import { type ChannelName, type KubePlannerApi, channelNames } from '../../shared/ipc/contract';
import { type IpcResult, failure, ipcErrorSchema } from '../../shared/ipc/result';
import { WEB_HOST_TOKEN_HEADER } from '../../shared/ipc/web-transport';
import { UserError } from '../../shared/user-error';
import { browserFileChannels } from './browser-files';


/**
 * The browser host's transport: the same typed API as Electron's preload, carried over HTTP to
 * 127.0.0.1 with the per-session token the host printed in the URL fragment. Saving a file is the
 * browser's own download, so those channels never reach the host.
 */
export function createHttpApi(token: string, fetchImpl: typeof fetch = fetch): KubePlannerApi {
  async function call(channel: ChannelName, request: unknown): Promise<IpcResult<unknown>> {
    let response: Response;
    try {
      response = await fetchImpl(`/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [WEB_HOST_TOKEN_HEADER]: token },
        body: JSON.stringify(request ?? {}),
      });
    } catch (error) {
      const reason = (error as Error).message;
      return failure(new UserError('io-failure', 'host.unreachable', { reason }));
    }
    const body: unknown = await response.json().catch(() => undefined);
    if (typeof body === 'object' && body !== null && 'ok' in body) {
      if (body.ok === true && 'value' in body) return { ok: true, value: body.value };
      const error = ipcErrorSchema.safeParse((body as { error?: unknown }).error);
      if (error.success) return { ok: false, error: error.data };
    }
    return failure(new UserError('internal', 'host.noResult', { status: response.status }));
  }
  const overHttp = Object.fromEntries(channelNames.map((channel) => [channel, (request: unknown) => call(channel, request)])) as KubePlannerApi;
  return { ...overHttp, ...browserFileChannels };
}

/**
 * The host puts the token in the fragment (never sent to a server or logged). It is moved to
 * sessionStorage and removed from the address bar, so a reload keeps working and the token is not
 * left on screen.
 */
export function takeSessionToken(location: Location, storage: Storage, history: History): string | null {
  const fromFragment = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromFragment) {
    storage.setItem('kube-planner-token', fromFragment);
    history.replaceState(null, '', location.pathname + location.search);
    return fromFragment;
  }
  return storage.getItem('kube-planner-token');
}
