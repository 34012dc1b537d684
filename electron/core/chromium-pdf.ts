import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { HandlerError } from '../../shared/ipc/result';

/** Debian's Chromium; CHROMIUM_PATH points elsewhere (the tests' browser uses the same variable). */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** A plan prints in a second or two; far longer means Chromium hangs, and the user should hear so. */
export const PDF_TIMEOUT_MS = 30_000;

export async function isChromiumAvailable(path = CHROMIUM_PATH): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function pdfFailed(reason: string): HandlerError {
  return new HandlerError('io-failure', `Could not print the plan to PDF: ${reason}`, { key: 'export.pdfFailed', params: { reason } });
}

/**
 * Prints self-contained HTML to PDF with one run of headless Chromium, for the CLI, which prints once
 * and exits (the browser host keeps a browser running: createChromiumPdfPrinter below; Electron prints with its own Chromium, see electron/main/print-to-pdf.ts). The HTML goes through a
 * file in a private temporary folder, with its own throwaway profile, and the folder is removed
 * afterwards whatever happens. No script runs: the document has none, and its own Content-Security-Policy
 * (default-src 'none') would refuse one. Chromium's switch that turns scripts off also stops headless
 * printing, so the policy is the guard.
 */
export async function renderPdfWithChromium(html: string, options: { chromiumPath?: string; timeoutMs?: number } = {}): Promise<Uint8Array> {
  const chromiumPath = options.chromiumPath ?? CHROMIUM_PATH;
  if (!(await isChromiumAvailable(chromiumPath))) {
    throw pdfFailed(`Chromium was not found at ${chromiumPath}; install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  // mkdtemp makes the folder readable by its owner only.
  const dir = await mkdtemp(join(tmpdir(), 'kube-planner-pdf-'));
  try {
    const htmlPath = join(dir, 'plan.html');
    const pdfPath = join(dir, 'plan.pdf');
    await writeFile(htmlPath, html, 'utf8');
    const args = [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      `--user-data-dir=${join(dir, 'profile')}`,
      `--print-to-pdf=${pdfPath}`,
      '--no-pdf-header-footer',
      pathToFileURL(htmlPath).href,
    ];
    await new Promise<void>((resolve, reject) => {
      execFile(chromiumPath, args, { timeout: options.timeoutMs ?? PDF_TIMEOUT_MS, killSignal: 'SIGKILL' }, (error, _stdout, stderr) => {
        if (error === null) resolve();
        else if (error.killed) reject(pdfFailed(`Chromium did not finish within ${(options.timeoutMs ?? PDF_TIMEOUT_MS) / 1000} s.`));
        else reject(pdfFailed(`Chromium exited with ${error.code ?? error.signal}: ${stderr.trim().split('\n').at(-1) ?? ''}`));
      });
    });
    const pdf = await readFile(pdfPath).catch(() => {
      throw pdfFailed('Chromium finished but wrote no PDF.');
    });
    return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
  }
}

type CdpMessage = { id?: number; method?: string; params?: Record<string, unknown>; sessionId?: string; result?: Record<string, unknown>; error?: { message: string } };

/** One running headless Chromium, driven over the DevTools protocol on a pipe, with one page to print in. */
type Browser = {
  child: ChildProcess;
  dir: string;
  sessionId: string;
  send: (method: string, params?: Record<string, unknown>, sessionId?: string) => Promise<Record<string, unknown>>;
  nextEvent: (method: string, sessionId: string) => Promise<void>;
  /** Keeps Node alive while a print is running, and lets it exit while the browser only waits. */
  hold: (held: boolean) => void;
};

async function launchBrowser(chromiumPath: string, onExit: () => void): Promise<Browser> {
  const dir = await mkdtemp(join(tmpdir(), 'kube-planner-pdf-'));
  const child = spawn(
    chromiumPath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-extensions',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      `--user-data-dir=${join(dir, 'profile')}`,
      '--remote-debugging-pipe',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
  );
  const input = child.stdio[3] as Writable & { ref?: () => void; unref?: () => void };
  const output = child.stdio[4] as Readable & { ref?: () => void; unref?: () => void };
  const pending = new Map<number, { resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void }>();
  const waiting: { method: string; sessionId: string; resolve: () => void }[] = [];
  let nextId = 1;
  let buffered = '';

  output.setEncoding('utf8');
  output.on('data', (chunk: string) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end)) as CdpMessage;
      buffered = buffered.slice(end + 1);
      if (message.id !== undefined) {
        const call = pending.get(message.id);
        pending.delete(message.id);
        if (message.error) call?.reject(pdfFailed(message.error.message));
        else call?.resolve(message.result ?? {});
      } else {
        const index = waiting.findIndex((wait) => wait.method === message.method && wait.sessionId === message.sessionId);
        if (index >= 0) waiting.splice(index, 1)[0]!.resolve();
      }
    }
  });
  const exited = new Promise<never>((_resolve, reject) => {
    const fail = (reason: string) => {
      const error = pdfFailed(reason);
      for (const call of pending.values()) call.reject(error);
      pending.clear();
      onExit();
      reject(error);
    };
    child.once('error', (error) => fail(`Chromium could not start: ${error.message}`));
    child.once('exit', (code, signal) => fail(`Chromium stopped (${code ?? signal}).`));
  });
  exited.catch(() => undefined);

  const send = (method: string, params: Record<string, unknown> = {}, sessionId?: string) =>
    Promise.race([
      new Promise<Record<string, unknown>>((resolve, reject) => {
        const id = nextId++;
        pending.set(id, { resolve, reject });
        input.write(`${JSON.stringify({ id, method, params, sessionId })}\0`);
      }),
      exited,
    ]);
  const nextEvent = (method: string, sessionId: string) =>
    Promise.race([new Promise<void>((resolve) => waiting.push({ method, sessionId, resolve })), exited]);
  const hold = (held: boolean) => {
    for (const handle of [child, input, output]) (held ? handle.ref : handle.unref)?.call(handle);
  };

  const { targetId } = (await send('Target.createTarget', { url: 'about:blank' })) as { targetId: string };
  const { sessionId } = (await send('Target.attachToTarget', { targetId, flatten: true })) as { sessionId: string };
  await send('Page.enable', {}, sessionId);
  // The document has no script and its own CSP forbids one; the page refuses to run any all the same.
  await send('Emulation.setScriptExecutionDisabled', { value: true }, sessionId);
  return { child, dir, sessionId, send, nextEvent, hold };
}

export type ChromiumPdfPrinter = { renderPdf: (html: string) => Promise<Uint8Array>; close: () => Promise<void> };

/**
 * For the browser host, which prints again and again: one headless Chromium is started on the first
 * PDF and kept for the next ones (starting Chromium is most of a cold print's time), then stopped
 * after `idleMs` without a print, on `close()`, or when Node exits. Each print loads the HTML from a
 * file in the browser's private temporary folder; prints run one at a time. A print that takes longer
 * than `timeoutMs` stops the browser and fails with a clear message; the next print starts a new one.
 */
export function createChromiumPdfPrinter(options: { chromiumPath?: string; timeoutMs?: number; idleMs?: number } = {}): ChromiumPdfPrinter {
  const chromiumPath = options.chromiumPath ?? CHROMIUM_PATH;
  const timeoutMs = options.timeoutMs ?? PDF_TIMEOUT_MS;
  let browser: Promise<Browser> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  let printed = 0;

  /** Every stop still removing its folder, so close() returns only once all are gone. */
  const stopping = new Set<Promise<void>>();
  const stop = (running: Promise<Browser> | undefined): Promise<void> => {
    if (browser === running) browser = undefined;
    const stopped = (async () => {
      const started = await running?.catch(() => undefined);
      if (started === undefined) return;
      if (live === started) live = undefined;
      started.child.kill('SIGKILL');
      await rm(started.dir, { recursive: true, force: true, maxRetries: 3, retryDelay: 50 });
    })();
    stopping.add(stopped);
    return stopped.finally(() => stopping.delete(stopped));
  };
  // 'exit' listeners must finish synchronously, so the running browser is also kept as a plain value.
  let live: Browser | undefined;
  const stopOnExit = () => {
    live?.child.kill('SIGKILL');
    if (live) rmSync(live.dir, { recursive: true, force: true });
  };
  process.once('exit', stopOnExit);

  async function print(html: string): Promise<Uint8Array> {
    clearTimeout(idleTimer);
    if (!(await isChromiumAvailable(chromiumPath))) {
      throw pdfFailed(`Chromium was not found at ${chromiumPath}; install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
    }
    const running = (browser ??= launchBrowser(chromiumPath, () => void stop(running)).then((started) => (live = started)));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => {
        void stop(running);
        reject(pdfFailed(`Chromium did not finish within ${timeoutMs / 1000} s.`));
      }, timeoutMs);
    });
    const { send, nextEvent, sessionId, dir, hold } = await Promise.race([running, timedOut]);
    hold(true);
    const htmlPath = join(dir, `plan-${(printed += 1)}.html`);
    try {
      await writeFile(htmlPath, html, 'utf8');
      const loaded = nextEvent('Page.loadEventFired', sessionId);
      await Promise.race([send('Page.navigate', { url: pathToFileURL(htmlPath).href }, sessionId), timedOut]);
      await Promise.race([loaded, timedOut]);
      const { data } = (await Promise.race([
        send('Page.printToPDF', { printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false }, sessionId),
        timedOut,
      ])) as { data: string };
      return new Uint8Array(Buffer.from(data, 'base64'));
    } finally {
      clearTimeout(timer);
      hold(false);
      await rm(htmlPath, { force: true });
      idleTimer = setTimeout(() => void stop(running), options.idleMs ?? 60_000);
      idleTimer.unref();
    }
  }

  return {
    renderPdf: (html) => {
      const next = queue.then(() => print(html));
      queue = next.catch(() => undefined);
      return next;
    },
    close: async () => {
      clearTimeout(idleTimer);
      process.removeListener('exit', stopOnExit);
      await stop(browser);
      await Promise.all(stopping);
    },
  };
}
