import { basename } from 'node:path';
import type { PlanWorkspaceChannelName } from '../../shared/ipc/channels';
import { UserError } from '../../shared/user-error';
import { parsePlanFile, serializePlan } from '../../shared/plan/plan-file';
import type { Handlers } from './dispatch';
import type { HandlerContext } from './handlers';
import { writeTextFileAtomic } from './json-file-store';
import { type PlanStoreOptions, createPlanStore, readPlanFile } from './plan-store';

type PlanHandlers = Pick<Handlers, PlanWorkspaceChannelName>;

/**
 * The plans workspace for every transport. Main owns the files; the page sends whole plans to save
 * and gets whole plans back, each checked against the plan schema on both sides of the call.
 */
export function createPlanHandlers(
  context: Pick<HandlerContext, 'dataDir' | 'chooseOpenPath' | 'chooseSavePath'>,
  options: PlanStoreOptions = {},
): PlanHandlers {
  const store = createPlanStore(context.dataDir, options);

  return {
    listPlans: () => store.workspace(),
    loadPlan: async ({ id }) => ({ plan: await store.load(id) }),
    createPlan: async ({ title }) => ({ plan: await store.create(title) }),
    savePlan: ({ plan }) => store.save(plan),
    renamePlan: ({ id, title }) => store.rename(id, title),
    duplicatePlan: async ({ id, title }) => ({ plan: await store.duplicate(id, title) }),
    trashPlan: ({ id }) => store.trash(id),
    restorePlan: ({ id }) => store.restore(id),

    importPlanFile: async ({ fileName, content }) => store.addFromFile(parsePlanFile(content, fileName), { fileName }),

    openPlanFile: async () => {
      if (!context.chooseOpenPath) {
        throw new UserError('not-found', 'planStore.openDialogUnavailable');
      }
      const path = await context.chooseOpenPath();
      if (path === undefined) return { plan: null };
      const plan = await readPlanFile(path, basename(path));
      return store.addFromFile(plan, { fileName: basename(path), path });
    },

    openRecentPlanFile: async ({ path }) => {
      if (!(await store.isRecentPath(path))) {
        throw new UserError('invalid-request', 'planStore.notRecent', { path });
      }
      const plan = await readPlanFile(path, basename(path));
      return store.addFromFile(plan, { fileName: basename(path), path });
    },

    savePlanFileAs: async ({ plan, suggestedName }) => {
      if (!context.chooseSavePath) {
        throw new UserError('not-found', 'export.dialogUnavailable');
      }
      const path = await context.chooseSavePath(suggestedName, 'json');
      if (path === undefined) return { saved: false };
      await writeTextFileAtomic(path, serializePlan(plan), { writeContent: options.writeContent });
      await store.rememberFile({ fileName: basename(path), path });
      return { saved: true, path };
    },
  };
}
