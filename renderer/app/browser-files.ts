import { exportFormats } from '../../shared/export/export-formats';
import type { KubePlannerApi } from '../../shared/ipc/contract';
import { failure } from '../../shared/ipc/result';
import { serializePlan } from '../../shared/plan/plan-file';
import type { Plan } from '../../shared/plan/plan-schema';
import { UserError } from '../../shared/user-error';

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

function decodeBase64(base64: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
}

/**
 * The save channels as a browser does them: a page can't show a save dialog, so the file is
 * downloaded where the browser puts downloads, and no call reaches the host. With these in the
 * browser's client, the page saves the same way whatever carries its calls.
 */
export const browserFileChannels: Pick<KubePlannerApi, 'saveExportFile' | 'savePlanFileAs'> = {
  saveExportFile: async ({ suggestedName, format, content, encoding }) => {
    downloadInBrowser(suggestedName, exportFormats[format].mimeType, encoding === 'base64' ? decodeBase64(content) : content);
    return { ok: true, value: { saved: true } };
  },
  savePlanFileAs: async ({ plan, suggestedName }) => {
    let text: string;
    try {
      // The request is the plan as sent (defaults not yet filled in); serializePlan parses it with the plan schema.
      text = serializePlan(plan as Plan);
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      return failure(error);
    }
    downloadInBrowser(suggestedName, exportFormats.json.mimeType, text);
    return { ok: true, value: { saved: true } };
  },
};
