import { describe, expect, it, vi } from 'vitest';
import { type IpcErrorPayload, ok } from '../../../shared/ipc/result';
import type { Plan } from '../../../shared/plan/plan-schema';
import { useAppStore } from '../../app/store';
import { usePlanSaveProblems } from './plan-save-problems';
import { createPlanWorkspace } from './plan-workspace';
import { diskFull, failed, fakeApi, first, resetWorkspaceBetweenTests, trackingStore, workspace } from './plan-workspace-test-support';

resetWorkspaceBetweenTests();

describe('createPlanWorkspace', () => {
  it('opens the plan that was open last, without an undo step back to no plan', async () => {
    const api = fakeApi();
    await createPlanWorkspace(api as never, trackingStore).start('Untitled');
    expect(useAppStore.getState().plan).toEqual(first);
    expect(useAppStore.getState().planWorkspace).toEqual(workspace);
    expect(useAppStore.temporal.getState().pastStates).toEqual([]);
    expect(api.savePlan).not.toHaveBeenCalled();
  });

  it('makes no plan on an empty workspace until a decision is put into the plan', async () => {
    const api = fakeApi();
    api.listPlans.mockResolvedValue(ok({ ...workspace, plans: [], lastOpenId: null }));
    await createPlanWorkspace(api as never, trackingStore, 500).start('Untitled plan');
    expect(api.createPlan).not.toHaveBeenCalled();
    expect(useAppStore.getState().plan).toBeNull();

    const sla = { targetPercent: 99.95, convention: 'year-365' as const };
    useAppStore.getState().setPlanSection('sla', sla as never);
    const made = useAppStore.getState().plan;
    expect(made).toMatchObject({ title: 'Untitled plan', sla });
    // Making the plan is not an edit Undo takes back to "no plan".
    expect(useAppStore.temporal.getState().pastStates).toEqual([]);
    await vi.advanceTimersByTimeAsync(500);
    expect(api.savePlan.mock.calls[0]![0].plan.id).toBe(made?.id);
    // The new plan is not in the list main gave, so the list is asked for again.
    expect(api.listPlans).toHaveBeenCalledTimes(2);
  });

  it('saves once after a burst of edits, when the edits stop', async () => {
    const api = fakeApi();
    await createPlanWorkspace(api as never, trackingStore, 500).start('Untitled');
    for (const team of ['S', 'SR', 'SRE']) useAppStore.getState().updatePlan((plan) => ({ ...plan, team }));
    expect(useAppStore.getState().planSaveState).toBe('pending');
    await vi.advanceTimersByTimeAsync(499);
    expect(api.savePlan).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(api.savePlan).toHaveBeenCalledOnce();
    expect(api.savePlan.mock.calls[0]![0].plan.team).toBe('SRE');
    expect(useAppStore.getState().planSaveState).toBe('saved');
  });

  it('saves at least every 2 s while the user types without a pause', async () => {
    const api = fakeApi();
    await createPlanWorkspace(api as never, trackingStore).start('Untitled');
    for (let key = 1; key <= 25; key += 1) {
      useAppStore.getState().updatePlan((plan) => ({ ...plan, context: 'x'.repeat(key) }));
      await vi.advanceTimersByTimeAsync(160);
    }
    expect(api.savePlan.mock.calls.map(([request]) => request.plan.context.length)).toEqual([13]);
    await vi.advanceTimersByTimeAsync(500);
    // 4 s of typing, a key every 160 ms: the 500 ms pause never came while typing, the 2 s wait did.
    expect(api.savePlan.mock.calls.map(([request]) => request.plan.context.length)).toEqual([13, 25]);
  });

  it('keeps the plan in memory when a save fails, says so, and saves it on retry', async () => {
    const api = fakeApi();
    api.savePlan.mockResolvedValueOnce(failed(diskFull));
    const actions = createPlanWorkspace(api as never, trackingStore);
    await actions.start('Untitled');
    useAppStore.getState().updatePlan((plan) => ({ ...plan, context: 'typed before the disk filled up' }));
    await vi.advanceTimersByTimeAsync(500);
    const state = useAppStore.getState();
    expect(state.planSaveState).toBe('failed');
    expect(state.planSaveError?.message).toBe(diskFull.message);
    expect(usePlanSaveProblems.getState().retry).toMatchObject({ attempt: 1, delayMs: 1_000, error: { i18n: { key: 'store.saveFailed' } } });
    expect(state.plan?.context).toBe('typed before the disk filled up');

    await actions.flush();
    expect(api.savePlan).toHaveBeenCalledTimes(2);
    expect(api.savePlan.mock.calls[1]![0].plan.context).toBe('typed before the disk filled up');
    expect(useAppStore.getState().planSaveState).toBe('saved');
  });

  it('saves pending edits before switching plans, and starts the new plan with an empty history', async () => {
    const api = fakeApi();
    const actions = createPlanWorkspace(api as never, trackingStore);
    await actions.start('Untitled');
    useAppStore.getState().updatePlan((plan) => ({ ...plan, team: 'Unsaved' }));
    await actions.open('second');
    expect(api.savePlan.mock.calls[0]![0].plan).toMatchObject({ id: 'first', team: 'Unsaved' });
    expect(useAppStore.getState().plan?.id).toBe('second');
    expect(useAppStore.temporal.getState().pastStates).toEqual([]);
  });

  it('refuses an oversized file before reading it, naming it, and keeps the current plan', async () => {
    const api = fakeApi();
    const actions = createPlanWorkspace(api as never, trackingStore);
    await actions.start('Untitled');
    const huge = { name: 'huge.kplan.json', size: 6 * 1024 * 1024, text: vi.fn() } as unknown as File;
    await actions.importFile(huge);
    expect(huge.text).not.toHaveBeenCalled();
    expect(api.importPlanFile).not.toHaveBeenCalled();
    expect(useAppStore.getState().errors[0]?.i18n).toMatchObject({ key: 'planFile.tooLarge', params: { file: 'huge.kplan.json', size: '6.0 MB' } });
    expect(useAppStore.getState().plan?.id).toBe('first');
  });
});

