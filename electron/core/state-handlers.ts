import { join } from 'node:path';
import { z } from 'zod';
import { preferencesSchema, type viewStateKeySchema } from '../../shared/ipc/contract';
import { workspaceViewSchema } from '../../shared/ipc/workspace-view';
import type { Handlers } from './dispatch';
import { createSerialQueue, writeJsonFileAtomic } from './json-file-store';
import { type StateNotice, readStateFile, salvageFields, salvageObject } from './state-file';

type ViewStateFile = Partial<Record<z.infer<typeof viewStateKeySchema>, z.infer<ReturnType<typeof z.json>>>>;

/** zustand's persisted form of the page's workspace view: its state and the version it was saved under. */
const persistedViewSchema = z.object({ state: z.record(z.string(), z.unknown()), version: z.number() });

/** Each field of the persisted workspace view checked on its own; an unknown key is dropped. */
function salvageViewState(json: Record<string, unknown>): { value: ViewStateFile; reset: string[] } {
  if (!Object.hasOwn(json, 'workspace')) return { value: {}, reset: [] };
  const persisted = persistedViewSchema.safeParse(json.workspace);
  if (!persisted.success) return { value: {}, reset: ['workspace'] };
  const { clean, reset } = salvageFields(workspaceViewSchema, persisted.data.state, 'workspace.');
  return { value: { workspace: { state: clean as z.infer<ReturnType<typeof z.json>>, version: persisted.data.version } }, reset };
}

/**
 * The preferences and the page's view state, each a JSON file in the data folder. A damaged file is
 * salvaged field by field, and what was reset is added to `notices` for the page to show.
 */
export function createStateHandlers(dataDir: string, notices: StateNotice[]): Pick<Handlers, 'loadPreferences' | 'savePreferences' | 'loadViewState' | 'saveViewState'> {
  const preferencesPath = join(dataDir, 'preferences.json');
  const viewStatePath = join(dataDir, 'view-state.json');
  const loadPreferences = () => readStateFile(preferencesPath, preferencesSchema.parse({}), salvageObject(preferencesSchema), { notices });
  const loadViewStateFile = () => readStateFile<ViewStateFile>(viewStatePath, {}, salvageViewState, { notices });
  const serially = createSerialQueue();
  return {
    loadPreferences,

    savePreferences: (changes) =>
      serially(async () => {
        const next = preferencesSchema.parse({ ...(await loadPreferences()), ...changes });
        await writeJsonFileAtomic(preferencesPath, next);
        return next;
      }),

    loadViewState: async ({ key }) => {
      const all = await loadViewStateFile();
      return { value: all[key] ?? null };
    },

    saveViewState: ({ key, value }) =>
      serially(async () => {
        const all = await loadViewStateFile();
        await writeJsonFileAtomic(viewStatePath, { ...all, [key]: value });
        return { saved: true as const };
      }),
  };
}
