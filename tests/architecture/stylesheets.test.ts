import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classesUsedInMarkup, parseStylesheet } from './stylesheet-parsing';

const root = resolve(import.meta.dirname, '../..');
const MAX_LINES = 400;

const SOURCE_ROOTS = ['electron', 'renderer', 'shared', 'tests'];
/** Reference material and inputs, not code: long by nature. */
const NOT_SOURCE = /(^|\/)(node_modules|out|fixtures)(\/|$)/;

function filesUnder(folder: string, accept: (path: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(resolve(root, folder), { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (NOT_SOURCE.test(path)) continue;
    if (entry.isDirectory()) found.push(...filesUnder(path, accept));
    else if (accept(path)) found.push(path);
  }
  return found;
}

const read = (path: string) => readFileSync(resolve(root, path), 'utf8');
const stylesheets = filesUnder('renderer', (path) => path.endsWith('.css'));
const markupFiles = filesUnder('renderer', (path) => path.endsWith('.tsx') && !path.endsWith('.test.tsx'));
const featureOf = (path: string) => /^renderer\/features\/([^/]+)\//.exec(path)?.[1];

describe('the stylesheets', () => {
  const parsed = stylesheets.map((path) => ({ path, rules: parseStylesheet(read(path)) }));

  it('keep a feature’s classes inside that feature', () => {
    const sharedClasses = new Set(
      parsed.filter(({ path }) => !featureOf(path)).flatMap(({ rules }) => rules.flatMap((rule) => rule.classes)),
    );
    const owner = new Map<string, string>();
    for (const { path, rules } of parsed) {
      const feature = featureOf(path);
      if (!feature) continue;
      for (const name of rules.flatMap((rule) => rule.classes)) if (!sharedClasses.has(name)) owner.set(name, feature);
    }
    const strays = markupFiles.flatMap((file) =>
      [...classesUsedInMarkup(read(file))]
        .filter((name) => owner.has(name) && owner.get(name) !== featureOf(file))
        .map((name) => `${file} uses .${name} of features/${owner.get(name)}`),
    );
    expect(strays).toEqual([]);
  });

  it('define each selector in one stylesheet only', () => {
    const definedIn = new Map<string, Set<string>>();
    for (const { path, rules } of parsed) {
      for (const rule of rules) {
        for (const selector of rule.selectors) {
          const key = [...rule.context, selector].join(' » ');
          definedIn.set(key, (definedIn.get(key) ?? new Set()).add(path));
        }
      }
    }
    const repeated = [...definedIn].filter(([, paths]) => paths.size > 1).map(([selector, paths]) => `${selector}: ${[...paths].join(', ')}`);
    expect(repeated).toEqual([]);
  });
});

describe('the source files', () => {
  const sources = [
    ...SOURCE_ROOTS.flatMap((folder) => filesUnder(folder, (path) => /\.(ts|tsx|css|mjs)$/.test(path))),
    ...readdirSync(root).filter((name) => /\.(ts|mjs)$/.test(name)),
  ].map((path) => relative(root, resolve(root, path)));
  const lineCount = (path: string) => read(path).split('\n').length - (read(path).endsWith('\n') ? 1 : 0);

  it(`stay under ${MAX_LINES} lines`, () => {
    const oversize = sources.filter((path) => lineCount(path) > MAX_LINES);
    expect(oversize).toEqual([]);
  });
});
