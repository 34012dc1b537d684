import type { Plan, PlanSectionKey } from '../../../shared/plan/plan-schema';
import type { AppSliceCreator } from '../../app/store';

export type PlanSlice = {
  /** The plan being edited; null until main has loaded (or created) one. */
  plan: Plan | null;
  /** Puts a feature's result into the current plan (the SLA target, the SDN choice, …). */
  setPlanSection: <K extends PlanSectionKey>(key: K, value: Plan[K]) => void;
};

export const createPlanSlice: AppSliceCreator<PlanSlice> = (set) => ({
  plan: null,
  setPlanSection: (key, value) =>
    set((state) => (state.plan ? { plan: { ...state.plan, [key]: value, updatedAt: new Date().toISOString() } } : state)),
});
