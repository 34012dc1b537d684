import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTOSAVE_DEBOUNCE_MS, AUTOSAVE_MAX_WAIT_MS, createDebounceWithMaxWait, saveRetryDelayMs } from './autosave-timing';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('createDebounceWithMaxWait', () => {
  it('runs once when the edits pause', () => {
    const task = vi.fn();
    const debounce = createDebounceWithMaxWait(task, { waitMs: AUTOSAVE_DEBOUNCE_MS, maxWaitMs: AUTOSAVE_MAX_WAIT_MS });
    debounce.schedule();
    vi.advanceTimersByTime(300);
    debounce.schedule();
    vi.advanceTimersByTime(499);
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).toHaveBeenCalledOnce();
  });

  it('runs at least every 2 s during 20 s of continuous typing (a key every 160 ms)', () => {
    const runs: number[] = [];
    const keys: number[] = [];
    const debounce = createDebounceWithMaxWait(() => runs.push(Date.now()), { waitMs: AUTOSAVE_DEBOUNCE_MS, maxWaitMs: AUTOSAVE_MAX_WAIT_MS });
    for (let elapsed = 0; elapsed < 20_000; elapsed += 160) {
      keys.push(Date.now());
      debounce.schedule();
      vi.advanceTimersByTime(160);
    }
    vi.advanceTimersByTime(AUTOSAVE_DEBOUNCE_MS);
    // How long each key waited for the run that saved it.
    const waits = keys.map((key) => runs.find((run) => run >= key)! - key);
    expect(runs.length).toBeGreaterThanOrEqual(9);
    expect(Math.max(...waits)).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS);
  });

  it('forgets the pending run when cancelled', () => {
    const task = vi.fn();
    const debounce = createDebounceWithMaxWait(task, { waitMs: 500, maxWaitMs: 2_000 });
    debounce.schedule();
    debounce.cancel();
    vi.advanceTimersByTime(5_000);
    expect(task).not.toHaveBeenCalled();
  });
});

describe('saveRetryDelayMs', () => {
  it('doubles from 1 s and stops at a minute', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 20].map(saveRetryDelayMs)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });
});
