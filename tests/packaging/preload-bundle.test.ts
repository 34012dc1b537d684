import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'electron-vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** What `require` can load inside a sandboxed preload (Electron's sandbox docs); nothing from node_modules. */
const SANDBOXED_PRELOAD_MODULES = new Set(['electron', 'events', 'timers', 'url']);

const ROOT = join(import.meta.dirname, '../..');

let outDir: string;

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'kube-planner-build-'));
  await build({ root: ROOT, configFile: join(ROOT, 'electron.vite.config.ts'), logLevel: 'silent', build: { outDir } });
}, 120_000);

afterAll(async () => {
  await rm(outDir, { recursive: true, force: true });
});

describe('the built preload', () => {
  it('requires nothing a sandboxed preload cannot load', async () => {
    const preload = await readFile(join(outDir, 'preload', 'index.cjs'), 'utf8');
    const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(required).toContain('electron');
    expect(required.filter((name) => name === undefined || !SANDBOXED_PRELOAD_MODULES.has(name))).toEqual([]);
  });
});
