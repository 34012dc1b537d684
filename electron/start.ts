/**
 * `npm start`: the desktop app where the Electron binary is installed; otherwise the same app in
 * the browser host, with a one-line reason, so a fresh machine without the binary still runs it.
 */
import { spawn } from 'node:child_process';
import { installedElectronBinary } from './electron-binary';

const [command, args] = installedElectronBinary()
  ? ['npx', ['electron-vite', 'preview']]
  : ['npm', ['run', 'web']];
if (command === 'npm') {
  console.log('Electron binary not installed (see README, "Electron download blocked"); starting the browser host instead.');
}
// npm and npx are .cmd scripts on Windows, which only a shell can start.
const child = spawn(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
child.on('exit', (code) => process.exit(code ?? 1));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
