import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, app, session } from 'electron';
import type { PrintFrame } from '../../shared/plan/plan-print-frame';

/** An in-memory session of its own: nothing the print window loads touches the app's cookies or cache. */
const PRINT_PARTITION = 'kube-planner-print';

let printSessionReady = false;

/**
 * The print session refuses every permission and every request but the one file being printed, so
 * a document can reach nothing outside itself even if it tried.
 */
function printSession(allowedUrl: () => string | undefined): Electron.Session {
  const printing = session.fromPartition(PRINT_PARTITION, { cache: false });
  if (!printSessionReady) {
    printing.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    printing.setPermissionCheckHandler(() => false);
    printing.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isSameFile(details.url, allowedUrl()) }));
    printSessionReady = true;
  }
  return printing;
}

/** Compared as decoded paths: Chromium and Node may percent-encode a path (a space in a user name) differently. */
function isSameFile(url: string, allowed: string | undefined): boolean {
  if (allowed === undefined) return false;
  try {
    const [requested, expected] = [new URL(url), new URL(allowed)];
    return requested.protocol === 'file:' && decodeURIComponent(requested.pathname) === decodeURIComponent(expected.pathname);
  } catch {
    return false;
  }
}

let currentUrl: string | undefined;
let queue: Promise<void> = Promise.resolve();

/**
 * Prints self-contained HTML to PDF with Electron's own Chromium: a hidden, sandboxed window with
 * JavaScript off loads the HTML from a file in a private temporary folder (a data: URL would cap
 * the plan's size), prints it to A4 and is destroyed; the folder is removed whatever happens.
 * Prints run one at a time, since the session lets exactly one file through.
 */
export async function printHtmlToPdf(html: string, frame?: PrintFrame): Promise<Uint8Array> {
  const previous = queue;
  let release!: () => void;
  queue = new Promise<void>((resolve) => (release = resolve));
  await previous;
  const dir = await mkdtemp(join(app.getPath('temp'), 'kube-planner-print-'));
  const window = new BrowserWindow({
    show: false,
    webPreferences: {
      session: printSession(() => currentUrl),
      sandbox: true,
      javascript: false,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Nobody can click in a hidden window, but the page never gets the chance to ask for a new one.
      disableBlinkFeatures: 'Auxclick',
      navigateOnDragDrop: false,
      plugins: false,
      spellcheck: false,
      devTools: false,
    },
  });
  try {
    const htmlPath = join(dir, 'plan.html');
    await writeFile(htmlPath, html, 'utf8');
    currentUrl = pathToFileURL(htmlPath).href;
    await window.loadURL(currentUrl);
    const pdf = await window.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      // Bookmarks from the headings, and a tagged PDF that screen readers and text tools can follow.
      generateDocumentOutline: true,
      generateTaggedPDF: true,
      ...(frame === undefined ? { displayHeaderFooter: false } : { displayHeaderFooter: true, ...frame }),
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    currentUrl = undefined;
    window.destroy();
    await rm(dir, { recursive: true, force: true });
    release();
  }
}
