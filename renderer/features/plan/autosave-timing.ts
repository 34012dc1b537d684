/** Typing settles for this long before the plan is saved, so a word is one save, not one per key. */
export const AUTOSAVE_DEBOUNCE_MS = 500;
/** However long the typing goes on, no edit waits longer than this to be saved. */
export const AUTOSAVE_MAX_WAIT_MS = 2_000;
/** A failed save is retried after 1 s, 2 s, 4 s … and never waits longer than this. */
export const SAVE_RETRY_MAX_MS = 60_000;

/**
 * Runs `task` once edits have paused for `waitMs`, or `maxWaitMs` after the first unsaved edit,
 * whichever comes first: a plain debounce restarts on every key and never fires during
 * continuous typing, so a crash then would lose everything typed since the pause before.
 */
export function createDebounceWithMaxWait(task: () => void, { waitMs, maxWaitMs }: { waitMs: number; maxWaitMs: number }) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pendingSince: number | undefined;

  function cancel(): void {
    clearTimeout(timer);
    timer = undefined;
    pendingSince = undefined;
  }

  return {
    /** An edit happened: run the task after the pause, or at the latest by the maximum wait. */
    schedule(): void {
      clearTimeout(timer);
      pendingSince ??= Date.now();
      const untilMaxWait = pendingSince + maxWaitMs - Date.now();
      timer = setTimeout(() => {
        cancel();
        task();
      }, Math.max(0, Math.min(waitMs, untilMaxWait)));
    },
    /** The task ran another way (a flush, a plan switch): nothing is pending any more. */
    cancel,
  };
}

/** The wait before retry number `attempt` (1, 2, …) of a failed save: 1 s, 2 s, 4 s … up to a minute. */
export function saveRetryDelayMs(attempt: number): number {
  return Math.min(1_000 * 2 ** Math.max(0, attempt - 1), SAVE_RETRY_MAX_MS);
}
