import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The CLI and the browser host as bundles for plain `node`: everything they import (zod, i18next,
 * yaml and the data files) is inside, so a call starts without tsx and without resolving hundreds
 * of files in node_modules. playwright-core stays outside: it is imported only when a PDF is printed.
 */
export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: resolve(import.meta.dirname, 'out/node'),
    emptyOutDir: true,
    minify: true,
    reportCompressedSize: false,
    rollupOptions: {
      input: {
        'kube-planner': resolve(import.meta.dirname, 'electron/cli/main.ts'),
        'web-host': resolve(import.meta.dirname, 'electron/web/main.ts'),
        start: resolve(import.meta.dirname, 'electron/start.ts'),
      },
      external: ['playwright-core'],
      output: {
        format: 'es',
        entryFileNames: '[name].js',
        banner: (chunk) => (chunk.name === 'kube-planner' && chunk.isEntry ? '#!/usr/bin/env node' : ''),
      },
    },
  },
  ssr: { noExternal: true, target: 'node' },
});
