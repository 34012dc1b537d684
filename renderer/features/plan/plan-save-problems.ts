import { create } from 'zustand';
import type { DescribableError } from '../../../shared/i18n/describe-error';
import type { Plan } from '../../../shared/plan/plan-schema';

/** This page's unsaved plan and the one another window, tab or program saved meanwhile. */
export type PlanConflict = { mine: Plan; theirs: Plan | null; error: DescribableError };

/** Saves that failed in a row, why the last one did, and how long until the next try. */
export type SaveRetry = { attempt: number; delayMs: number; error: DescribableError };

/**
 * What stands between the page's plan and its file: a save refused as stale, saves failing (and
 * backing off), a folder that cannot be written. Kept out of the app store, so the plan's undo
 * history and persisted view never carry it.
 */
export type PlanSaveProblems = {
  conflict: PlanConflict | null;
  retry: SaveRetry | null;
  readOnly: boolean;
};

export const usePlanSaveProblems = create<PlanSaveProblems>()(() => ({ conflict: null, retry: null, readOnly: false }));
export type PlanSaveProblemsStore = typeof usePlanSaveProblems;
