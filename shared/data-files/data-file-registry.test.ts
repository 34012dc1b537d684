import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../ipc/channels';
import { type DataFileEntry, type DataFilePath, dataFiles } from './data-file-registry';

const root = resolve(import.meta.dirname, '../..');

function filesUnder(folder: string): string[] {
  return readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'));
}

/** Which module imports which data file, in the app's own code (tests and their helpers may read any). */
function dataImports(): { module: string; dataPath: string }[] {
  const modules = ['shared', 'electron', 'renderer']
    .flatMap(filesUnder)
    .filter((file) => /\.tsx?$/u.test(file) && !/\.test\.tsx?$|-test-support\.tsx?$/u.test(file));
  return modules.flatMap((module) =>
    [...readFileSync(join(root, module), 'utf8').matchAll(/^import \w+ from '(?:\.\.\/)+data\/([^']+)'/gmu)].map((match) => ({ module, dataPath: match[1]! })),
  );
}

const registered = Object.entries(dataFiles) as [DataFilePath, DataFileEntry][];

describe('the data file registry', () => {
  it('lists every file in data/ once, and nothing that is not there', () => {
    const onDisk = filesUnder('data').map((file) => file.replace(/^data\//u, ''));
    expect(onDisk.sort()).toEqual(registered.map(([path]) => path).sort());
  });

  it.each(registered)('%s passes its schema, and says how it reaches the page', (path, entry) => {
    const result = entry.schema.safeParse(JSON.parse(readFileSync(join(root, 'data', path), 'utf8')));
    expect(result.error?.issues ?? []).toEqual([]);
    expect(entry.served ?? entry.bundled).toBeDefined();
    for (const channel of entry.served?.channels ?? []) expect(channelNames).toContain(channel);
    if (entry.bundled) expect(entry.bundled.reason.length).toBeGreaterThan(20);
  });

  it('names each module that imports a data file: main’s for a served file, shared/’s for a bundled one', () => {
    const imports = dataImports();
    const expected = registered.flatMap(([dataPath, entry]) => [
      ...(entry.served ? [{ module: entry.served.importedBy, dataPath }] : []),
      ...(entry.bundled ? [{ module: entry.bundled.importedBy, dataPath }] : []),
    ]);
    const byModule = (a: { module: string; dataPath: string }, b: { module: string; dataPath: string }) =>
      `${a.module} ${a.dataPath}`.localeCompare(`${b.module} ${b.dataPath}`);
    expect(imports.sort(byModule)).toEqual(expected.sort(byModule));
    for (const [, entry] of registered) {
      if (entry.served) expect(entry.served.importedBy).toMatch(/^electron\/core\//u);
      if (entry.bundled) expect(entry.bundled.importedBy).toMatch(/^shared\//u);
    }
  });
});
