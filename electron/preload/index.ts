import { contextBridge, ipcRenderer } from 'electron';
import { type ChannelName, channelNames, electronChannel } from '../../shared/ipc/channels';
// Types only: the schemas (and zod) stay out of the preload bundle.
import type { ChannelRequest, ChannelResponse, KubePlannerApi } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';

/**
 * One function per contract channel and nothing else: the page never gets `ipcRenderer`, a channel
 * name of its choosing, or the IPC event object, only the request it sent and main's answer.
 */
function channelInvoker<C extends ChannelName>(channel: C): KubePlannerApi[C] {
  const invoke = (request: ChannelRequest<C>): Promise<IpcResult<ChannelResponse<C>>> =>
    ipcRenderer.invoke(electronChannel(channel), request);
  // TypeScript cannot see that a mapped type indexed by a generic key is this function's type.
  return invoke as KubePlannerApi[C];
}

/** Built from `channelNames`, so a channel added to the contract appears here with no edit. */
export function buildKubePlannerApi(): KubePlannerApi {
  // Object.fromEntries loses the per-key types; channelInvoker gave each entry its channel's type.
  return Object.fromEntries(channelNames.map((channel) => [channel, channelInvoker(channel)])) as KubePlannerApi;
}

contextBridge.exposeInMainWorld('kubePlanner', buildKubePlannerApi());
