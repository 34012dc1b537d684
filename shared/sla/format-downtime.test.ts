import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { durationParts, formatDuration, formatSigned } from './format-downtime';

describe('durationParts', () => {
  it('splits 8.76 h into 8 h 45 m 36 s', () => {
    expect(durationParts(8.76 * 3_600)).toEqual([
      { unit: 'h', value: 8 },
      { unit: 'm', value: 45 },
      { unit: 's', value: 36 },
    ]);
  });

  it('shows sub-second values in milliseconds and zero as 0 s', () => {
    expect(durationParts(0.864)).toEqual([{ unit: 'ms', value: 864 }]);
    expect(durationParts(0.0864)).toEqual([{ unit: 'ms', value: 86.4 }]);
    expect(durationParts(0)).toEqual([{ unit: 's', value: 0 }]);
    expect(() => durationParts(-1)).toThrow();
  });
});

describe('formatDuration', () => {
  it('uses each language’s units', async () => {
    const en = await createI18n('en');
    const zh = await createI18n('zh-CN');
    expect(formatDuration(31_536, en.getFixedT('en', 'sla'), 'en')).toBe('8 h 45 m 36 s');
    expect(formatDuration(31_536, zh.getFixedT('zh-CN', 'sla'), 'zh-CN')).toBe('8 小时 45 分 36 秒');
    expect(formatDuration(0.864, zh.getFixedT('zh-CN', 'sla'), 'zh-CN')).toBe('864 毫秒');
    expect(formatDuration(90 * 86_400 + 1.5, en.getFixedT('en', 'sla'), 'en')).toBe('90 d 1.5 s');
  });
});

describe('formatSigned', () => {
  it('always shows the sign, with a true minus sign, and formats only the magnitude', () => {
    const seconds = (value: number) => `${value} s`;
    expect(formatSigned(-0.38, seconds)).toBe('\u22120.38 s');
    expect(formatSigned(0.3, seconds)).toBe('+0.3 s');
    expect(formatSigned(0, seconds)).toBe('0 s');
  });
});
