import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import packageJson from '../../package.json' with { type: 'json' };
import { defaultDataDir, systemLocale } from '../core/data-dir';
import { createChromiumPdfPrinter } from '../core/chromium-pdf';
import { createHandlers } from '../core/handlers';
import { startWebHost } from './web-host';

const { values } = parseArgs({ options: { port: { type: 'string', default: '0' } } });
const rendererDir = resolve(import.meta.dirname, '../../out/renderer');
if (!existsSync(resolve(rendererDir, 'index.html'))) {
  console.error(`The renderer is not built (${rendererDir} has no index.html). Run "npm run build" first.`);
  process.exit(1);
}

const dataDir = defaultDataDir();
const handlers = createHandlers({
  dataDir,
  transport: 'web',
  version: packageJson.version,
  locale: systemLocale(),
  // The browser opens external links itself (target=_blank, noopener); the host never launches anything.
  openExternal: async () => false,
  // One Chromium kept between prints: starting it is most of a cold PDF's time.
  renderPdf: createChromiumPdfPrinter().renderPdf,
});
const host = await startWebHost({ handlers, rendererDir, port: Number(values.port) });
console.log(`Kube Planner is running at ${host.url}`);
console.log(`Data folder: ${dataDir}. Press Ctrl+C to stop.`);

const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