describe('opening a file whose plan is in the workspace', () => {
  const fromFile = { ...first, title: 'First, as exported', team: 'From the file' };
  async function conflicted() {
    const api = fakeApi();
    api.importPlanFile.mockResolvedValue(ok({ plan: fromFile, existing: { id: 'first', title: 'First' } }));
    const actions = createPlanWorkspace(api as never, trackingStore);
    await actions.start('Untitled');
    await actions.open('second');
    await actions.importFile({ name: 'first.kplan.json', size: 100, text: async () => JSON.stringify(fromFile) } as unknown as File);
    return { api, actions };
  }

  it('asks first, changing nothing', async () => {
    const { api } = await conflicted();
    expect(useAppStore.getState().planFileConflict).toEqual({ plan: fromFile, existing: { id: 'first', title: 'First' }, fileName: 'first.kplan.json' });
    expect(useAppStore.getState().plan?.id).toBe('second');
    expect(api.savePlan).not.toHaveBeenCalled();
  });

  it('opens the existing plan', async () => {
    const { api, actions } = await conflicted();
    await actions.resolveFileConflict('open-existing', 'First, as exported (copy)');
    expect(useAppStore.getState().plan).toEqual(first);
    expect(useAppStore.getState().planFileConflict).toBeNull();
    expect(api.savePlan).not.toHaveBeenCalled();
  });

  it('replaces the existing plan with the file’s', async () => {
    const { api, actions } = await conflicted();
    await actions.resolveFileConflict('replace', 'First, as exported (copy)');
    expect(api.savePlan.mock.calls[0]![0].plan).toMatchObject({ id: 'first', team: 'From the file' });
    expect(api.loadPlan).toHaveBeenLastCalledWith({ id: 'first' });
  });

  it('keeps both, the file’s under a new id and named as a copy', async () => {
    const { api, actions } = await conflicted();
    await actions.resolveFileConflict('keep-both', 'First, as exported (copy)');
    expect(api.createPlan).toHaveBeenCalledWith({ title: 'First, as exported (copy)' });
    expect(api.savePlan.mock.calls[0]![0].plan).toMatchObject({ id: 'created', title: 'First, as exported (copy)', team: 'From the file' });
    expect(useAppStore.getState().plan).toMatchObject({ id: 'created', team: 'From the file' });
  });
});

