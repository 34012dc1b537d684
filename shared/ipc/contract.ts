import { z } from 'zod';
import { importReportSchema } from '../catalogue/landscape-import-report';
import { catalogueEntrySchema, distributionTypeTableSchema } from '../catalogue/schema';
import { tradeoffDataSchema } from '../choices/decision-registry';
import { MAX_PRODUCT_FILE_BYTES, conformanceImportReportSchema, kubernetesVersionSchema } from '../conformance/conformance-schema';
import { resolvedDistributionProfilesSchema } from '../distributions/profile-schema';
import { exportFormatIds, planExportFormatIds } from '../export/export-formats';
import { type Language, languageSchema } from '../language';
import { planIdSchema, planSchema } from '../plan/plan-schema';
import type { ChannelName } from './channels';
import { type IpcResult, ipcErrorSchema } from './result';
import { slaChannels } from './sla-channels';

// The transports and the renderer take the language from the contract, as every other shape they send.
export { type Language, languageSchema };

export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);
export type ThemePreference = z.infer<typeof themePreferenceSchema>;

export const preferencesSchema = z.object({
  /** Absent until the user picks one: the app then follows the OS locale. */
  language: languageSchema.optional(),
  theme: themePreferenceSchema.default('system'),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** View state the renderer asks main to keep between runs: one JSON document per key (the renderer persists its workspace as one). */
export const viewStateKeySchema = z.enum(['workspace']);
export type ViewStateKey = z.infer<typeof viewStateKeySchema>;

/** A view-state document is small UI state; the cap stops a buggy or hostile caller filling the disk. */
export const MAX_VIEW_STATE_BYTES = 256 * 1024;
const viewStateValueSchema = z.json().refine((value) => JSON.stringify(value).length <= MAX_VIEW_STATE_BYTES, {
  message: `view state must be at most ${MAX_VIEW_STATE_BYTES} bytes of JSON`,
});

const emptyRequest = z.object({}).strict();


export type { ImportReport } from '../catalogue/landscape-import-report';

/** Which conformance data the catalogue shows: the bundled dataset, or the user's import that replaces it. */
export const conformanceStateSchema = z.object({
  importedFrom: z
    .object({ source: z.string().min(1), importedAt: z.iso.datetime(), report: conformanceImportReportSchema })
    .nullable(),
  versions: z.array(kubernetesVersionSchema).min(1),
  newest: kubernetesVersionSchema,
  /** Set when the saved import could not be read: the bundled data is used and the file kept. */
  storedImportProblem: ipcErrorSchema.optional(),
});
export type ConformanceState = z.infer<typeof conformanceStateSchema>;

export const catalogueSnapshotSchema = z.object({
  /** Built-in entries merged with the imported landscape, one row per product. */
  entries: z.array(catalogueEntrySchema),
  distributionTypes: distributionTypeTableSchema,
  landscapeImport: z.object({ fileName: z.string(), importedAt: z.string(), report: importReportSchema }).nullable(),
  /** Set when the saved import could not be read: the built-in catalogue is served and the file kept. */
  storedImportProblem: ipcErrorSchema.optional(),
  /** The conformance data merged into the rows; optional only so that older peers' snapshots still parse. */
  conformance: conformanceStateSchema.optional(),
});
export type CatalogueSnapshot = z.infer<typeof catalogueSnapshotSchema>;

/**
 * The transport's cap on an imported file's text: above the 50 MB file limit, which the handler
 * enforces in bytes with a message that names the file, so a user sees that message, not this one.
 */
const MAX_IMPORT_CHARACTERS = 64 * 1024 * 1024;

/** The cncf/k8s-conformance repository holds about 120 products per version since v1.7. */
const MAX_CONFORMANCE_FILES = 20_000;
const MAX_CONFORMANCE_PATH_LENGTH = 1024;

/** The longest file name a call may carry; longer names are shortened by the renderer, not refused. */
export const MAX_FILE_NAME_LENGTH = 255;

/**
 * The transport's cap on a plan file's text: above the 5 MB plan limit, which the handler enforces
 * in bytes with a message that names the file.
 */
const MAX_PLAN_IMPORT_CHARACTERS = 8 * 1024 * 1024;

export const planSummarySchema = z.object({
  id: planIdSchema,
  title: z.string(),
  team: z.string(),
  updatedAt: z.string(),
  /** The file's revision (see planSchema), so a page can tell that another one saved the plan. */
  revision: z.number().optional(),
  /** Set when the plan's file in the workspace cannot be read: it is listed, kept, and not opened. */
  problem: ipcErrorSchema.optional(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const recentPlanFileSchema = z.object({
  fileName: z.string(),
  /** Absent for a file the browser handed over: the page never learns where it lives. */
  path: z.string().optional(),
  openedAt: z.string(),
});
export type RecentPlanFile = z.infer<typeof recentPlanFileSchema>;

export const planWorkspaceSchema = z.object({
  plans: z.array(planSummarySchema),
  trash: z.array(planSummarySchema.extend({ trashedAt: z.string() })),
  recentFiles: z.array(recentPlanFileSchema),
  /** The plan open when the app last closed; null before the first plan. */
  lastOpenId: planIdSchema.nullable(),
  /** Set when the plans folder cannot be written: plans open, but no change can be saved. */
  readOnly: z.boolean().optional(),
});
export type PlanWorkspace = z.infer<typeof planWorkspaceSchema>;

const planTitleSchema = z.string().max(200);
const planResponse = z.object({ plan: planSchema });
/**
 * A plan read from a file. When a plan with its id is already in the workspace, main adds nothing
 * and names that plan in `existing`, so the user can open it, replace it or keep both.
 */
const existingPlanSchema = z.object({ id: planIdSchema, title: z.string().max(200) });
const planFileResponse = planResponse.extend({ existing: existingPlanSchema.optional() });

/** Any format Kube Planner writes (shared/export/export-formats.ts): what a save names its file as. */
export const exportFormatSchema = z.enum(exportFormatIds);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

/** The deployment plan's export formats: documents (md, html, pdf), the plan file (json), manifests (yaml). */
export const planExportFormatSchema = z.enum(planExportFormatIds);
export type PlanExportFormat = z.infer<typeof planExportFormatSchema>;

/** Which cluster config a YAML export writes beside the `.k8s.yaml`; kind when not given. */
export const clusterConfigChoiceSchema = z.enum(['kind', 'kubeadm', 'both', 'none']);

const exportedFileSchema = z.object({ fileName: z.string(), mimeType: z.string(), base64: z.string() });

/**
 * Every channel between the renderer and the main process, declared once. Electron's preload, the
 * browser host and the CLI all derive their API from this table, and main validates both sides of
 * every call against it.
 */
export const ipcContract = {
  getAppInfo: {
    request: emptyRequest,
    response: z.object({
      version: z.string(),
      /** The OS locale (BCP 47), used for the default language. */
      locale: z.string(),
      transport: z.enum(['electron', 'web', 'cli']),
    }),
  },
  loadPreferences: {
    request: emptyRequest,
    response: preferencesSchema,
  },
  savePreferences: {
    // Not preferencesSchema.partial(): its theme default would reset the theme on every language change.
    request: z.object({ language: languageSchema.optional(), theme: themePreferenceSchema.optional() }).strict(),
    response: preferencesSchema,
  },
  loadViewState: {
    request: z.object({ key: viewStateKeySchema }).strict(),
    response: z.object({ value: z.json().nullable() }),
  },
  saveViewState: {
    request: z.object({ key: viewStateKeySchema, value: viewStateValueSchema }).strict(),
    response: z.object({ saved: z.literal(true) }),
  },
  ...slaChannels,
  getCatalogue: {
    request: emptyRequest,
    response: catalogueSnapshotSchema,
  },
  /** The Choices page's data: the CaaS/PaaS questionnaire, network plugins and storage options. */
  getTradeoffData: {
    request: emptyRequest,
    response: tradeoffDataSchema,
  },
  importLandscape: {
    request: z
      .object({
        fileName: z.string().min(1).max(MAX_FILE_NAME_LENGTH),
        content: z.string().max(MAX_IMPORT_CHARACTERS),
      })
      .strict(),
    response: z.object({ snapshot: catalogueSnapshotSchema, report: importReportSchema }),
  },
  removeLandscapeImport: {
    request: emptyRequest,
    response: catalogueSnapshotSchema,
  },
  /**
   * A checkout or download of cncf/k8s-conformance, or a part of it: the renderer or the CLI sends only
   * the `vX.Y/<folder>/PRODUCT.yaml` files (an oversized one marked, not read) and counts the rest.
   */
  importConformance: {
    request: z
      .object({
        source: z.string().min(1).max(MAX_FILE_NAME_LENGTH),
        files: z
          .array(
            z
              .object({
                path: z.string().min(1).max(MAX_CONFORMANCE_PATH_LENGTH),
                text: z.string().max(MAX_PRODUCT_FILE_BYTES),
                oversized: z.boolean().optional(),
              })
              .strict(),
          )
          .max(MAX_CONFORMANCE_FILES),
        ignoredFiles: z.number().int().nonnegative(),
      })
      .strict(),
    response: z.object({ snapshot: catalogueSnapshotSchema, report: conformanceImportReportSchema }),
  },
  removeConformanceImport: {
    request: emptyRequest,
    response: catalogueSnapshotSchema,
  },
  /** The distribution profiles, each with its certification read from the conformance data in use. */
  getDistributionProfiles: {
    request: emptyRequest,
    response: resolvedDistributionProfilesSchema,
  },
  /**
   * Saves a file the page made through a native save dialog (Electron); the browser's client
   * downloads it instead, without a call. A binary format (PDF, zip) comes base64-encoded.
   */
  saveExportFile: {
    request: z
      .object({
        suggestedName: z.string().min(1).max(MAX_FILE_NAME_LENGTH),
        format: exportFormatSchema,
        content: z.string().max(MAX_IMPORT_CHARACTERS),
        encoding: z.enum(['utf8', 'base64']).optional(),
      })
      .strict(),
    response: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  openExternal: {
    request: z.object({ url: z.string().max(2_048) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
  /**
   * What main reset in a damaged state file (preferences, view state, the plans' index) since the
   * last call, each said once: the page shows them and main forgets them.
   */
  takeStateNotices: { request: emptyRequest, response: z.object({ notices: z.array(ipcErrorSchema) }) },
  /**
   * Shows a file in the system's file manager (Electron); only a file main itself saved through the
   * save dialog in this run, so the page cannot make main reveal any path it names.
   */
  showItemInFolder: { request: z.object({ path: z.string().min(1).max(4_096) }).strict(), response: z.object({ shown: z.boolean() }) },
  /** The plans workspace: plans, trash, recent files and which plan was open last. */
  listPlans: { request: emptyRequest, response: planWorkspaceSchema },
  loadPlan: { request: z.object({ id: planIdSchema }).strict(), response: planResponse },
  createPlan: { request: z.object({ title: planTitleSchema }).strict(), response: planResponse },
  /**
   * The autosave target: replaces the plan's file, keeping the previous one as `.bak`. The plan's
   * revision must be the file's; the answer carries the new one. A stale one fails with `conflict`.
   */
  savePlan: { request: z.object({ plan: planSchema }).strict(), response: z.object({ savedAt: z.string(), revision: z.number() }) },
  renamePlan: { request: z.object({ id: planIdSchema, title: planTitleSchema }).strict(), response: planSummarySchema },
  duplicatePlan: { request: z.object({ id: planIdSchema, title: planTitleSchema }).strict(), response: planResponse },
  trashPlan: { request: z.object({ id: planIdSchema }).strict(), response: z.object({ trashed: z.literal(true) }) },
  restorePlan: { request: z.object({ id: planIdSchema }).strict(), response: planSummarySchema },
  /** A plan file the page read itself (drop, file picker), added to the workspace as a plan. */
  importPlanFile: {
    request: z
      .object({ fileName: z.string().min(1).max(MAX_FILE_NAME_LENGTH), content: z.string().max(MAX_PLAN_IMPORT_CHARACTERS) })
      .strict(),
    response: planFileResponse,
  },
  /** Electron's open dialog; null when cancelled. The browser host has none: the page picks the file. */
  openPlanFile: { request: emptyRequest, response: z.object({ plan: planSchema.nullable(), existing: existingPlanSchema.optional() }) },
  /** Only a path in the recent-files list: the page cannot make main read any file it names. */
  openRecentPlanFile: { request: z.object({ path: z.string().min(1).max(4_096) }).strict(), response: planFileResponse },
  /** Electron's save dialog; the browser's client downloads the plan file instead, without a call. */
  savePlanFileAs: {
    request: z.object({ plan: planSchema, suggestedName: z.string().min(1).max(MAX_FILE_NAME_LENGTH) }).strict(),
    response: z.object({ saved: z.boolean(), path: z.string().optional() }),
  },
  /**
   * Renders the plan in a format and language in main (PDF needs a browser engine). Electron saves it
   * through the save dialog; the browser host and the CLI get the file back to download or write.
   */
  exportPlan: {
    request: z
      .object({ plan: planSchema, format: planExportFormatSchema, language: languageSchema, clusterConfig: clusterConfigChoiceSchema.optional() })
      .strict(),
    response: z.object({
      saved: z.boolean(),
      path: z.string().optional(),
      /** One file: the export itself, or a zip when it is several (a browser downloads one file). */
      download: exportedFileSchema.optional(),
      /** The zip's files one by one, for a caller that writes files itself (the CLI). */
      files: z.array(exportedFileSchema).optional(),
      /** What the manifests left out or want changed; each file's header carries the same. */
      notes: z.array(z.object({ code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])), message: z.string() })).optional(),
    }),
  },
} as const satisfies Record<ChannelName, { request: z.ZodType; response: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export { channelNames, electronChannel, type ChannelName } from './channels';

/** What a caller may pass: defaults in the schema make those fields optional. */
export type ChannelRequest<C extends ChannelName> = z.input<IpcContract[C]['request']>;
/** What a handler receives once the request has been validated and defaults applied. */
export type ParsedChannelRequest<C extends ChannelName> = z.output<IpcContract[C]['request']>;
export type ChannelResponse<C extends ChannelName> = z.output<IpcContract[C]['response']>;

/** The typed API the renderer sees as `window.kubePlanner`, whatever the transport. */
export type KubePlannerApi = {
  [C in ChannelName]: (request: ChannelRequest<C>) => Promise<IpcResult<ChannelResponse<C>>>;
};

export function isChannelName(value: string): value is ChannelName {
  return Object.hasOwn(ipcContract, value);
}
