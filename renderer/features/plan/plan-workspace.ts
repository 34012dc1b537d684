import type { DescribableError } from '../../../shared/i18n/describe-error';
import type { PlanWorkspaceChannelName } from '../../../shared/ipc/channels';
import type { KubePlannerApi, PlanWorkspace } from '../../../shared/ipc/contract';
import { unwrap } from '../../../shared/ipc/result';
import { MAX_PLAN_FILE_BYTES, PLAN_FILE_EXTENSION, planFileTooLarge } from '../../../shared/plan/plan-file';
import type { Plan } from '../../../shared/plan/plan-schema';
import type { PlanFileConflict } from './plan-slice';
import type { AppState } from '../../app/store';
import { notify, notifySaved } from '../../ui/notices';
import { AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS, createDebounceWithMaxWait, saveRetryDelayMs } from './autosave-timing';
import { type PlanSaveProblemsStore, usePlanSaveProblems } from './plan-save-problems';

type PlanApi = Pick<KubePlannerApi, PlanWorkspaceChannelName>;

/** The store as this module needs it: zustand's API plus zundo's temporal store. */
export type PlanStoreApi = {
  getState: () => AppState;
  setState: (partial: Partial<AppState>) => void;
  subscribe: (listener: (state: AppState, previous: AppState) => void) => () => void;
  temporal: { getState: () => { clear: () => void } };
};

/**
 * The current plan's link to main: autosave (debounced, so typing is one save, not one per key, with
 * a maximum wait, so continuous typing is saved too),
 * and every workspace action, each of which saves pending edits first so nothing typed is lost.
 * A failed call is reported and changes nothing in the page.
 */
