import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderPdfWithChromium } from '../../electron/core/chromium-pdf';
import { createHandlers } from '../../electron/core/handlers';
import { startPersistentWebHost } from '../../electron/web/host-identity';
import type { WebHost } from '../../electron/web/web-host';

export const rendererDir = resolve(import.meta.dirname, '../../out/renderer');

export type IsolatedHost = WebHost & { dataDir: string; dispose: () => Promise<void> };

/**
 * A browser host with its own empty data folder, so no test sees another's preferences or imports.
 * Like `npm run web`, it keeps its port and token in that folder: a restart on it answers the same tab.
 */
export async function startIsolatedHost(options: { locale?: string; dataDir?: string } = {}): Promise<IsolatedHost> {
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'kube-planner-test-')));
  const handlers = createHandlers({
    dataDir,
    transport: 'web',
    version: '0.0.0-test',
    locale: options.locale ?? 'en-US',
    openExternal: async () => false,
    renderPdf: renderPdfWithChromium,
  });
  const host = await startPersistentWebHost({ handlers, rendererDir, dataDir });
  // A test may close the host itself to restart another on the same data folder; disposal then only cleans up.
  let closing: Promise<void> | undefined;
  const close = () => (closing ??= host.close());
  return {
    ...host,
    close,
    dataDir,
    dispose: async () => {
      await close();
      // A debounced save from the closing page can still be landing in the folder: retry the removal.
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
    },
  };
}
