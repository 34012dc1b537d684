import { describe, expect, it } from 'vitest';
import { formatScore } from './format-score';

describe('formatScore', () => {
  it('shows a whole number, rounding a half up, the same way Math.round does for scores', () => {
    expect(formatScore(92.5, 'en')).toBe('93');
    expect(formatScore(73.125, 'en')).toBe('73');
    expect(formatScore(73.125, 'zh-CN')).toBe('73');
    for (const score of [0, 12.5, 49.999, 50.5, 99.5, 100]) expect(formatScore(score, 'en')).toBe(String(Math.round(score)));
  });
});
