import { describe, expect, it } from 'vitest';
import { parsedOnFirstUse } from './parsed-on-first-use';

describe('parsedOnFirstUse', () => {
  it('parses on the first call, not before, and returns the same value after', () => {
    let parses = 0;
    const read = parsedOnFirstUse(() => {
      parses += 1;
      return { rows: [parses] };
    });
    expect(parses).toBe(0);
    const first = read();
    expect(read()).toBe(first);
    expect(parses).toBe(1);
  });

  it('fails on every call while the parse throws', () => {
    let parses = 0;
    const read = parsedOnFirstUse(() => {
      parses += 1;
      throw new Error('broken file');
    });
    expect(read).toThrow('broken file');
    expect(read).toThrow('broken file');
    expect(parses).toBe(2);
  });
});
