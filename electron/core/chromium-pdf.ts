import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
 * Prints self-contained HTML to PDF with headless Chromium, for the browser host and the CLI
 * (Electron prints with its own Chromium, see electron/main/print-to-pdf.ts). The HTML goes through a
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