describe('a failing disk', () => {
  it('backs off 1 s, 2 s, 4 s … while the user keeps typing, with one banner counting the tries, until a save works', async () => {
    const api = fakeApi();
    api.savePlan.mockResolvedValue(failed(diskFull));
    await createPlanWorkspace(api as never, trackingStore).start('Untitled');
    const triedAt: number[] = [];
    api.savePlan.mockImplementation(async () => {
      triedAt.push(Date.now());
      return failed(diskFull);
    });
    const start = Date.now();
    for (let key = 0; key < 200; key += 1) {
      useAppStore.getState().updatePlan((plan) => ({ ...plan, context: `typed ${key}` }));
      await vi.advanceTimersByTimeAsync(100);
    }
    // 20 s of typing: the first save at the 2 s maximum wait, then tries 1 s, 2 s, 4 s and 8 s after each failure.
    expect(triedAt.map((time) => time - start)).toEqual([2_000, 3_000, 5_000, 9_000, 17_000]);
    expect(usePlanSaveProblems.getState().retry).toMatchObject({ attempt: 5, delayMs: 16_000 });
    expect(useAppStore.getState().errors).toEqual([]);

    api.savePlan.mockImplementation(async ({ plan }: { plan: Plan }) => ok({ savedAt: '2026-01-03T00:00:00.000Z', revision: plan.revision + 1 }));
    await vi.advanceTimersByTimeAsync(16_000);
    expect(api.savePlan.mock.lastCall![0].plan.context).toBe('typed 199');
    expect(usePlanSaveProblems.getState().retry).toBeNull();
    expect(useAppStore.getState().planSaveState).toBe('saved');
  });

  it('never waits longer than a minute between tries', async () => {
    const api = fakeApi();
    api.savePlan.mockResolvedValue(failed(diskFull));
    const actions = createPlanWorkspace(api as never, trackingStore);
    await actions.start('Untitled');
    useAppStore.getState().updatePlan((plan) => ({ ...plan, team: 'x' }));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(usePlanSaveProblems.getState().retry?.delayMs).toBe(60_000);
  });

  it('opens plans read-only from a folder that cannot be written, and tries no save', async () => {
    const api = fakeApi();
    api.listPlans.mockResolvedValue(ok({ ...workspace, readOnly: true }));
    await createPlanWorkspace(api as never, trackingStore).start('Untitled');
    expect(useAppStore.getState().plan).toEqual(first);
    expect(usePlanSaveProblems.getState().readOnly).toBe(true);
    useAppStore.getState().updatePlan((plan) => ({ ...plan, team: 'not saved' }));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(api.savePlan).not.toHaveBeenCalled();
  });
});

describe('a plan changed elsewhere', () => {
  const changedElsewhere: IpcErrorPayload = {
    code: 'conflict',
    message: 'The plan "First" was changed elsewhere (another window, tab or program) after this page loaded it, so it was not saved over.',
    i18n: { key: 'planStore.changedElsewhere', params: { title: 'First' } },
  };
  const theirs = { ...first, team: 'Saved elsewhere', revision: 5 };

  async function conflicted() {
    const api = fakeApi();
    api.savePlan.mockResolvedValueOnce(failed(changedElsewhere));
    api.loadPlan.mockResolvedValueOnce(ok({ plan: first })).mockResolvedValueOnce(ok({ plan: theirs }));
    const actions = createPlanWorkspace(api as never, trackingStore);
    await actions.start('Untitled');
    useAppStore.getState().updatePlan((plan) => ({ ...plan, team: 'Mine' }));
    await vi.advanceTimersByTimeAsync(500);
    return { api, actions };
  }

  it('sends the revision it loaded, and on a conflict holds both versions for the user to choose from, saving nothing more', async () => {
    const { api } = await conflicted();
    expect(api.savePlan.mock.calls[0]![0].plan.revision).toBe(first.revision);
    const { conflict } = usePlanSaveProblems.getState();
    expect(conflict?.mine.team).toBe('Mine');
    expect(conflict?.theirs).toEqual(theirs);
    expect(useAppStore.getState().planSaveState).toBe('failed');
    useAppStore.getState().updatePlan((plan) => ({ ...plan, team: 'Mine, still typing' }));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(api.savePlan).toHaveBeenCalledOnce();
  });

  it('keeps mine as a new plan, leaving the one saved elsewhere as it is', async () => {
    const { api, actions } = await conflicted();
    await actions.keepMineAsCopy('First (my copy)');
    expect(api.createPlan).toHaveBeenCalledWith({ title: 'First (my copy)' });
    expect(api.savePlan.mock.calls[1]![0].plan).toMatchObject({ id: 'created', team: 'Mine' });
    expect(useAppStore.getState().plan).toMatchObject({ id: 'created', team: 'Mine' });
    expect(usePlanSaveProblems.getState().conflict).toBeNull();
  });

  it('reloads the version saved elsewhere, and saves the next edit on top of it', async () => {
    const { api, actions } = await conflicted();
    api.loadPlan.mockResolvedValueOnce(ok({ plan: theirs }));
    await actions.reloadAfterConflict();
    expect(useAppStore.getState().plan?.team).toBe('Saved elsewhere');
    useAppStore.getState().updatePlan((plan) => ({ ...plan, context: 'next edit' }));
    await vi.advanceTimersByTimeAsync(500);
    expect(api.savePlan.mock.calls.at(-1)![0].plan).toMatchObject({ team: 'Saved elsewhere', context: 'next edit', revision: 5 });
  });

  it('shows a plan saved elsewhere when the page comes back to the front with no edits of its own', async () => {
    const api = fakeApi();
    const actions = createPlanWorkspace(api as never, trackingStore);
    await actions.start('Untitled');
    api.listPlans.mockResolvedValueOnce(ok({ ...workspace, plans: [{ id: 'first', title: 'First', team: 'Saved elsewhere', updatedAt: first.updatedAt, revision: 5 }] }));
    api.loadPlan.mockResolvedValueOnce(ok({ plan: theirs }));
    await actions.checkForOutsideChanges();
    expect(useAppStore.getState().plan?.team).toBe('Saved elsewhere');
  });
});
