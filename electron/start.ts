/**
 * `npm start`: the desktop app where the Electron binary is installed; otherwise the same app in
 * the browser host, with a one-line reason, so a fresh machine without the binary still runs it.
 */
import { spawn } from 'node:child_process';
import { installedElectronBinary } from './electron-binary';
import { onStopRequest, signalFor } from './process-lifetime';

/** How long the children get to save and close before they are killed. */
const GRACE_MS = 5_000;

// `npm start -- --port N --new-token` reaches the browser host; the desktop app has no port.
const [command, args] = installedElectronBinary()
  ? ['npx', ['electron-vite', 'preview']]
  : ['npm', ['run', 'web', '--', ...process.argv.slice(2)]];
if (command === 'npm') {
  console.log('Electron binary not installed (see README, "Electron download blocked"); starting the browser host instead.');
}
const onWindows = process.platform === 'win32';
const child = spawn(command, args, {
  stdio: 'inherit',
  // npm and npx are .cmd scripts on Windows, which only a shell can start.
  shell: onWindows,
  // Its own process group, so a stop reaches every process under it (npm, its shell, the host,
  // Electron), not only the first, which would not pass it on.
  detached: !onWindows,
});

/** Whether any process of the child's group is still running (always false on Windows, which has no groups). */
function groupAlive(): boolean {
  if (onWindows || child.pid === undefined) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

function signalChildren(signal: NodeJS.Signals): void {
  try {
    if (onWindows || child.pid === undefined) child.kill(signal);
    else process.kill(-child.pid, signal);
  } catch {
    // The group has already exited.
  }
}

let stopping = false;
const childExited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? (stopping ? 0 : 1))));

/** Exits once the whole group has ended, killing what is left of it after the grace period. */
async function exitWithChildren(): Promise<never> {
  const code = await childExited;
  const deadline = Date.now() + GRACE_MS;
  while (groupAlive()) {
    if (Date.now() > deadline) signalChildren('SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.exit(code);
}

onStopRequest((reason) => {
  stopping = true;
  signalChildren(signalFor(reason));
});
void exitWithChildren();
