import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { defaultDataDir, systemLocale } from '../core/data-dir';
import { createChromiumPdfPrinter } from '../core/chromium-pdf';
import type { Handlers } from '../core/dispatch';
import { onStopRequest } from '../process-lifetime';
import { HOST_IDENTITY_FILE, type HostIdentityNotice, startPersistentWebHost } from './host-identity';

const { values } = parseArgs({ options: { port: { type: 'string' }, 'new-token': { type: 'boolean', default: false } } });
const port = values.port === undefined ? undefined : Number(values.port);
if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65_535)) {
  console.error(`--port takes a port number from 0 to 65535 (0 picks a free one), not "${values.port}".`);
  process.exit(2);
}
const rendererDir = resolve(import.meta.dirname, '../../out/renderer');
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error(`The renderer is not built (${rendererDir} has no index.html). Run "npm run build" first.`);
  process.exit(1);
}

const dataDir = defaultDataDir();
const pdfPrinter = createChromiumPdfPrinter();

/**
 * The handlers (most of the host's code, and the data) with the catalogue's build started: it is the
 * page's longest call, and is then made while the page's other start-up calls are answered.
 */
async function loadHandlers(): Promise<Handlers> {
  try {
    return await createAndPrepare();
  } catch (error) {
    // Each API call answers with the reason too; this line is for whoever started the host.
    console.error(`Kube Planner could not load its handlers: ${(error as Error).message}`);
    throw error;
  }
}

async function createAndPrepare(): Promise<Handlers> {
  // The contract and the catalogue's module load with the handlers, not one after the other on the
  // catalogue's first call: it is the call the page waits on longest.
  const [{ createHandlers }, { prepareCatalogue }] = await Promise.all([
    import('../core/handlers'),
    import('./web-api'),
    import('../../shared/ipc/contract'),
    import('../core/catalogue-handlers'),
  ]);
  const handlers = createHandlers({
    dataDir,
    transport: 'web',
    version: packageJson.version,
    locale: systemLocale(),
    // The browser opens external links itself (target=_blank, noopener); the host never launches anything.
    openExternal: async () => false,
    // One Chromium kept between prints: starting it is most of a cold PDF's time.
    renderPdf: pdfPrinter.renderPdf,
  });
  void prepareCatalogue(handlers);
  return handlers;
}

function describeNotice(notice: HostIdentityNotice): string {
  return notice.kind === 'kept-port-busy'
    ? `Port ${notice.keptPort}, used last time, is taken; tabs open on it must be opened again at the address above.`
    : `The port and token could not be kept in the data folder (${notice.reason}); the next start will have new ones.`;
}

async function startHost() {
  try {
    return await startPersistentWebHost({ handlers: loadHandlers, rendererDir, dataDir, port, newToken: values['new-token'] });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    console.error(`Port ${port} is taken. Stop what uses it, or start with another: npm run web -- --port N.`);
    process.exit(1);
  }
}

const host = await startHost();
console.log(`Kube Planner is running at ${host.url}`);
for (const notice of host.notices) console.log(describeNotice(notice));
console.log(`Data folder: ${dataDir} (port and token kept in ${HOST_IDENTITY_FILE}; --new-token replaces the token). Press Ctrl+C to stop.`);

// The Chromium kept for PDFs is a child too: it is closed with the host, not left behind.
onStopRequest(() => void Promise.allSettled([host.close(), pdfPrinter.close()]).then(() => process.exit(0)));
