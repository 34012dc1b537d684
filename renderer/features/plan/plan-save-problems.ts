import { create } from 'zustand';
import type { DescribableError } from '../../../shared/i18n/describe-error';
import type { Plan } from '../../../shared/plan/plan-schema';

/** This page's unsaved plan and the one another window, tab or program saved meanwhile. */
export type PlanConflict = { mine: Plan; theirs: Plan | null; error: DescribableError };

/**
 * What stands between the page's plan and its file, apart from an ordinary failed save: a save
 * refused as stale. Kept out of the app store, so the plan's undo history and persisted view never
 * carry it.
 */
export type PlanSaveProblems = {
  conflict: PlanConflict | null;
};

export const usePlanSaveProblems = create<PlanSaveProblems>()(() => ({ conflict: null }));
export type PlanSaveProblemsStore = typeof usePlanSaveProblems;
