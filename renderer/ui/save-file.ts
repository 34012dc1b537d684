import type { ExportFormat, KubePlannerApi } from '../../shared/ipc/contract';
import { unwrap } from '../../shared/ipc/result';
import { notifySaved } from './notices';

export type SaveOutcome = { saved: true; path?: string } | { saved: false };

const MIME_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  yaml: 'application/yaml;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
};

/** "2026-08-07" in local time: the day a user sees on their calendar, for names of exported files. */
export function fileDateStamp(now: Date): string {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

/** Hands content to the browser's own download, which is how a browser (and so the browser host) saves. */
export function downloadInBrowser(fileName: string, mimeType: string, content: string | Uint8Array<ArrayBuffer>): void {
  const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked on the next task: the download has taken its own reference by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Saves a text export through main's native save dialog in Electron; elsewhere the browser
 * downloads it (the browser host has no dialog to show). Either way a notice says where it went.
 */
export async function saveTextFile(
  api: Pick<KubePlannerApi, 'getAppInfo' | 'saveExportFile'>,
  file: { suggestedName: string; format: ExportFormat; content: string },
): Promise<SaveOutcome> {
  const { transport } = unwrap(await api.getAppInfo({}));
  if (transport === 'electron') {
    const result = unwrap(await api.saveExportFile(file));
    if (!result.saved) return { saved: false };
    notifySaved({ path: result.path, fileName: file.suggestedName });
    return { saved: true, path: result.path };
  }
  downloadInBrowser(file.suggestedName, MIME_TYPES[file.format], file.content);
  notifySaved({ fileName: file.suggestedName });
  return { saved: true };
}
