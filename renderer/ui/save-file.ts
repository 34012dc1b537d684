import type { ChannelRequest, KubePlannerApi } from '../../shared/ipc/contract';
import { unwrap } from '../../shared/ipc/result';
import { notifySaved } from './notices';

export type SaveOutcome = { saved: true; path?: string } | { saved: false };

/** "2026-08-07" in local time: the day a user sees on their calendar, for names of exported files. */
export function fileDateStamp(now: Date): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

/**
 * The one way the page saves a file it made. The transport does the saving: Electron's asks main
 * for its save dialog, the browser's client downloads. Either way a notice says where it went.
 */
export async function saveFile(api: Pick<KubePlannerApi, 'saveExportFile'>, file: ChannelRequest<'saveExportFile'>): Promise<SaveOutcome> {
  const result = unwrap(await api.saveExportFile(file));
  if (!result.saved) return { saved: false };
  notifySaved({ path: result.path, fileName: file.suggestedName });
  return result.path === undefined ? { saved: true } : { saved: true, path: result.path };
}
