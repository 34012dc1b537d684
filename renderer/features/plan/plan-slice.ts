import type { DescribableError } from '../../../shared/i18n/describe-error';
import type { PlanWorkspace } from '../../../shared/ipc/contract';
import { type Plan, type PlanSectionKey, createEmptyPlan } from '../../../shared/plan/plan-schema';
import type { AppSliceCreator } from '../../app/store';

/** Where the current plan stands against its file in main's workspace. */
export type PlanSaveState = 'saved' | 'pending' | 'saving' | 'failed';

/** A plan file whose plan is already in the workspace, waiting for the user to say which to keep. */
export type PlanFileConflict = { plan: Plan; existing: { id: string; title: string }; fileName: string };

export type PlanSlice = {
  /** The plan being edited; null until the user makes one or puts a decision into the plan. */
  plan: Plan | null;
  /** The title a plan gets when a decision creates it, in the UI's language. */
  untitledPlanTitle: string;
  planFileConflict: PlanFileConflict | null;
  /** Plans, trash and recent files as main last listed them. */
  planWorkspace: PlanWorkspace | null;
  planSaveState: PlanSaveState;
  /** Why the last save failed; the plan stays in memory and the next edit or Retry saves it again. */
  planSaveError: DescribableError | null;
  /** Puts a feature's result into the current plan (the SLA target, the SDN choice, …), making a plan when none is open. */
  setPlanSection: <K extends PlanSectionKey>(key: K, value: Plan[K]) => void;
  /** Any edit of the current plan; stamps its `updatedAt`. */
  updatePlan: (change: (plan: Plan) => Plan) => void;
  setPlanWorkspace: (workspace: PlanWorkspace) => void;
  setPlanSaveState: (state: PlanSaveState, error?: DescribableError | null) => void;
};

export const createPlanSlice: AppSliceCreator<PlanSlice> = (set) => ({
  plan: null,
  untitledPlanTitle: '',
  planFileConflict: null,
  planWorkspace: null,
  planSaveState: 'saved',
  planSaveError: null,
  setPlanSection: (key, value) =>
    set((state) => {
      const plan = state.plan ?? createEmptyPlan({ id: crypto.randomUUID(), title: state.untitledPlanTitle, now: new Date() });
      return { plan: { ...plan, [key]: value, updatedAt: new Date().toISOString() } };
    }),
  updatePlan: (change) =>
    set((state) => (state.plan ? { plan: { ...change(state.plan), updatedAt: new Date().toISOString() } } : state)),
  setPlanWorkspace: (planWorkspace) => set({ planWorkspace }),
  setPlanSaveState: (planSaveState, error = null) => set({ planSaveState, planSaveError: error }),
});
