import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { resolve } from 'node:path';

export type HostProcess = { url: string; child: ChildProcess; kill: () => Promise<void> };

/** Starts the browser host as a child process on `dataDir` and waits for its address. */
export async function startHostProcess(dataDir: string): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(import.meta.dirname, 'host-child.ts'), dataDir], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const url = await new Promise<string>((done, failed) => {
    child.once('exit', (code) => failed(new Error(`the host process exited (${code}) before it listened`)));
    createInterface({ input: child.stdout! }).once('line', (line) => done((JSON.parse(line) as { url: string }).url));
  });
  return {
    url,
    child,
    // SIGKILL: no handler runs, no buffer is flushed; what a crash or a power cut leaves behind.
    kill: async () => {
      child.kill('SIGKILL');
      await exited;
    },
  };
}
