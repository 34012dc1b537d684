import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { createHandlers } from '../core/handlers';
import { runCli } from './run-cli';

/**
 * The CLI over main's handlers on a data folder of its own, removed after the test file, with each
 * run's exit code and output captured. No PDF renderer: the CLI tests are about the commands, and
 * chromium-pdf.test.ts prints for real.
 */
export async function cliOnScratchFolder(prefix: string) {
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  afterAll(() => rm(dataDir, { recursive: true, force: true }));
  const handlers = createHandlers({ dataDir, transport: 'cli', version: '1', locale: 'en', openExternal: async () => false });
  async function run(args: string[], locale = 'en-US') {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, handlers, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) }, locale);
    return { code, stdout, stderr };
  }
  return { dataDir, run };
}
