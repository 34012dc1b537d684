import type { KubePlannerApi } from '../../../../shared/ipc/contract';
import { unwrap } from '../../../../shared/ipc/result';

export function quotaYamlFileName(now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return `kube-planner-quotas-${day}.yaml`;
}

export type SaveOutcome = { saved: true; path?: string } | { saved: false };

/**
 * Saves the YAML through main's save dialog in Electron (the same `saveExportFile` channel the
 * catalogue export uses); the browser host has no dialog, so there the browser downloads it.
 */
export async function saveQuotaYaml(
  api: Pick<KubePlannerApi, 'getAppInfo' | 'saveExportFile'>,
  content: string,
  now = new Date(),
): Promise<SaveOutcome> {
  const suggestedName = quotaYamlFileName(now);
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
