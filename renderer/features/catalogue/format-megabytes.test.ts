import { describe, expect, it } from 'vitest';
import { formatMegabytes } from './format-megabytes';

describe('formatMegabytes', () => {
  it('gives binary megabytes to one decimal, in the language asked for', () => {
    expect(formatMegabytes(5.5 * 1024 * 1024, 'en')).toBe('5.5 MB');
    expect(formatMegabytes(3 * 1024 * 1024 + 1, 'en')).toBe('3 MB');
    expect(formatMegabytes(1234.5 * 1024 * 1024, 'zh-CN')).toMatch(/^1,234\.5\s?MB$/);
  });
});
