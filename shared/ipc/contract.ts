import { z } from 'zod';
import { availabilityPercentSchema, periodConventionSchema } from '../sla/downtime-budget';
import type { IpcResult } from './result';

export const languageSchema = z.enum(['en', 'zh-CN']);
export type Language = z.infer<typeof languageSchema>;

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

const periodSecondsSchema = z.object({
  day: z.number(),
  week: z.number(),
  month: z.number(),
  quarter: z.number(),
  year: z.number(),
});

const emptyRequest = z.object({}).strict();

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
    request: preferencesSchema.partial().strict(),
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
  computeDowntimeBudget: {
    request: z
      .object({
        availabilityPercent: availabilityPercentSchema,
        convention: periodConventionSchema.default('year-365'),
      })
      .strict(),
    response: z.object({
      availabilityPercent: z.number(),
      convention: periodConventionSchema,
      seconds: periodSecondsSchema,
    }),
  },
  openExternal: {
    request: z.object({ url: z.string().max(2_048) }).strict(),
    response: z.object({ opened: z.boolean() }),
  },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type IpcContract = typeof ipcContract;
export type ChannelName = keyof IpcContract;
export const channelNames = Object.keys(ipcContract) as ChannelName[];

/** What a caller may pass: defaults in the schema make those fields optional. */
export type ChannelRequest<C extends ChannelName> = z.input<IpcContract[C]['request']>;
/** What a handler receives once the request has been validated and defaults applied. */
export type ParsedChannelRequest<C extends ChannelName> = z.output<IpcContract[C]['request']>;
export type ChannelResponse<C extends ChannelName> = z.output<IpcContract[C]['response']>;

/** The typed API the renderer sees as `window.kubePlanner`, whatever the transport. */
export type KubePlannerApi = {
  [C in ChannelName]: (request: ChannelRequest<C>) => Promise<IpcResult<ChannelResponse<C>>>;
};

/** Electron's channel name for a contract entry, namespaced so it cannot clash with Electron's own. */
export function electronChannel(channel: ChannelName): string {
  return `kube-planner:${channel}`;
}

export function isChannelName(value: string): value is ChannelName {
  return Object.hasOwn(ipcContract, value);
}
