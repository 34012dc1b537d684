/**
 * Before `npm run cli`, `npm run web` and `npm start`: builds the bundles in out/node when they are
 * missing or older than any source they come from, so a call after `git pull` or an edit never runs
 * stale code, and a call with nothing changed costs only a walk over the sources' modification times.
 * Plain JavaScript, because it must run before anything is built and without tsx.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bundle = join(root, 'out/node/kube-planner.js');
const sources = ['electron', 'shared', 'data', 'package.json', 'package-lock.json', 'vite.node.config.ts'];

function newestModification(path) {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats === undefined) return 0;
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestModification(join(path, entry)));
  return newest;
}

const built = statSync(bundle, { throwIfNoEntry: false })?.mtimeMs ?? 0;
if (built < Math.max(...sources.map((source) => newestModification(join(root, source))))) {
  const build = spawnSync('npx', ['vite', 'build', '--config', 'vite.node.config.ts', '--logLevel', 'warn'], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    // npx is a .cmd script on Windows, which only a shell can start.
    shell: process.platform === 'win32',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