export function createPlanWorkspace(
  api: PlanApi,
  store: PlanStoreApi,
  debounceMs = AUTOSAVE_DEBOUNCE_MS,
  problems: PlanSaveProblemsStore = usePlanSaveProblems,
) {
  const autosave = createDebounceWithMaxWait(() => void save({ backingOff: true }), { waitMs: debounceMs, maxWaitMs: AUTOSAVE_MAX_WAIT_MS });
  /** The next try after failed saves: 1 s, 2 s, 4 s … up to a minute, whatever the user types meanwhile. */
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let failedSaves = 0;

  function scheduleRetry(error: DescribableError): void {
    failedSaves += 1;
    const delayMs = saveRetryDelayMs(failedSaves);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void save();
    }, delayMs);
    problems.setState({ retry: { attempt: failedSaves, delayMs, error } });
  }

  function clearRetry(): void {
    clearTimeout(retryTimer);
    retryTimer = undefined;
    failedSaves = 0;
    if (problems.getState().retry) problems.setState({ retry: null });
  }
  /** The revision of the plan's file this page's edits build on; a save from an older one is refused. */
  let knownRevision = 0;
  /** The text of the plan as main last stored it; an unchanged plan is not sent again. */
  let lastSaved: string | undefined;
  let saving: Promise<void> = Promise.resolve();

  const state = () => store.getState();
  const report = (error: DescribableError) => state().reportError(error);

  /** Sends the plan now; an autosave (`backingOff`) waits for the retry timer while saves are failing. */
  function save({ backingOff = false }: { backingOff?: boolean } = {}): Promise<void> {
    autosave.cancel();
    const plan = state().plan;
    // While a conflict waits for the user's choice, saving again would only be refused again; a
    // folder that cannot be written refuses every save.
    if (!plan || problems.getState().conflict || problems.getState().readOnly) return saving;
    if (backingOff && retryTimer !== undefined) return saving;
    const text = JSON.stringify(plan);
    if (text === lastSaved) {
      if (state().planSaveState === 'pending') state().setPlanSaveState('saved');
      return saving;
    }
    lastSaved = text;
    state().setPlanSaveState('saving');
    saving = saving.then(async () => {
      const result = await api.savePlan({ plan: { ...plan, revision: knownRevision } });
      if (result.ok) {
        knownRevision = result.value.revision;
        clearRetry();
        // A newer edit may have arrived while this one was on its way; it has its own save coming.
        if (JSON.stringify(state().plan) === text) state().setPlanSaveState('saved');
        // A plan made by putting a decision into it is new to the workspace list.
        if (!state().planWorkspace?.plans.some((summary) => summary.id === plan.id)) await refresh();
        return;
      }
      lastSaved = undefined;
      state().setPlanSaveState('failed', result.error);
      if (result.error.code === 'conflict') {
        const theirs = await api.loadPlan({ id: plan.id });
        problems.setState({ conflict: { mine: state().plan ?? plan, theirs: theirs.ok ? theirs.value.plan : null, error: result.error } });
        return;
      }
      // One banner with the count, not one per try: the page keeps the plan and tries again later.
      scheduleRetry(result.error);
    });
    return saving;
  }

  /** Shows `plan` (or no plan) as the current one, with no undo history reaching into the plan before it. */
  function show(plan: Plan | null): void {
    autosave.cancel();
    knownRevision = plan?.revision ?? 0;
    lastSaved = plan ? JSON.stringify(plan) : undefined;
    store.getState().setPlanSaveState('saved');
    store.setState({ plan });
    store.temporal.getState().clear();
  }

  function setWorkspace(workspace: PlanWorkspace): void {
    state().setPlanWorkspace(workspace);
    if (problems.getState().readOnly !== (workspace.readOnly === true)) problems.setState({ readOnly: workspace.readOnly === true });
  }

  async function refresh(): Promise<void> {
    const result = await api.listPlans({});
    if (result.ok) setWorkspace(result.value);
    else report(result.error);
  }

  /** Runs a workspace call after pending edits are saved; reports a failure and returns undefined. */
  async function run<T>(call: () => Promise<{ ok: true; value: T } | { ok: false; error: DescribableError }>): Promise<T | undefined> {
    await save();
    const result = await call();
    if (!result.ok) {
      report(result.error);
      return undefined;
    }
    return result.value;
  }

  async function showAndRefresh(plan: Plan | undefined | null): Promise<void> {
    if (plan) show(plan);
    await refresh();
  }

  /** A plan from a file: shown when main added it, or held for the user's choice when its id is taken. */
  async function showFromFile(fileName: string, result: { plan: Plan | null; existing?: PlanFileConflict['existing'] } | undefined) {
    if (result?.plan && result.existing) {
      store.setState({ planFileConflict: { plan: result.plan, existing: result.existing, fileName } });
      await refresh();
      return;
    }
    await showAndRefresh(result?.plan);
    if (result?.plan) notify({ key: 'notices.opened', params: { file: fileName.split(/[\\/]/).pop() || result.plan.title, title: result.plan.title } });
  }

  return {
    /** Called once at start: the plan open last time, else the newest, else none until the user makes one. */
    async start(untitled: string): Promise<void> {
      store.setState({ untitledPlanTitle: untitled });
      store.subscribe((current, previous) => {
        if (current.plan === previous.plan || current.plan === null) return;
        if (JSON.stringify(current.plan) === lastSaved) return;
        if (current.planSaveState !== 'failed') current.setPlanSaveState('pending');
        autosave.schedule();
      });
      const workspace = unwrap(await api.listPlans({}));
      setWorkspace(workspace);
      const openable = workspace.plans.filter((summary) => !summary.problem);
      const id = workspace.lastOpenId ?? openable[0]?.id;
      if (id !== undefined) {
        const loaded = await api.loadPlan({ id });
        if (loaded.ok) return showAndRefresh(loaded.value.plan);
        // A damaged file stays as it is; the user gets the reason, and no plan is open.
        report(loaded.error);
      }
    },

    /** Sends pending edits now: the page is going away (reload, close) or the user pressed Retry. */
    flush: () => save(),

    /**
     * The page is back in front: shows plans another window, tab or program saved meanwhile, and
     * the open plan as saved there when this page has no edits of its own (with edits, their save
     * meets the conflict and the user chooses).
     */
    async checkForOutsideChanges(): Promise<void> {
      const result = await api.listPlans({});
      if (!result.ok) return;
      setWorkspace(result.value);
      const plan = state().plan;
      const stored = result.value.plans.find((summary) => summary.id === plan?.id);
      if (!plan || problems.getState().conflict || stored?.revision === undefined || stored.revision === knownRevision) return;
      if (state().planSaveState !== 'saved') return;
      const loaded = await api.loadPlan({ id: plan.id });
      if (loaded.ok && state().planSaveState === 'saved' && state().plan?.id === plan.id) show(loaded.value.plan);
    },

    /** Conflict, first way out: drop this page's edits and show the plan as saved elsewhere. */
    async reloadAfterConflict(): Promise<void> {
      const conflict = problems.getState().conflict;
      if (!conflict) return;
      const loaded = await api.loadPlan({ id: conflict.mine.id });
      if (!loaded.ok) {
        report(loaded.error);
        return;
      }
      problems.setState({ conflict: null });
      await showAndRefresh(loaded.value.plan);
    },

    /** Conflict, second way out: this page's version becomes a new plan; the one saved elsewhere stays. */
    async keepMineAsCopy(title: string): Promise<void> {
      const conflict = problems.getState().conflict;
      if (!conflict) return;
      const created = await api.createPlan({ title: title.slice(0, 200) });
      if (!created.ok) {
        report(created.error);
        return;
      }
      const { id, createdAt, revision } = created.value.plan;
      const copy = { ...conflict.mine, id, createdAt, revision, title: created.value.plan.title };
      const saved = await api.savePlan({ plan: copy });
      if (!saved.ok) {
        report(saved.error);
        return;
      }
      problems.setState({ conflict: null });
      await showAndRefresh({ ...copy, revision: saved.value.revision });
    },

    open: async (id: string) => showAndRefresh((await run(() => api.loadPlan({ id })))?.plan),
    create: async (title: string) => showAndRefresh((await run(() => api.createPlan({ title })))?.plan),
    duplicate: async (id: string, title: string) => showAndRefresh((await run(() => api.duplicatePlan({ id, title })))?.plan),

    async rename(id: string, title: string): Promise<void> {
      if (state().plan?.id === id) {
        state().updatePlan((plan) => ({ ...plan, title }));
        await save();
      } else await run(() => api.renamePlan({ id, title }));
      await refresh();
    },

    /** Deleting the open plan opens the newest other plan, or none when none is left. */
    async trash(id: string): Promise<void> {
      if ((await run(() => api.trashPlan({ id }))) === undefined) return;
      await refresh();
      if (state().plan?.id !== id) return;
      const next = state().planWorkspace?.plans.find((summary) => !summary.problem);
      if (!next) return show(null);
      const result = await api.loadPlan({ id: next.id });
      if (result.ok) await showAndRefresh(result.value.plan);
      else report(result.error);
    },

    restore: async (id: string) => {
      await run(() => api.restorePlan({ id }));
      await refresh();
    },

    /** A file the user dropped or picked; one over the cap is refused before it is read. */
    async importFile(file: File): Promise<void> {
      if (file.size > MAX_PLAN_FILE_BYTES) {
        report(planFileTooLarge(file.name, file.size));
        return;
      }
      const content = await file.text();
      const fileName = file.name.slice(0, 255) || PLAN_FILE_EXTENSION;
      await showFromFile(fileName, await run(() => api.importPlanFile({ fileName, content })));
    },

    openWithDialog: async () => showFromFile('', await run(() => api.openPlanFile({}))),
    openRecent: async (path: string) => showFromFile(path, await run(() => api.openRecentPlanFile({ path }))),

    /**
     * The user's answer to a file whose plan is already in the workspace: open the plan there,
     * replace it with the file's, or keep both, the file's as a copy under a new id.
     */
    async resolveFileConflict(choice: 'open-existing' | 'replace' | 'keep-both', copyTitle: string): Promise<void> {
      const conflict = state().planFileConflict;
      if (!conflict) return;
      store.setState({ planFileConflict: null });
      if (choice === 'open-existing') return showAndRefresh((await run(() => api.loadPlan({ id: conflict.existing.id })))?.plan);
      if (choice === 'replace') {
        const replaced = { ...conflict.plan, updatedAt: new Date().toISOString() };
        if ((await run(() => api.savePlan({ plan: replaced }))) === undefined) return;
        return showAndRefresh((await run(() => api.loadPlan({ id: replaced.id })))?.plan);
      }
      const created = await run(() => api.createPlan({ title: copyTitle }));
      if (!created) return;
      const copy = { ...conflict.plan, id: created.plan.id, title: copyTitle, createdAt: created.plan.createdAt, updatedAt: created.plan.updatedAt };
      if ((await run(() => api.savePlan({ plan: copy }))) === undefined) return;
      await showAndRefresh(copy);
    },
    cancelFileConflict: () => store.setState({ planFileConflict: null }),

    /** Saved as the transport saves: Electron asks where through its save dialog, a browser downloads the file. */
    async saveAs(): Promise<void> {
      const plan = state().plan;
      if (!plan) return;
      const suggestedName = `${fileNameFor(plan.title)}${PLAN_FILE_EXTENSION}`;
      const saved = await run(() => api.savePlanFileAs({ plan, suggestedName }));
      if (saved?.saved) notifySaved({ path: saved.path, fileName: suggestedName });
      await refresh();
    },
  };
}
export type PlanWorkspaceActions = ReturnType<typeof createPlanWorkspace>;

/** A file name from a title: letters of any script kept, path and shell characters dropped. */
export function fileNameFor(title: string): string {
  const cleaned = title
    .trim()
    .replace(/[\\/:*?"<>|]+/g, '')
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return cleaned === '' ? 'plan' : cleaned;
}
