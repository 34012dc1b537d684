import { basename, join } from 'node:path';
import { type BrowserWindow, app, dialog } from 'electron';
import type { ExportFormat, PlanExportFormat } from '../../shared/ipc/contract';

const FILTERS: Record<ExportFormat | PlanExportFormat, Electron.FileFilter> = {
  csv: { name: 'CSV', extensions: ['csv'] },
  json: { name: 'JSON', extensions: ['json'] },
  md: { name: 'Markdown', extensions: ['md'] },
  html: { name: 'HTML', extensions: ['html'] },
  pdf: { name: 'PDF', extensions: ['pdf'] },
  yaml: { name: 'YAML', extensions: ['yaml', 'yml'] },
};

/** Manifests for more than one reader (kubectl, kind, kubeadm) come as one zip. */
const ZIP_FILTER: Electron.FileFilter = { name: 'ZIP', extensions: ['zip'] };

/**
 * Asks the user where to save an export; undefined when they cancel. The page only suggests a file
 * name (any folder part is dropped): the user, not the page, decides where anything is written.
 */
export async function chooseExportPath(
  parent: BrowserWindow | null,
  suggestedName: string,
  format: ExportFormat | PlanExportFormat,
): Promise<string | undefined> {
  const options: Electron.SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), basename(suggestedName)),
    filters: [suggestedName.endsWith('.zip') ? ZIP_FILTER : FILTERS[format]],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const { canceled, filePath } = parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options);
  return canceled || filePath === '' ? undefined : filePath;
}
