import { describe, expect, it } from 'vitest';
import { sectionMatchesPlan } from './section-matches';

describe('sectionMatchesPlan', () => {
  it('matches only a stored section equal to the one shown', () => {
    expect(sectionMatchesPlan({ zones: 3 }, { zones: 3 })).toBe(true);
    expect(sectionMatchesPlan({ zones: 3 }, { zones: 2 })).toBe(false);
    expect(sectionMatchesPlan(null, { zones: 3 })).toBe(false);
    expect(sectionMatchesPlan({ zones: 3 }, undefined)).toBe(false);
  });

  it('ignores the order of keys, which a plan read back from its file may change', () => {
    expect(sectionMatchesPlan({ targetPercent: 99.9, convention: 'year-365', nested: { a: 1, b: 2 } }, { convention: 'year-365', nested: { b: 2, a: 1 }, targetPercent: 99.9 })).toBe(true);
    expect(sectionMatchesPlan({ list: [1, 2] }, { list: [2, 1] })).toBe(false);
  });
});
