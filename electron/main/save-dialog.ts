import { basename, join } from 'node:path';
import { type BrowserWindow, app, dialog } from 'electron';
import { type ExportFormatId, exportFormatOfFileName, exportFormats } from '../../shared/export/export-formats';
import { resources } from '../../shared/i18n/resources';
import type { Language } from '../../shared/ipc/contract';

/**
 * The dialog's filter, named in the user's language: the suggested file's own format (a plan's
 * manifests may come as a zip), else the one asked for.
 */
function saveDialogFilter(suggestedName: string, format: ExportFormatId, language: Language): Electron.FileFilter {
  const shown = exportFormatOfFileName(suggestedName) ?? format;
  return { name: resources[language].common.fileFormats[shown], extensions: [...exportFormats[shown].extensions] };
}

/**
 * Asks the user where to save an export; undefined when they cancel. The page only suggests a file
 * name (any folder part is dropped): the user, not the page, decides where anything is written.
 */
export async function chooseExportPath(
  parent: BrowserWindow | null,
  suggestedName: string,
  format: ExportFormatId,
  language: Language,
): Promise<string | undefined> {
  const options: Electron.SaveDialogOptions = {
    defaultPath: join(app.getPath('documents'), basename(suggestedName)),
    filters: [saveDialogFilter(suggestedName, format, language)],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const { canceled, filePath } = parent === null ? await dialog.showSaveDialog(options) : await dialog.showSaveDialog(parent, options);
  return canceled || filePath === '' ? undefined : filePath;
}
