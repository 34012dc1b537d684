import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import type { z } from 'zod';
import { searchTermsFileSchema } from './shared/catalogue/catalogue-search';
import { productStatusFileSchema } from './shared/catalogue/product-status';
import { builtInCatalogueSchema, distributionTypeTableSchema } from './shared/catalogue/schema';
import { questionnaireSchema, sdnDataSchema, storageDataSchema } from './shared/choices/tradeoff-schema';
import { conformanceDatasetSchema } from './shared/conformance/conformance-schema';
import { distributionProfilesSchema } from './shared/distributions/profile-schema';
import { table41Schema } from './shared/sla/table-4-1';
import { table51Schema } from './shared/topology/table-5-1';

/**
 * Fails the build on catalogue data that breaks its schema, naming the file and the field, so bad
 * data never ships (main parses it again at start, but by then it is the user's problem).
 */
function validateCatalogueData(): Plugin {
  const files: [string, z.ZodType][] = [
    ['data/catalogue/products.json', builtInCatalogueSchema],
    ['data/catalogue/product-status.json', productStatusFileSchema],
    ['data/catalogue/search-terms.json', searchTermsFileSchema],
    ['data/catalogue/distribution-types.json', distributionTypeTableSchema],
    ['data/choices/questionnaire.json', questionnaireSchema],
    ['data/choices/network-plugins.json', sdnDataSchema],
    ['data/choices/storage-options.json', storageDataSchema],
    ['data/sla/table-4-1.json', table41Schema],
    ['data/topology/table-5-1.json', table51Schema],
    ['data/conformance/k8s-conformance.json', conformanceDatasetSchema],
    ['data/distributions/profiles.json', distributionProfilesSchema],
  ];
  return {
    name: 'kube-planner:validate-catalogue-data',
    buildStart() {
      for (const [file, schema] of files) {
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
    plugins: [validateCatalogueData()],
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
