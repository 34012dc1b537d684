import type { KubePlannerApi } from '../../../shared/ipc/contract';
import { unwrap } from '../../../shared/ipc/result';

export type SaveOutcome = { saved: true; path?: string } | { saved: false };

/**
 * Saves alert rules through main's save dialog in Electron; the browser host downloads them, the
 * way a browser saves.
 */
export async function saveAlertRules(
  api: Pick<KubePlannerApi, 'getAppInfo' | 'saveExportFile'>,
  suggestedName: string,
  content: string,
): Promise<SaveOutcome> {
  const { transport } = unwrap(await api.getAppInfo({}));
  if (transport === 'electron') {
    const result = unwrap(await api.saveExportFile({ suggestedName, format: 'yaml', content }));
    return result.saved ? { saved: true, path: result.path } : { saved: false };
  }
  const url = URL.createObjectURL(new Blob([content], { type: 'application/yaml;charset=utf-8' }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = suggestedName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked on the next task: the download has taken its own reference by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return { saved: true };
}
