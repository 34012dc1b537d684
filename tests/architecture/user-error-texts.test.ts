import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resources } from '../../shared/i18n/resources';

const root = resolve(import.meta.dirname, '../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/u.test(entry.name) && !/\.test\.tsx?$/u.test(entry.name) ? [path] : [];
  });
}

type Tree = { [key: string]: string | Tree };

function text(tree: Tree, key: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const placeholders = (template: string) => [...new Set([...template.matchAll(/\{\{(\w+)(?:\s*,[^}]*)?\}\}/gu)].map((match) => match[1]!))].sort();

/** The names of an object literal's own properties (`{ a, b: x }`), or undefined where it spreads or nests one. */
function propertyNames(literal: string): string[] | undefined {
  if (/\.\.\.|[{}]/u.test(literal.slice(1, -1))) return undefined;
  return literal
    .slice(1, -1)
    .split(',')
    .map((part) => part.split(':')[0]!.trim())
    .filter((name) => name !== '')
    .sort();
}

/**
 * Every `new UserError(code, 'key', { … })` in the sources whose key and parameters are written out:
 * the parameters it gives are exactly those the key's texts use, in both languages, so no site leaves
 * a `{{…}}` unfilled or passes a specific neither text says. (Sites that build their key or parameters
 * are checked by electron/core/error-translations.test.ts, which produces every key.)
 */
describe('the texts of every UserError thrown with a written-out key', () => {
  const sites = ['shared', 'electron', 'renderer'].flatMap((folder) =>
    sourceFiles(join(root, folder)).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/new UserError\(\s*'[a-z-]+',\s*'([\w.]+)'\s*(?:,\s*(\{[^;]*?\}))?\s*\)/gu)].map((match) => ({
        where: `${relative(root, file)}: ${match[1]}`,
        key: match[1]!,
        params: match[2] === undefined ? [] : propertyNames(match[2]),
      })),
    ),
  );

  it('finds the throw sites', () => {
    expect(sites.length).toBeGreaterThan(30);
  });

  it('have the key in both languages, with the same placeholders as the parameters given', () => {
    for (const site of sites) {
      const english = text(resources.en.errors as Tree, site.key);
      const chinese = text(resources['zh-CN'].errors as Tree, site.key);
      expect(english, site.where).toBeDefined();
      expect(chinese, site.where).toBeDefined();
      expect(placeholders(chinese!), site.where).toEqual(placeholders(english!));
      if (site.params !== undefined) expect(site.params, site.where).toEqual(placeholders(english!));
    }
  });
});
