import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { preferencesSchema, viewStateKeySchema } from '../../shared/ipc/contract';
import { computeDowntimeBudget } from '../../shared/sla/downtime-budget';
import { HandlerError } from '../../shared/ipc/result';
import type { ExportFormat, PlanExportFormat } from '../../shared/ipc/contract';
import { createCatalogueHandlers } from './catalogue-handlers';
import { type RenderPdf, createExportHandlers, createPlanExportRenderer } from './export-handlers';
import { createChoicesHandlers } from './choices-handlers';
import { createDistributionHandlers } from './distribution-handlers';
import { createPlanHandlers } from './plan-handlers';
import type { Handlers } from './dispatch';
import { createSerialQueue, readJsonFile, writeJsonFileAtomic } from './json-file-store';

export type HandlerContext = {
  /** Where the app keeps its files: Electron's userData, or the browser host's/CLI's data folder. */
  dataDir: string;
  transport: 'electron' | 'web' | 'cli';
  version: string;
  locale: string;
  /**
   * Opens an https link outside the app, after the transport's own checks; `catalogueLinks` are the
   * built-in catalogue's homepage and repository URLs, which Electron also lets through.
   */
  openExternal: (url: string, catalogueLinks: ReadonlySet<string>) => Promise<boolean>;
  /**
   * Asks the user where to save an export (Electron's save dialog); undefined when cancelled.
   * Absent in the browser host, where the browser's own download does the saving.
   */
  chooseSavePath?: (suggestedName: string, format: ExportFormat | PlanExportFormat) => Promise<string | undefined>;
  /**
   * Prints self-contained HTML to PDF: Electron's printToPDF in the app, headless Chromium in the
   * browser host and the CLI. Absent, PDF export reports that it is not available.
   */
  renderPdf?: RenderPdf;
  /**
   * Asks the user which plan file to open (Electron's open dialog); undefined when cancelled.
   * Absent in the browser host, where the page reads a picked or dropped file itself.
   */
  chooseOpenPath?: () => Promise<string | undefined>;
};

const viewStateFileSchema = z.partialRecord(viewStateKeySchema, z.json());

/**
 * The main-process side of every channel. It does no Electron calls of its own, so the same
 * handlers serve the Electron shell, the browser host and the CLI.
 */
export function createHandlers(context: HandlerContext): Handlers {
  const preferencesPath = join(context.dataDir, 'preferences.json');
  const viewStatePath = join(context.dataDir, 'view-state.json');
  const loadPreferences = () => readJsonFile(preferencesPath, preferencesSchema, preferencesSchema.parse({}));
  const serially = createSerialQueue();

  const catalogue = createCatalogueHandlers(context.dataDir);
  return {
    ...catalogue.handlers,
    ...createExportHandlers({
      render: createPlanExportRenderer({ renderPdf: context.renderPdf, catalogue: () => catalogue.handlers.getCatalogue({}) }),
      chooseSavePath: context.chooseSavePath,
    }),
    ...createChoicesHandlers(catalogue.conformance),
    ...createDistributionHandlers(catalogue.conformance),
    ...createPlanHandlers(context),

    saveExportFile: async ({ suggestedName, format, content }) => {
      if (!context.chooseSavePath) {
        throw new HandlerError('not-found', 'Saving through a dialog is only available in the desktop app.', {
          key: 'export.dialogUnavailable',
          params: {},
        });
      }
      const path = await context.chooseSavePath(suggestedName, format);
      if (path === undefined) return { saved: false };
      try {
        await writeFile(path, content, 'utf8');
      } catch (error) {
        const reason = (error as Error).message;
        throw new HandlerError('io-failure', `Could not save ${path}: ${reason}`, { key: 'store.saveFailed', params: { path, reason } });
      }
      return { saved: true, path };
    },

    getAppInfo: async () => ({ version: context.version, locale: context.locale, transport: context.transport }),

    loadPreferences,

    savePreferences: (changes) =>
      serially(async () => {
        const next = preferencesSchema.parse({ ...(await loadPreferences()), ...changes });
        await writeJsonFileAtomic(preferencesPath, next);
        return next;
      }),

    loadViewState: async ({ key }) => {
      const all = await readJsonFile(viewStatePath, viewStateFileSchema, {});
      return { value: all[key] ?? null };
    },

    saveViewState: ({ key, value }) =>
      serially(async () => {
        const all = await readJsonFile(viewStatePath, viewStateFileSchema, {});
        await writeJsonFileAtomic(viewStatePath, { ...all, [key]: value });
        return { saved: true as const };
      }),

    computeDowntimeBudget: async ({ availabilityPercent, convention }) =>
      computeDowntimeBudget(availabilityPercent, convention),

    // The transport's opener is the only way out: Electron passes openExternalSafely (https and an
    // allow-list of hosts), the browser host and the CLI pass one that opens nothing.
    openExternal: async ({ url }) =>
      ({ opened: await context.openExternal(url, catalogue.links) }) /* eng-disable OPEN_EXTERNAL_JS_CHECK */,
  };
}
