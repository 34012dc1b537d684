import { randomUUID } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { type PlanSummary, type PlanWorkspace, type RecentPlanFile, recentPlanFileSchema } from '../../shared/ipc/contract';
import { toErrorPayload } from '../../shared/ipc/result';
import { MAX_PLAN_FILE_BYTES, PLAN_FILE_EXTENSION, parsePlanFile, planFileTooLarge, serializePlan } from '../../shared/plan/plan-file';
import { UserError } from '../../shared/user-error';
import { type Plan, createEmptyPlan, planIdSchema } from '../../shared/plan/plan-schema';
import { type ContentWriter, createSerialQueue, readFailed, writeJsonFileAtomic, writeTextFileAtomic } from './json-file-store';
import { type StateNotice, readStateFile, salvageObject } from './state-file';

/** How many opened or saved plan files the workspace remembers. */
export const MAX_RECENT_FILES = 10;

export const workspaceStateSchema = z.object({
  lastOpenId: planIdSchema.nullable().default(null),
  recentFiles: z.array(recentPlanFileSchema).default([]),
});
type WorkspaceState = z.infer<typeof workspaceStateSchema>;

export type PlanStoreOptions = {
  /** Writes a plan's text into the temporary file; tests pass one that fails or stalls. */
  writeContent?: ContentWriter;
  now?: () => Date;
  newId?: () => string;
  /** Where a reset of a damaged workspace.json is told (see state-file); kept to itself when absent. */
  notices?: StateNotice[];
};

/**
 * Reads a plan file from disk, refusing an oversized one by its size before reading it, so a
 * multi-gigabyte file never reaches memory.
 */
export async function readPlanFile(path: string, fileName: string): Promise<Plan> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_PLAN_FILE_BYTES) throw planFileTooLarge(fileName, size);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw readFailed(path, error);
  }
  return parsePlanFile(text, fileName);
}

/**
 * The plans workspace on disk: `plans/<id>.kplan.json` (with its `.bak`, one save behind),
 * `plans/trash/` for deleted plans, and `plans/workspace.json` for the last open plan and the
 * recent files. Every change goes through one queue, so an autosave never races a trash or rename.
 */
