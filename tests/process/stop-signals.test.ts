/**
 * `npm start -- --port N` and `npm run web -- --port N` run the host, on that port, several
 * processes down (npm, its shell, our start script, npm again, a shell, the host). A stop must end
 * all of them, not only the first: SIGTERM as a service manager or `kill` sends it (to npm), SIGINT
 * as Ctrl+C sends it (to the terminal's foreground group). A SIGINT to npm alone reaches no
 * script: npm's shell waits it out.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { installedElectronBinary } from '../../electron/electron-binary';

const ROOT = resolve(import.meta.dirname, '../..');
/** A build (electron-vite) runs before the host starts; on a busy 2-core machine it can take a while. */
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 15_000;

let dataDir: string | undefined;
let started: ChildProcess | undefined;

afterEach(async () => {
  // Whatever a failed test left running is stopped here, so one failure does not leave a host behind.
  if (started?.pid !== undefined && started.exitCode === null) {
    try {
      process.kill(-started.pid, 'SIGKILL');
    } catch {
      // The group ended between the check and the kill.
    }
  }
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
});

/** Every process below `pid`, read from ps, which both Linux and macOS have. */
function descendantsOf(pid: number): number[] {
  const rows = execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => line.trim().split(/\s+/).map(Number) as [number, number]);
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    for (const [child, ppid] of rows) {
      if (ppid === parent) {
        found.push(child);
        queue.push(child);
      }
    }
  }
  return found;
}

/** The processes that are running now, by id; zombies (ended, not yet reaped by their new parent) are not. */
function runningProcesses(): Map<number, string> {
  const running = new Map<number, string>();
  for (const line of execFileSync('ps', ['-A', '-o', 'pid=,stat=,args='], { encoding: 'utf8' }).trim().split('\n')) {
    const [pid, stat, ...args] = line.trim().split(/\s+/);
    if (!stat?.startsWith('Z')) running.set(Number(pid), args.join(' '));
  }
  return running;
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** A port nothing listens on now: the OS hands out a free one, which is then released. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((done) => probe.close(() => done()));
  return port;
}

/** Starts an npm script in its own process group and resolves with the address the host prints. */
async function startScript(script: 'start' | 'web', port: number): Promise<{ npm: ChildProcess; url: URL; output: () => string }> {
  dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-signals-'));
  const npm = spawn('npm', ['run', script, '--', '--port', String(port)], {
    cwd: ROOT,
    env: { ...process.env, KUBE_PLANNER_DATA_DIR: dataDir },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started = npm;
  let output = '';
  npm.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  npm.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await waitFor(() => /running at (http:\S+)/.test(output) || npm.exitCode !== null, START_TIMEOUT_MS, `npm run ${script} to start`);
  const address = /running at (http:\S+)/.exec(output);
  if (!address) throw new Error(`npm run ${script} ended before it started the host:\n${output}`);
  return { npm, url: new URL(address[1]!), output: () => output };
}

async function answers(url: URL): Promise<boolean> {
  return fetch(new URL('/', url)).then(
    () => true,
    () => false,
  );
}

/** `npm start` starts the browser host only where Electron is absent; the desktop app prints no address to wait for. */
const electronNote = installedElectronBinary() ? ' (skipped: the Electron binary is installed, so npm start opens the desktop app)' : '';

/** Windows has neither these signals nor process groups to send them to. */
const windowsNote = process.platform === 'win32' ? ' (skipped: Windows has no SIGTERM, SIGINT or process groups to send them to)' : '';

const cases = [
  { script: 'start', signal: 'SIGTERM', to: 'npm', skipNote: windowsNote || electronNote },
  { script: 'start', signal: 'SIGINT', to: 'the terminal group (Ctrl+C)', skipNote: windowsNote || electronNote },
  { script: 'web', signal: 'SIGTERM', to: 'npm', skipNote: windowsNote },
  { script: 'web', signal: 'SIGINT', to: 'the terminal group (Ctrl+C)', skipNote: windowsNote },
] as const;

describe.sequential('stopping npm start and npm run web', () => {
  for (const { script, signal, to, skipNote } of cases) {
    it.skipIf(skipNote !== '')(`npm run ${script}: ${signal} sent to ${to} ends every process under it${skipNote}`, { timeout: START_TIMEOUT_MS + STOP_TIMEOUT_MS }, async () => {
      const port = await freePort();
      const { npm, url, output } = await startScript(script, port);
      // `npm start -- --port N` reaches the host through npm start and npm run web.
      expect(url.port).toBe(String(port));
      expect(await answers(url)).toBe(true);
      const processes = descendantsOf(npm.pid!);
      // At least npm's shell and the host itself.
      expect(processes.length).toBeGreaterThanOrEqual(2);

      if (to === 'npm') process.kill(npm.pid!, signal);
      else process.kill(-npm.pid!, signal);

      const survivors = () => {
        const running = runningProcesses();
        return processes.filter((pid) => running.has(pid)).map((pid) => `${pid} ${running.get(pid)}`);
      };
      await waitFor(() => survivors().length === 0, STOP_TIMEOUT_MS, 'every process to end').catch((error: Error) => {
        throw new Error(`${error.message}; still running:\n${survivors().join('\n')}\noutput:\n${output()}`);
      });
      expect(await answers(url)).toBe(false);
    });
  }
});
