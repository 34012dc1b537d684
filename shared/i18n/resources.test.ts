import { describe, expect, it } from 'vitest';
import { languageForLocale, resources } from './resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [childPath, childValue] of flatten(value, path)) entries.set(childPath, childValue);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe('translations', () => {
  const english = flatten(resources.en as unknown as Tree);
  const chinese = flatten(resources['zh-CN'] as unknown as Tree);

  it('have the same keys in both languages', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty string and the same placeholders in both languages', () => {
    for (const [key, text] of english) {
      expect(text.trim(), key).not.toBe('');
      expect(chinese.get(key)?.trim(), key).not.toBe('');
      expect(placeholders(chinese.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('are actually translated: most Chinese strings contain Chinese characters', () => {
    const translated = [...chinese.values()].filter((text) => /\p{Script=Han}/u.test(text)).length;
    expect(translated / chinese.size).toBeGreaterThan(0.8);
  });
});

describe('languageForLocale', () => {
  it('picks Chinese for any zh locale and English otherwise', () => {
    expect(languageForLocale('zh-CN')).toBe('zh-CN');
    expect(languageForLocale('zh_TW')).toBe('zh-CN');
    expect(languageForLocale('en-GB')).toBe('en');
    expect(languageForLocale('de')).toBe('en');
    expect(languageForLocale(undefined)).toBe('en');
  });
});
