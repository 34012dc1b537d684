import { basename } from 'node:path';
import type { PlanWorkspaceChannelName } from '../../shared/ipc/channels';
import { HandlerError } from '../../shared/ipc/result';
import { parsePlanFile } from '../../shared/plan/plan-file';
import type { Handlers } from './dispatch';
import type { HandlerContext } from './handlers';
import { writeTextFileAtomic } from './json-file-store';
import { type PlanStoreOptions, createPlanStore, planFileHandlerError, readPlanFile, serializedForSaving } from './plan-store';

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

    importPlanFile: async ({ fileName, content }) => {
      let plan;
      try {
        plan = parsePlanFile(content, fileName);
      } catch (error) {
        throw planFileHandlerError(error);
      }
      return store.addFromFile(plan, { fileName });
    },

    openPlanFile: async () => {
      if (!context.chooseOpenPath) {
        throw new HandlerError('not-found', 'Opening through a dialog is only available in the desktop app.', {
          key: 'planStore.openDialogUnavailable',
          params: {},
        });
      }
      const path = await context.chooseOpenPath();
      if (path === undefined) return { plan: null };
      const plan = await readPlanFile(path, basename(path));
      return store.addFromFile(plan, { fileName: basename(path), path });
    },

    openRecentPlanFile: async ({ path }) => {
      if (!(await store.isRecentPath(path))) {
        throw new HandlerError('invalid-request', `${path} is not one of the recent plan files; open it through the Open dialog.`, {
          key: 'planStore.notRecent',
          params: { path },
        });
      }
      const plan = await readPlanFile(path, basename(path));
      return store.addFromFile(plan, { fileName: basename(path), path });
    },

    savePlanFileAs: async ({ plan, suggestedName }) => {
      if (!context.chooseSavePath) {
        throw new HandlerError('not-found', 'Saving through a dialog is only available in the desktop app.', {
          key: 'export.dialogUnavailable',
          params: {},
        });
      }
      const path = await context.chooseSavePath(suggestedName, 'json');
      if (path === undefined) return { saved: false };
      await writeTextFileAtomic(path, serializedForSaving(plan), { writeContent: options.writeContent });
      await store.rememberFile({ fileName: basename(path), path });
      return { saved: true, path };
    },
  };
}
