import { type BrowserWindow, app, dialog } from 'electron';

/**
 * Asks the user which plan file to open; undefined when they cancel. Plan files end in
 * `.kplan.json`; a dialog filters on the last extension only, so it offers every `.json`.
 */
export async function choosePlanFileToOpen(parent: BrowserWindow | null): Promise<string | undefined> {
  const options: Electron.OpenDialogOptions = {
    defaultPath: app.getPath('documents'),
    filters: [{ name: 'Kube Planner plan', extensions: ['json'] }],
    properties: ['openFile'],
  };
  const { canceled, filePaths } = parent === null ? await dialog.showOpenDialog(options) : await dialog.showOpenDialog(parent, options);
  return canceled ? undefined : filePaths[0];
}
