import { describe, expect, it } from 'vitest';
import { splitLinks } from './text-links';

describe('splitLinks', () => {
  it('finds web addresses and leaves sentence punctuation and brackets outside them', () => {
    expect(splitLinks('See https://velero.io/docs/ (as of 2026). And (https://a.example/x?y=1&z=2).')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', url: 'https://velero.io/docs/' },
      { kind: 'text', text: ' (as of 2026). And (' },
      { kind: 'link', url: 'https://a.example/x?y=1&z=2' },
      { kind: 'text', text: ').' },
    ]);
  });

  it('stops at Chinese punctuation', () => {
    expect(splitLinks('见 https://kubernetes.io/zh-cn/（截至 2026 年）。')).toEqual([
      { kind: 'text', text: '见 ' },
      { kind: 'link', url: 'https://kubernetes.io/zh-cn/' },
      { kind: 'text', text: '（截至 2026 年）。' },
    ]);
  });

  it('returns text without an address as one run, and nothing for nothing', () => {
    expect(splitLinks('sre.google/workbook is not a link')).toEqual([{ kind: 'text', text: 'sre.google/workbook is not a link' }]);
    expect(splitLinks('')).toEqual([]);
  });
});