export function createPlanStore(dataDir: string, options: PlanStoreOptions = {}) {
  const plansDir = join(dataDir, 'plans');
  const trashDir = join(plansDir, 'trash');
  const statePath = join(plansDir, 'workspace.json');
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? randomUUID;
  const serially = createSerialQueue();

  const planPath = (id: string, folder = plansDir) => join(folder, `${id}${PLAN_FILE_EXTENSION}`);
  const notices = options.notices ?? [];
  // The plans are listed from their files; this index only remembers the last open plan and the
  // recent files, so a damaged one is rebuilt from its defaults without hiding a single plan.
  const readState = () => readStateFile(statePath, workspaceStateSchema.parse({}), salvageObject(workspaceStateSchema), { notices, now });
  const writeState = (state: WorkspaceState) => writeJsonFileAtomic(statePath, state, { writeContent: options.writeContent });
  const updateState = async (change: (state: WorkspaceState) => WorkspaceState) => writeState(change(await readState()));

  /** Whether a file can be created and written in the plans folder, tried with a probe file removed after. */
  async function canWrite(): Promise<boolean> {
    const probe = join(plansDir, `.write-probe-${randomUUID()}`);
    try {
      await mkdir(plansDir, { recursive: true });
      const handle = await open(probe, 'wx');
      try {
        await (options.writeContent ?? ((file, text) => file.writeFile(text, 'utf8')))(handle, 'probe');
      } finally {
        await handle.close();
      }
      return true;
    } catch {
      return false;
    } finally {
      await rm(probe, { force: true }).catch(() => undefined);
    }
  }

  async function idsIn(folder: string): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw readFailed(folder, error);
    }
    return names
      .filter((name) => name.endsWith(PLAN_FILE_EXTENSION))
      .map((name) => name.slice(0, -PLAN_FILE_EXTENSION.length))
      .filter((id) => planIdSchema.safeParse(id).success);
  }

  async function summaryOf(id: string, folder: string): Promise<PlanSummary> {
    try {
      const plan = await readPlanFile(planPath(id, folder), `${id}${PLAN_FILE_EXTENSION}`);
      return { id, title: plan.title, team: plan.team, updatedAt: plan.updatedAt, revision: plan.revision };
    } catch (error) {
      return { id, title: '', team: '', updatedAt: '', problem: toErrorPayload(error) };
    }
  }

  async function exists(path: string): Promise<boolean> {
    return stat(path).then(
      () => true,
      () => false,
    );
  }

  async function requirePlan(id: string): Promise<Plan> {
    if (!(await exists(planPath(id)))) {
      throw new UserError('not-found', 'planStore.notFound', { id });
    }
    return readPlanFile(planPath(id), `${id}${PLAN_FILE_EXTENSION}`);
  }

  async function writePlan(plan: Plan): Promise<void> {
    await writeTextFileAtomic(planPath(plan.id), serializePlan(plan), { keepBackup: true, writeContent: options.writeContent });
  }

  /** Moves a plan's file and its backup together; the backup may not exist yet. */
  async function movePlanFiles(id: string, from: string, to: string): Promise<void> {
    await mkdir(to, { recursive: true });
    await rename(planPath(id, from), planPath(id, to));
    await rename(`${planPath(id, from)}.bak`, `${planPath(id, to)}.bak`).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }

  /** A new plan in the workspace, with a fresh id when the given one is already taken. */
  async function addPlan(plan: Plan): Promise<Plan> {
    const taken = (await exists(planPath(plan.id))) || (await exists(planPath(plan.id, trashDir)));
    // A plan new to this workspace starts its own count of saves.
    const added = { ...plan, id: taken ? newId() : plan.id, revision: 0 };
    await writePlan(added);
    await updateState((state) => ({ ...state, lastOpenId: added.id }));
    return added;
  }

  function rememberFile(state: WorkspaceState, file: Omit<RecentPlanFile, 'openedAt'>): WorkspaceState {
    const same = (entry: RecentPlanFile) => (file.path ? entry.path === file.path : !entry.path && entry.fileName === file.fileName);
    const recentFiles = [{ ...file, openedAt: now().toISOString() }, ...state.recentFiles.filter((entry) => !same(entry))];
    return { ...state, recentFiles: recentFiles.slice(0, MAX_RECENT_FILES) };
  }

  return {
    workspace: (): Promise<PlanWorkspace> =>
      serially(async () => {
        const [state, planIds, trashIds, writable] = await Promise.all([readState(), idsIn(plansDir), idsIn(trashDir), canWrite()]);
        const plans = await Promise.all(planIds.map((id) => summaryOf(id, plansDir)));
        const trash = await Promise.all(
          trashIds.map(async (id) => ({
            ...(await summaryOf(id, trashDir)),
            trashedAt: (await stat(planPath(id, trashDir))).mtime.toISOString(),
          })),
        );
        const newestFirst = <T extends { updatedAt: string }>(a: T, b: T) => b.updatedAt.localeCompare(a.updatedAt);
        return {
          plans: plans.sort(newestFirst),
          trash: trash.sort((a, b) => b.trashedAt.localeCompare(a.trashedAt)),
          recentFiles: state.recentFiles,
          lastOpenId: state.lastOpenId !== null && planIds.includes(state.lastOpenId) ? state.lastOpenId : null,
          readOnly: !writable,
        };
      }),

    load: (id: string) =>
      serially(async () => {
        const plan = await requirePlan(id);
        // Remembering the open plan is a convenience: on a folder that cannot be written the plan still opens.
        await updateState((state) => ({ ...state, lastOpenId: id })).catch(() => undefined);
        return plan;
      }),

    create: (title: string) =>
      serially(() => addPlan(createEmptyPlan({ id: newId(), title, now: now() }))),

    save: (plan: Plan) =>
      serially(async () => {
        // A late autosave of a plan the user has just deleted must not bring it back beside its trashed copy.
        if (await exists(planPath(plan.id, trashDir))) {
          throw new UserError('not-found', 'planStore.notFound', { id: plan.id });
        }
        // A missing or damaged file has no revision to protect; the save replaces it (the damaged one stays as .bak).
        const onDisk = await readPlanFile(planPath(plan.id), `${plan.id}${PLAN_FILE_EXTENSION}`).catch(() => undefined);
        if (onDisk && onDisk.revision !== plan.revision) {
          throw new UserError('conflict', 'planStore.changedElsewhere', { title: plan.title });
        }
        const revision = (onDisk?.revision ?? plan.revision) + 1;
        await writePlan({ ...plan, revision });
        return { savedAt: now().toISOString(), revision };
      }),

    rename: (id: string, title: string) =>
      serially(async () => {
        const stored = await requirePlan(id);
        const plan = { ...stored, title, updatedAt: now().toISOString(), revision: stored.revision + 1 };
        await writePlan(plan);
        return { id, title, team: plan.team, updatedAt: plan.updatedAt, revision: plan.revision };
      }),

    duplicate: (id: string, title: string) =>
      serially(async () => {
        const timestamp = now().toISOString();
        return addPlan({ ...(await requirePlan(id)), id: newId(), title, createdAt: timestamp, updatedAt: timestamp });
      }),

    trash: (id: string) =>
      serially(async () => {
        await requirePlan(id).catch((error: unknown) => {
          // A plan whose file is damaged can still be put in the trash; only a missing one cannot.
          if (error instanceof UserError && error.code === 'not-found') throw error;
        });
        await movePlanFiles(id, plansDir, trashDir).catch((error: unknown) => {
          throw error instanceof UserError ? error : readFailed(planPath(id), error);
        });
        // The trash lists by when a plan went in; rename keeps the old modification time.
        const moment = now();
        await utimes(planPath(id, trashDir), moment, moment);
        await updateState((state) => (state.lastOpenId === id ? { ...state, lastOpenId: null } : state));
        return { trashed: true as const };
      }),

    restore: (id: string) =>
      serially(async () => {
        if (!(await exists(planPath(id, trashDir)))) {
          throw new UserError('not-found', 'planStore.notInTrash', { id });
        }
        await movePlanFiles(id, trashDir, plansDir).catch((error: unknown) => {
          throw readFailed(planPath(id, trashDir), error);
        });
        return summaryOf(id, plansDir);
      }),

    /**
     * Adds a plan read from a file to the workspace and remembers the file. A plan whose id is
     * already in the workspace is not added: the user chooses between the two.
     */
    addFromFile: (plan: Plan, file: { fileName: string; path?: string }) =>
      serially(async (): Promise<{ plan: Plan; existing?: { id: string; title: string } }> => {
        await updateState((state) => rememberFile(state, file));
        if (await exists(planPath(plan.id))) {
          const existing = await summaryOf(plan.id, plansDir);
          return { plan, existing: { id: plan.id, title: existing.title } };
        }
        return { plan: await addPlan(plan) };
      }),

    rememberFile: (file: { fileName: string; path?: string }) => serially(() => updateState((state) => rememberFile(state, file))),

    isRecentPath: async (path: string) => (await readState()).recentFiles.some((entry) => entry.path === path),
  };
}
export type PlanStore = ReturnType<typeof createPlanStore>;
