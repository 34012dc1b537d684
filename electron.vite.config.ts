import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { dataFiles } from './shared/data-files/data-file-registry';

/**
 * Fails the build on any data file (shared/data-files/data-file-registry.ts) that breaks its schema,
 * naming the file and the field, so bad data never ships (the module that imports it parses it again
 * when it loads, but by then it is the user's problem).
 */
function validateDataFiles(): Plugin {
  return {
    name: 'kube-planner:validate-data-files',
    buildStart() {
      for (const [dataPath, { schema }] of Object.entries(dataFiles)) {
        const file = `data/${dataPath}`;
        const path = resolve(import.meta.dirname, file);
        this.addWatchFile(path);
        const result = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
        if (!result.success) {
          const issue = result.error.issues[0];
          this.error(`${file} breaks its schema at ${issue?.path.join('.') ?? '(root)'}: ${issue?.message ?? ''}`);
        }
      }
    },
  };
}

export default defineConfig({
  main: {
    plugins: [validateDataFiles()],
    build: {
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only Electron's own modules, so zod is bundled into it.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules, so it ships as one CommonJS file.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified; minified, the catalogue page's script is a third of the size.
      minify: true,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'renderer/index.html') },
      },
    },
  },
});
