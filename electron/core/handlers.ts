import { join } from 'node:path';
import { z } from 'zod';
import { preferencesSchema, viewStateKeySchema } from '../../shared/ipc/contract';
import { computeDowntimeBudget } from '../../shared/sla/downtime-budget';
import type { Handlers } from './dispatch';
import { createSerialQueue, readJsonFile, writeJsonFileAtomic } from './json-file-store';

export type HandlerContext = {
  /** Where the app keeps its files: Electron's userData, or the browser host's/CLI's data folder. */
  dataDir: string;
  transport: 'electron' | 'web' | 'cli';
  version: string;
  locale: string;
  /** Opens an https link outside the app, after the transport's own allow-list check. */
  openExternal: (url: string) => Promise<boolean>;
};

const viewStateFileSchema = z.record(viewStateKeySchema, z.json());

/**
 * The main-process side of every channel. It does no Electron calls of its own, so the same
 * handlers serve the Electron shell, the browser host and the CLI.
 */
export function createHandlers(context: HandlerContext): Handlers {
  const preferencesPath = join(context.dataDir, 'preferences.json');
  const viewStatePath = join(context.dataDir, 'view-state.json');
  const loadPreferences = () => readJsonFile(preferencesPath, preferencesSchema, preferencesSchema.parse({}));
  const serially = createSerialQueue();

  return {
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

    openExternal: async ({ url }) => ({ opened: await context.openExternal(url) }),
  };
}
