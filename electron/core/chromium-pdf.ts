import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { UserError } from '../../shared/user-error';
import type { PrintFrame } from '../../shared/plan/plan-print-frame';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere (the tests' browser uses the same variable). */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** A plan prints in a second or two; far longer means Chromium hangs, and the user should hear so. */
export const PDF_TIMEOUT_MS = 30_000;

/** Chromium refuses to sandbox itself as root (CI containers run as root); for anyone else it stays on. */
const chromiumSandbox = process.getuid?.() !== 0;

export async function isChromiumAvailable(path = CHROMIUM_PATH): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function pdfFailed(reason: string): UserError {
  return new UserError('io-failure', 'export.pdfFailed', { reason });
}

/**
 * A headless Chromium with one page to print on, in a context with scripts off and no network: the
 * document is self-contained and has no script, so neither can change what it prints.
 */
async function launchPrintPage(chromiumPath: string): Promise<Page> {
  if (!(await isChromiumAvailable(chromiumPath))) {
    throw pdfFailed(`Chromium was not found at ${chromiumPath}; install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  // Loaded here, not at the top: playwright-core takes most of a cold start, and only a PDF needs it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    chromiumSandbox,
    args: ['--disable-gpu', '--disable-extensions', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  return context.newPage();
}

/**
 * Loads the HTML and prints it. The HTML goes through a file in a private temporary folder (mkdtemp:
 * readable by its owner only), removed afterwards whatever happens.
 */
async function printOnPage(page: Page, html: string, frame: PrintFrame | undefined): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'kube-planner-pdf-'));
  try {
    const htmlPath = join(dir, 'plan.html');
    await writeFile(htmlPath, html, 'utf8');
    await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
    return new Uint8Array(
      await page.pdf({
        printBackground: true,
        preferCSSPageSize: true,
        // Bookmarks from the headings, and a tagged PDF that screen readers and text tools can follow.
        outline: true,
        tagged: true,
        ...(frame === undefined ? {} : { displayHeaderFooter: true, ...frame }),
      }),
    );
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  }
}

/** Fails after `timeoutMs` with a message a user can act on; `onTimeout` stops the hung browser. */
function withinTimeout<T>(work: Promise<T>, timeoutMs: number, onTimeout: () => void): Promise<T> {
  // The work may still fail after the timeout has answered; that late failure is nobody's to hear.
  work.catch(() => undefined);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(pdfFailed(`Chromium did not finish within ${timeoutMs / 1000} s.`));
    }, timeoutMs);
  });
  return Promise.race([work, timedOut]).finally(() => clearTimeout(timer));
}

const closeQuietly = (page: Promise<Page>) =>
  page.then((started) => started.context().browser()?.close(), () => undefined);

/**
 * Prints self-contained HTML to PDF with one run of headless Chromium: for the CLI, which prints once
 * and exits. (The browser host keeps a browser running, see createChromiumPdfPrinter; Electron
 * prints with its own Chromium, see electron/main/print-to-pdf.ts.)
 */
export async function renderPdfWithChromium(
  html: string,
  frame?: PrintFrame,
  options: { chromiumPath?: string; timeoutMs?: number } = {},
): Promise<Uint8Array> {
  const browser = launchPrintPage(options.chromiumPath ?? CHROMIUM_PATH);
  try {
    return await withinTimeout(
      browser.then((page) => printOnPage(page, html, frame)),
      options.timeoutMs ?? PDF_TIMEOUT_MS,
      () => undefined,
    );
  } finally {
    await closeQuietly(browser);
  }
}

export type ChromiumPdfPrinter = { renderPdf: (html: string, frame?: PrintFrame) => Promise<Uint8Array>; close: () => Promise<void> };

/**
 * For the browser host, which prints again and again: one headless Chromium is started on the first
 * PDF and kept for the next ones (starting Chromium is most of a cold print's time), then stopped
 * after `idleMs` without a print or on `close()`. A print that takes longer than `timeoutMs` stops
 * the browser and fails with a clear message; the next print starts a new one.
 */
export function createChromiumPdfPrinter(options: { chromiumPath?: string; timeoutMs?: number; idleMs?: number } = {}): ChromiumPdfPrinter {
  const chromiumPath = options.chromiumPath ?? CHROMIUM_PATH;
  const timeoutMs = options.timeoutMs ?? PDF_TIMEOUT_MS;
  let browser: Promise<Page> | undefined;
  /** Prints share one page, so they take turns. */
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: ReturnType<typeof setTimeout> | undefined;

  const stop = (running: Promise<Page> | undefined): Promise<void> => {
    if (running === undefined) return Promise.resolve();
    if (browser === running) browser = undefined;
    return closeQuietly(running);
  };

  const print = async (html: string, frame: PrintFrame | undefined): Promise<Uint8Array> => {
    clearTimeout(idleTimer);
    const running = (browser ??= launchPrintPage(chromiumPath));
    // A browser that failed to start is forgotten, so the next print tries again.
    running.catch(() => void stop(running));
    try {
      return await withinTimeout(
        running.then((page) => printOnPage(page, html, frame)),
        timeoutMs,
        () => void stop(running),
      );
    } finally {
      idleTimer = setTimeout(() => void stop(browser), options.idleMs ?? 60_000);
      idleTimer.unref();
    }
  };

  return {
    renderPdf: (html, frame) => {
      const printed = queue.then(() => print(html, frame));
      queue = printed.catch(() => undefined);
      return printed;
    },
    close: () => {
      clearTimeout(idleTimer);
      return stop(browser);
    },
  };
}
