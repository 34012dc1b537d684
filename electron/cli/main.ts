import packageJson from '../../package.json' with { type: 'json' };
import { defaultDataDir, systemLocale } from '../core/data-dir';
import { renderPdfWithChromium } from '../core/chromium-pdf';
import { createHandlers } from '../core/handlers';
import { runCli } from './run-cli';

const locale = systemLocale();
const handlers = createHandlers({
  dataDir: defaultDataDir(),
  transport: 'cli',
  version: packageJson.version,
  locale,
  openExternal: async () => false,
  renderPdf: renderPdfWithChromium,
});
process.exitCode = await runCli(
  process.argv.slice(2),
  handlers,
  { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) },
  locale,
);
