import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSearchText } from '../../../shared/catalogue/catalogue-search';
import { foldRowTextsWhenIdle, toCatalogueRows } from './catalogue-rows';
import { entry } from './catalogue-test-support';

const entries = Array.from({ length: 1_200 }, (_, index) => entry({ id: `product-${index}`, name: `Product ${index}`, aliases: [`Alias ${index}`] }));

/** Idle callbacks held until the test runs them, each with as much idle time as it wants. */
function holdIdleCallbacks() {
  const pending = new Map<number, IdleRequestCallback>();
  let nextHandle = 1;
  vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
    pending.set(nextHandle, callback);
    return nextHandle++;
  });
  vi.stubGlobal('cancelIdleCallback', (handle: number) => pending.delete(handle));
  return {
    pending,
    runNext: () => {
      const [handle, callback] = pending.entries().next().value ?? [];
      if (handle === undefined || !callback) return false;
      pending.delete(handle);
      callback({ didTimeout: false, timeRemaining: () => 10 });
      return true;
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('toCatalogueRows and foldRowTextsWhenIdle', () => {
  it('gives every row its search text and folded name, whether folded ahead or when read', () => {
    const rows = toCatalogueRows(entries.slice(0, 3));
    expect(rows.map((row) => row.searchText)).toEqual(entries.slice(0, 3).map(buildSearchText));
    expect(rows.map((row) => row.sortName)).toEqual(['product 0', 'product 1', 'product 2']);
  });

  it('folds every row across idle slices, each slice a bounded number of rows', () => {
    const rows = toCatalogueRows(entries);
    const fold = vi.spyOn(Object.getPrototypeOf(rows[0]) as { foldTexts: () => unknown }, 'foldTexts');
    const idle = holdIdleCallbacks();
    foldRowTextsWhenIdle(rows);
    const foldedPerSlice: number[] = [];
    while (idle.runNext()) foldedPerSlice.push(fold.mock.calls.length - foldedPerSlice.reduce((sum, count) => sum + count, 0));
    expect(foldedPerSlice).toEqual([500, 500, 200]);
    expect(new Set(fold.mock.contexts).size).toBe(rows.length);
  });

  it('stops folding once stopped, leaving the rest to be folded when read', () => {
    const rows = toCatalogueRows(entries);
    const fold = vi.spyOn(Object.getPrototypeOf(rows[0]) as { foldTexts: () => unknown }, 'foldTexts');
    const idle = holdIdleCallbacks();
    const stop = foldRowTextsWhenIdle(rows);
    idle.runNext();
    stop();
    expect(idle.runNext()).toBe(false);
    expect(fold).toHaveBeenCalledTimes(500);
    expect(rows[1_100]?.searchText).toBe(buildSearchText(entries[1_100]!));
  });
});
