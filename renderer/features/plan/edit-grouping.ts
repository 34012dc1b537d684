import type { Plan } from '../../../shared/plan/plan-schema';

/** How long a pause in typing ends one undo step, as in most editors. */
export const EDIT_PAUSE_MS = 1_000;

type PlanHistoryState = { plan: Plan | null };
type HandleSet<P, R, C, D> = (pastState: P, replace: R, currentState: C, deltaState?: D) => void;

/** The plan's top-level fields an edit changed: typing in one field keeps changing the same one. */
function changedFields(before: Plan, after: Plan): string {
  return (Object.keys(after) as (keyof Plan)[])
    .filter((key) => key !== 'updatedAt' && before[key] !== after[key])
    .sort()
    .join(',');
}

/**
 * zundo's `handleSet`: records an undo step only where an edit starts. Changes to the same field
 * within `pauseMs` of each other (one phrase typed without a pause) join the step already recorded,
 * so one Undo removes the phrase. An undo, redo or opened plan in between starts a new step, and
 * opening or making a plan is not an edit to undo.
 */
export function groupEdits(now: () => number = () => Date.now(), pauseMs = EDIT_PAUSE_MS) {
  return <P, R, C extends PlanHistoryState, D>(record: HandleSet<P, R, C, D>): HandleSet<P, R, C, D> => {
    let lastAt = Number.NEGATIVE_INFINITY;
    let lastFields = '';
    let lastResult: Plan | null = null;
    return (pastState, replace, currentState, deltaState) => {
      // zundo types the past state as setState's argument; what it passes is the partialized state.
      const before = (pastState as unknown as PlanHistoryState).plan;
      const after = currentState.plan;
      const follows = before !== null && before === lastResult;
      lastResult = after;
      if (!before || !after || before.id !== after.id) {
        lastFields = '';
        return;
      }
      const fields = changedFields(before, after);
      const moment = now();
      const continues = follows && fields === lastFields && moment - lastAt < pauseMs;
      lastAt = moment;
      lastFields = fields;
      if (!continues) record(pastState, replace, currentState, deltaState);
    };
  };
}
