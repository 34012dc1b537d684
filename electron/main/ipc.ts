import { type IpcMainInvokeEvent, ipcMain } from 'electron';
import { channelNames, electronChannel } from '../../shared/ipc/contract';
import { type IpcResult, fail } from '../../shared/ipc/result';
import { type Handlers, dispatch } from '../core/dispatch';
import { isAppUrl, isAppWindowContents } from './security';

/**
 * Why a call must be refused, or null when it came from the main frame of one of our windows
 * showing our own page. A subframe, a foreign page that got into a window, or any other web
 * contents never reaches a handler.
 */
function senderRefusal(event: IpcMainInvokeEvent): string | null {
  const frame = event.senderFrame;
  if (frame === null) return 'the sending frame is gone';
  if (frame.parent !== null) return 'only the main frame may call the app';
  if (!isAppWindowContents(event.sender)) return 'the sender is not an app window';
  if (!isAppUrl(frame.url)) return 'the sending page is not the app';
  return null;
}

/** One `ipcMain.handle` per contract channel, each checking its sender before `dispatch`. */
export function registerIpcHandlers(handlers: Handlers): void {
  for (const channel of channelNames) {
    ipcMain.handle(electronChannel(channel), (event, payload: unknown): Promise<IpcResult<unknown>> => {
      const refusal = senderRefusal(event);
      if (refusal !== null) return Promise.resolve(fail('forbidden-sender', `Refused ${channel}: ${refusal}.`));
      return dispatch(handlers, channel, payload);
    });
  }
}
