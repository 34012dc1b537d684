import { join } from 'node:path';
import { type BrowserWindow, app, dialog, session, shell } from 'electron';
import { languageForLocale, resources } from '../../shared/i18n/resources';
import { UserError } from '../../shared/user-error';
import type { Handlers } from '../core/dispatch';
import { createHandlers } from '../core/handlers';
import { registerIpcHandlers } from './ipc';
import { choosePlanFileToOpen } from './open-dialog';
import { chooseExportPath } from './save-dialog';
import { printHtmlToPdf } from './print-to-pdf';
import { type ApplicationMenu, installApplicationMenu } from './menu';
import { createSecureWindow, hardenSession, installStartupGuards, openExternalSafely, rendererEntryUrl } from './security';
import { MIN_WINDOW_SIZE, restoreWindowState, trackWindowState } from './window-state';

// electron-vite builds main to out/main and the preload and renderer beside it.
const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

let mainWindow: BrowserWindow | null = null;

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

async function openMainWindow(windowStatePath: string): Promise<void> {
  const { bounds, isMaximized } = await restoreWindowState(windowStatePath);
  const window = createSecureWindow({
    ...bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: app.getName(),
    // Shown once the first paint is ready, so the user never sees an empty white frame.
    show: false,
    preload: PRELOAD_PATH,
  });
  window.once('ready-to-show', () => {
    if (isMaximized) window.maximize();
    window.show();
  });
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null;
  });
  trackWindowState(window, windowStatePath);
  mainWindow = window;
  await window.loadURL(rendererEntryUrl());
}

/**
 * The page can switch language itself through savePreferences; the menu follows it by watching
 * that handler, so no extra channel is needed for it.
 */
function withMenuFollowingLanguage(handlers: Handlers, menu: ApplicationMenu, locale: string): Handlers {
  return {
    ...handlers,
    savePreferences: async (changes) => {
      const saved = await handlers.savePreferences(changes);
      menu.showLanguage(saved.language ?? languageForLocale(locale));
      return saved;
    },
  };
}

async function start(): Promise<void> {
  hardenSession(session.defaultSession, RENDERER_DIR);
  const dataDir = app.getPath('userData');
  const locale = app.getLocale();
  const handlers = createHandlers({
    dataDir,
    transport: 'electron',
    version: app.getVersion(),
    locale,
    openExternal: async (url, catalogueLinks) => {
      if (await openExternalSafely(url, catalogueLinks)) return true;
      // In Electron nothing else would open it, so the page is told why rather than left waiting.
      throw new UserError('invalid-request', 'openExternal.refused', { url });
    },
    chooseSavePath: async (suggestedName, format) => {
      // The dialog names the file's type in the language the user chose, as the menu does.
      const { language } = await handlers.loadPreferences({});
      return chooseExportPath(mainWindow, suggestedName, format, language ?? languageForLocale(locale));
    },
    renderPdf: printHtmlToPdf,
    chooseOpenPath: () => choosePlanFileToOpen(mainWindow),
    showItemInFolder: (path) => shell.showItemInFolder(path),
  });
  const menu = await installApplicationMenu({
    handlers,
    locale,
    // The page reads its language at start-up, so a reload is how it follows the menu.
    onLanguageChosen: () => mainWindow?.webContents.reload(),
  });
  registerIpcHandlers(withMenuFollowingLanguage(handlers, menu, locale));

  const windowStatePath = join(dataDir, 'window-state.json');
  await openMainWindow(windowStatePath);
  // macOS keeps the app running without windows; clicking the dock icon brings one back.
  app.on('activate', () => {
    if (mainWindow === null) openMainWindow(windowStatePath).catch(failToStart);
  });
}

function failToStart(error: unknown): void {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  // Read straight from the resources: start-up may have failed before i18n was set up.
  dialog.showErrorBox(resources[languageForLocale(app.getLocale())].menu.startFailed, message);
  app.exit(1);
}

/** A second copy would fight the first over the same data files, so it hands over and quits. */
function main(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  installStartupGuards();
  app.on('second-instance', focusMainWindow);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(start).catch(failToStart);
}

main();
