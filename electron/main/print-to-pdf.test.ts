import { readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const printSession = {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
  const windows: { options: unknown; loadURL: ReturnType<typeof vi.fn>; destroy: ReturnType<typeof vi.fn>; webContents: { printToPDF: ReturnType<typeof vi.fn> } }[] = [];
  const BrowserWindow = vi.fn(function (this: unknown, options: unknown) {
    const window = {
      options,
      loadURL: vi.fn(async (_url: string) => undefined),
      destroy: vi.fn(),
      webContents: { printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 test')) },
    };
    windows.push(window);
    return window;
  });
  return {
    windows,
    printSession,
    BrowserWindow,
    app: { getPath: vi.fn(() => tmpdir()) },
    session: { fromPartition: vi.fn(() => printSession) },
  };
});

vi.mock('electron', () => electron);

const { printHtmlToPdf } = await import('./print-to-pdf');

async function printFolders(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('kube-planner-print-'));
}

beforeEach(() => {
  electron.windows.length = 0;
});

describe('printHtmlToPdf', () => {
  it('prints in a hidden, sandboxed window without JavaScript, in a session of its own', async () => {
    const pdf = await printHtmlToPdf('<p>plan</p>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF-1.7 test');
    const [window] = electron.windows;
    expect(window?.options).toMatchObject({
      show: false,
      webPreferences: { session: electron.printSession, sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false },
    });
    expect(electron.session.fromPartition).toHaveBeenCalledWith('kube-planner-print', { cache: false });
    expect(window?.webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', printBackground: true }));
    expect(window?.destroy).toHaveBeenCalled();
  });

  it('asks Electron for bookmarks and a tagged PDF, and for the running header and page numbers when given a frame', async () => {
    await printHtmlToPdf('<p>plan</p>');
    await printHtmlToPdf('<p>plan</p>', { headerTemplate: '<div>Plan · Draft</div>', footerTemplate: '<span class="pageNumber"></span>' });
    const [plain, framed] = electron.windows.map((window) => window.webContents.printToPDF.mock.calls[0]?.[0]);
    expect(plain).toMatchObject({ generateDocumentOutline: true, generateTaggedPDF: true, displayHeaderFooter: false });
    expect(plain).not.toHaveProperty('headerTemplate');
    expect(framed).toMatchObject({
      generateDocumentOutline: true,
      generateTaggedPDF: true,
      displayHeaderFooter: true,
      headerTemplate: '<div>Plan · Draft</div>',
      footerTemplate: '<span class="pageNumber"></span>',
    });
  });

  it('loads the HTML from a temporary file, then removes it', async () => {
    const before = await printFolders();
    let loaded = '';
    electron.BrowserWindow.mockImplementationOnce(function (options: unknown) {
      const window = {
        options,
        loadURL: vi.fn(async (url: string) => {
          loaded = await readFile(fileURLToPath(url), 'utf8');
          return undefined;
        }),
        destroy: vi.fn(),
        webContents: { printToPDF: vi.fn(async () => Buffer.from('%PDF')) },
      };
      electron.windows.push(window);
      return window;
    });
    await printHtmlToPdf('<h1>计划</h1>');
    expect(loaded).toBe('<h1>计划</h1>');
    expect(await printFolders()).toEqual(before);
  });

  it('lets only the file being printed through the print session', async () => {
    let allowedDuringLoad: boolean | undefined;
    let otherAllowed: boolean | undefined;
    let otherFileAllowed: boolean | undefined;
    const [filter] = electron.printSession.webRequest.onBeforeRequest.mock.calls.at(-1) ?? [];
    electron.BrowserWindow.mockImplementationOnce(function (options: unknown) {
      const window = {
        options,
        loadURL: vi.fn(async (url: string) => {
          filter({ url }, ({ cancel }: { cancel: boolean }) => (allowedDuringLoad = !cancel));
          filter({ url: 'https://example.org/font.woff2' }, ({ cancel }: { cancel: boolean }) => (otherAllowed = !cancel));
          filter({ url: url.replace('plan.html', 'other.html') }, ({ cancel }: { cancel: boolean }) => (otherFileAllowed = !cancel));
          return undefined;
        }),
        destroy: vi.fn(),
        webContents: { printToPDF: vi.fn(async () => Buffer.from('%PDF')) },
      };
      electron.windows.push(window);
      return window;
    });
    await printHtmlToPdf('<p>x</p>');
    expect(allowedDuringLoad).toBe(true);
    expect(otherAllowed).toBe(false);
    expect(otherFileAllowed).toBe(false);
  });

  it('destroys the window and removes the file when printing fails', async () => {
    const before = await printFolders();
    electron.BrowserWindow.mockImplementationOnce(function (options: unknown) {
      const window = {
        options,
        loadURL: vi.fn(async (_url: string) => undefined),
        destroy: vi.fn(),
        webContents: { printToPDF: vi.fn(async () => Buffer.from(await Promise.reject<string>(new Error('printer on fire')))) },
      };
      electron.windows.push(window);
      return window;
    });
    await expect(printHtmlToPdf('<p>x</p>')).rejects.toThrow('printer on fire');
    expect(electron.windows[0]?.destroy).toHaveBeenCalled();
    expect(await printFolders()).toEqual(before);
    // A failed print does not block the next one.
    await expect(printHtmlToPdf('<p>y</p>')).resolves.toBeInstanceOf(Uint8Array);
  });
});
