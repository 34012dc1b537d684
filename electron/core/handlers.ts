import { writeFile } from 'node:fs/promises';
import { UserError } from '../../shared/user-error';
import type { ExportFormat } from '../../shared/ipc/contract';
import { planWorkspaceChannelNames } from '../../shared/ipc/channels';
import type { RenderPdf } from './export-handlers';
import { createSlaHandlers } from './sla-handlers';
import type { Handlers } from './dispatch';
import type { CatalogueHandlersWithData } from './catalogue-handlers';
import type { ChannelName } from '../../shared/ipc/channels';
import type { StateNotice } from './state-file';

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
  chooseSavePath?: (suggestedName: string, format: ExportFormat) => Promise<string | undefined>;
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
  /** Shows a file in the system's file manager (Electron's shell). Absent in the browser host and the CLI. */
  showItemInFolder?: (path: string) => void;
};

/**
 * A group of channels whose module loads, and whose data is read, on the first call to any of them:
 * a CLI command (an `sla` calculation) that calls none of them never pays for them.
 */
function loadedOnFirstCall<C extends ChannelName>(channels: readonly C[], load: () => Promise<Pick<Handlers, C>>): Pick<Handlers, C> {
  let loading: Promise<Pick<Handlers, C>> | undefined;
  const forward = (channel: C) => async (request: never) => {
    const group = await (loading ??= load());
    return (group[channel] as (request: never) => Promise<unknown>)(request);
  };
  return Object.fromEntries(channels.map((channel) => [channel, forward(channel)])) as unknown as Pick<Handlers, C>;
}

const stateChannelNames = ['loadPreferences', 'savePreferences', 'loadViewState', 'saveViewState'] as const;
const catalogueChannelNames = ['getCatalogue', 'importLandscape', 'removeLandscapeImport', 'importConformance', 'removeConformanceImport'] as const;

/**
 * The main-process side of every channel. It does no Electron calls of its own, so the same
 * handlers serve the Electron shell, the browser host and the CLI.
 */
export function createHandlers(context: HandlerContext): Handlers {
  /** What was reset in a damaged state file, until the page takes it. */
  const notices: StateNotice[] = [];

  // The catalogue (its data and the conformance data the choices and profiles read too) is made on
  // the first call that needs it: the host asks for it at once, a CLI calculation never does.
  let catalogueLoading: Promise<CatalogueHandlersWithData> | undefined;
  const catalogue = () =>
    (catalogueLoading ??= import('./catalogue-handlers').then(({ createCatalogueHandlers }) => createCatalogueHandlers(context.dataDir)));
  // Every path the user picked in a save dialog this run: the only files "Show in folder" may reveal.
  const savedPaths = new Set<string>();
  const askForSavePath = context.chooseSavePath;
  const chooseSavePath: HandlerContext['chooseSavePath'] = askForSavePath
    ? async (suggestedName, format) => {
        const path = await askForSavePath(suggestedName, format);
        if (path !== undefined) savedPaths.add(path);
        return path;
      }
    : undefined;
  context = { ...context, chooseSavePath };
  return {
    ...loadedOnFirstCall(catalogueChannelNames, async () => (await catalogue()).handlers),
    // Exports bring the YAML writer, the Kubernetes schemas and the plan's documents: loaded on the
    // first export, so a start (of the host, of a CLI command that exports nothing) does not load them.
    ...loadedOnFirstCall(['exportPlan'], async () => {
      const { createExportHandlers, createPlanExportRenderer } = await import('./export-handlers');
      return createExportHandlers({
        render: createPlanExportRenderer({ renderPdf: context.renderPdf, catalogue: async () => (await catalogue()).handlers.getCatalogue({}) }),
        chooseSavePath: context.chooseSavePath,
      });
    }),
    ...loadedOnFirstCall(['getTradeoffData'], async () => {
      const [{ createChoicesHandlers }, { conformance }] = await Promise.all([import('./choices-handlers'), catalogue()]);
      return createChoicesHandlers(conformance);
    }),
    ...loadedOnFirstCall(['getDistributionProfiles'], async () => {
      const [{ createDistributionHandlers }, { conformance }] = await Promise.all([import('./distribution-handlers'), catalogue()]);
      return createDistributionHandlers(conformance);
    }),
    ...loadedOnFirstCall(planWorkspaceChannelNames, async () => (await import('./plan-handlers')).createPlanHandlers(context, { notices })),
    ...createSlaHandlers(),

    showItemInFolder: async ({ path }) => {
      if (!context.showItemInFolder) {
        throw new UserError('not-found', 'showInFolder.unavailable');
      }
      if (!savedPaths.has(path)) {
        throw new UserError('invalid-request', 'showInFolder.notSaved', { path });
      }
      context.showItemInFolder(path);
      return { shown: true };
    },

    saveExportFile: async ({ suggestedName, format, content, encoding = 'utf8' }) => {
      if (!context.chooseSavePath) {
        throw new UserError('not-found', 'export.dialogUnavailable');
      }
      const path = await context.chooseSavePath(suggestedName, format);
      if (path === undefined) return { saved: false };
      try {
        await writeFile(path, Buffer.from(content, encoding));
      } catch (error) {
        const reason = (error as Error).message;
        throw new UserError('io-failure', 'store.saveFailed', { path, reason });
      }
      return { saved: true, path };
    },

    getAppInfo: async () => ({ version: context.version, locale: context.locale, transport: context.transport }),

    ...loadedOnFirstCall(stateChannelNames, async () => (await import('./state-handlers')).createStateHandlers(context.dataDir, notices)),

    takeStateNotices: async () => ({ notices: notices.splice(0) }),

    // The transport's opener is the only way out: Electron passes openExternalSafely (https and an
    // allow-list of hosts), the browser host and the CLI pass one that opens nothing.
    openExternal: async ({ url }) =>
      ({ opened: await context.openExternal(url, (await catalogue()).links) }) /* eng-disable OPEN_EXTERNAL_JS_CHECK */,
  };
}
