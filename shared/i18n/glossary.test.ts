import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseTypographyProblems } from './chinese-typography';
import { glossaryViolations } from './glossary';
import { resources } from './resources';

/** Every string of a locale, keyed by its path ("plan.workspace.heading"). */
function strings(tree: unknown, path = ''): [string, string][] {
  if (typeof tree === 'string') return [[path, tree]];
  if (tree === null || typeof tree !== 'object') return [];
  return Object.entries(tree).flatMap(([key, value]) => strings(value, path ? `${path}.${key}` : key));
}

/** The texts in the data files the pages, exports and CLI show, in one language. */
function dataStrings(language: 'en' | 'zh'): [string, string][] {
  const dataDir = resolve(import.meta.dirname, '../../data');
  const files = readdirSync(dataDir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.json'));
  return files.flatMap((name) => {
    const found: [string, string][] = [];
    JSON.parse(readFileSync(join(dataDir, name), 'utf8'), (key, value: unknown) => {
      if (key === language && typeof value === 'string') found.push([`data/${name}: ${value.slice(0, 40)}`, value]);
      return value;
    });
    return found;
  });
}

describe('glossary', () => {
  it('finds a forbidden variant, and leaves the same word alone where it means something else', () => {
    expect(glossaryViolations('已保存到计划。', 'zh').map((violation) => violation.variant)).toEqual(['计划']);
    expect(glossaryViolations('计划内维护', 'zh')).toEqual([]);
    expect(glossaryViolations('尚未决定', 'zh')).toEqual([]);
    expect(glossaryViolations('The seed’s Table 4.1', 'en').map((violation) => violation.variant)).toEqual(['The seed']);
  });

  for (const [language, glossaryLanguage] of [
    ['en', 'en'],
    ['zh-CN', 'zh'],
  ] as const) {
    it(`is kept by every ${language} string`, () => {
      const all = [...strings(resources[language]), ...dataStrings(glossaryLanguage)];
      const violations = all.flatMap(([path, text]) =>
        glossaryViolations(text, glossaryLanguage).map((violation) => `${path}: “${violation.variant}” (${violation.concept})`),
      );
      expect(violations).toEqual([]);
    });
  }

  it('finds no ASCII punctuation or stray spaces in Chinese sentences', () => {
    const problems = strings(resources['zh-CN']).flatMap(([path, text]) =>
      chineseTypographyProblems(text).map((problem) => `${path}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});
