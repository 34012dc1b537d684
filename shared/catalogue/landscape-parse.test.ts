import { describe, expect, it } from 'vitest';
import { englishErrorMessage } from '../i18n/english-errors';
import type { ErrorKey } from '../i18n/error-keys';
import { UserError } from '../user-error';
import { parseLandscapeFile } from './landscape-parse';
import { MAX_LANDSCAPE_BYTES } from './landscape-import-report';
import { currentLandscapeYaml, olderLandscapeYaml, oneSubcategoryLandscapeYaml } from '../../tests/support/landscape-fixture';

/** The refusal of `text` as a landscape file: a bad file, named in its parameters, with `key`. */
function expectImportError(text: string, key: ErrorKey): UserError {
  try {
    parseLandscapeFile(text, 'landscape.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    const importError = error as UserError;
    expect(importError).toMatchObject({ code: 'invalid-file', key, params: { file: 'landscape.yml' } });
    return importError;
  }
  throw new Error(`expected a ${key} error`);
}

describe('parseLandscapeFile', () => {
  it('reads the items of a current landscape file with their paths and lines', () => {
    const { items, subcategories, report } = parseLandscapeFile(currentLandscapeYaml, 'landscape.yml');
    expect(items.map((item) => item.name)).toEqual(['Project Calico', 'Container Network Interface (CNI)', 'Kubernetes']);
    expect(items[2]).toEqual({
      name: 'Kubernetes',
      category: 'Orchestration & Management',
      subcategory: 'Scheduling & Orchestration',
      homepage: 'https://kubernetes.io/',
      repository: 'https://github.com/kubernetes/kubernetes',
      description:
        'Kubernetes is an open-source system for automating deployment, scaling, and management of containerized applications',
      maturity: 'graduated',
      line: 31,
    });
    expect(items[0]?.maturity).toBeUndefined();
    expect(items[0]?.line).toBe(8);
    expect(subcategories).toEqual([
      { category: 'Runtime', subcategory: 'Cloud Native Network' },
      { category: 'Runtime', subcategory: 'Cloud Native Storage' },
      { category: 'Orchestration & Management', subcategory: 'Scheduling & Orchestration' },
    ]);
    expect(report).toEqual({ totalItems: 3, repeated: [], skipped: [], warnings: [] });
  });

  it('reads an older landscape file: second paths, organizations, items without description or name', () => {
    const { items, report } = parseLandscapeFile(olderLandscapeYaml, 'landscape-2019.yml');
    expect(items.map((item) => item.name)).toEqual(['CNI', 'Flannel', 'Weave Net', 'Prometheus', 'Fluentd']);
    const byName = new Map(items.map((item) => [item.name, item]));
    expect(byName.get('Flannel')?.organization).toBe('CoreOS');
    expect(byName.get('Weave Net')?.description).toBeUndefined();
    expect(byName.get('Weave Net')?.repository).toBeUndefined();
    expect(byName.get('Fluentd')?.otherPaths).toEqual([
      { category: 'Observability and Analysis', subcategory: 'Monitoring' },
    ]);
    expect(report.totalItems).toBe(6);
    expect(report.skipped).toEqual([
      {
        reason: 'missing-name',
        category: 'Runtime',
        subcategory: 'Cloud-Native Network',
        line: 22,
        detail: 'An item in Runtime / Cloud-Native Network (line 22) has no name.',
      },
    ]);
  });

  it('reads numeric names as text and ignores empty descriptions', () => {
    const { items } = parseLandscapeFile(
      oneSubcategoryLandscapeYaml(`          - name: 2048
            description:
            homepage_url: https://example.com/
`),
      'landscape.yml',
    );
    expect(items).toEqual([
      { name: '2048', category: 'Runtime', subcategory: 'Cloud Native Network', homepage: 'https://example.com/', line: 8 },
    ]);
  });

  it('reads a second path written as one text instead of a list', () => {
    const { items } = parseLandscapeFile(
      `${currentLandscapeYaml}            second_path: Runtime / Cloud Native Storage\n`,
      'landscape.yml',
    );
    expect(items.find((item) => item.name === 'Kubernetes')?.otherPaths).toEqual([
      { category: 'Runtime', subcategory: 'Cloud Native Storage' },
    ]);
  });

  it('warns about second paths and maturities it does not know, and keeps the item', () => {
    const { items, report } = parseLandscapeFile(
      oneSubcategoryLandscapeYaml(`          - item:
            name: Cilium
            project: mature
            second_path:
              - Runtime / Cloud Native Storage
              - Runtime/Cloud Native Network
              - runtime / cloud native network
`),
      'landscape.yml',
    );
    expect(items[0]?.maturity).toBeUndefined();
    expect(items[0]?.otherPaths).toBeUndefined();
    expect(report.warnings.map((warning) => warning.kind)).toEqual([
      'unknown-maturity',
      'unknown-second-path',
      'unknown-second-path',
    ]);
    expect(report.warnings[0]?.detail).toBe(
      'Cilium: the project maturity "mature" is not one of sandbox, incubating, graduated, archived; it was left out.',
    );
  });
});

describe('parseLandscapeFile on bad input', () => {
  it('refuses text that is not YAML, naming the line', () => {
    const error = expectImportError('key: [unclosed', 'landscape.notYamlAt');
    expect(error.params.line).toBe(1);
    expect(englishErrorMessage(error)).toMatch(/^landscape\.yml: Not valid YAML: .+ \(line 1, column \d+\)\.$/u);
  });

  it('refuses YAML with a key given twice or an alias to nothing', () => {
    const duplicate = expectImportError('landscape: []\nlandscape: []\n', 'landscape.notYamlAt');
    expect(duplicate.params).toMatchObject({ problem: 'duplicateKey', line: 2 });
    const alias = expectImportError('landscape:\n  - *nowhere\n', 'landscape.undefinedAliasAt');
    expect(alias.params.line).toBe(2);
    expect(englishErrorMessage(alias)).toContain('line 2');
  });

  it('refuses YAML that is not a landscape', () => {
    expect(englishErrorMessage(expectImportError('[1, 2]', 'landscape.notLandscapeTopAt'))).toBe(
      'landscape.yml: Not a CNCF landscape file: at the top level, expected a mapping with a top-level `landscape:` list of categories (line 1).',
    );
    expect(englishErrorMessage(expectImportError('landscape: 5', 'landscape.notLandscapeAt'))).toContain(
      'at landscape, expected a list of categories (line 1)',
    );
    expect(expectImportError('', 'landscape.notLandscapeTop').params.problem).toBe('document');
  });

  it('names the path and line of the first thing that is not landscape-shaped', () => {
    const error = expectImportError(
      `landscape:
  - category:
    name: Runtime
    subcategories:
      - subcategory:
        items: []
`,
      'landscape.notLandscapeAt',
    );
    expect(error.params.line).toBe(5);
    expect(englishErrorMessage(error)).toBe(
      'landscape.yml: Not a CNCF landscape file: at landscape[0].subcategories[0].name, expected a name (line 5).',
    );
  });

  // Without the alias cap this would expand to a billion nodes and never return: vitest's timeout
  // is the guard; how fast it fails is for the benchmarks, not a test.
  it('refuses a billion-laughs alias bomb', () => {
    const levels = 'abcdefghi';
    const lines = [`a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
    for (let level = 1; level < levels.length; level += 1) {
      const previous = `*${levels[level - 1]}`;
      lines.push(`${levels[level]}: &${levels[level]} [${Array(9).fill(previous).join(',')}]`);
    }
    const error = expectImportError(`landscape:\n  - ${lines.join('\n    ')}\n`, 'landscape.aliasBomb');
    expect(englishErrorMessage(error)).toContain('aliases');
  });

  it('refuses a file over 50 MB', () => {
    // Three UTF-8 bytes per character: under the limit in characters, over it in bytes.
    const text = '网'.repeat(Math.floor(MAX_LANDSCAPE_BYTES / 3) + 1);
    expect(englishErrorMessage(expectImportError(text, 'landscape.tooLarge'))).toBe(
      'landscape.yml: The file is larger than 50 MB, the most a landscape file may be.',
    );
  });

  it('refuses a file whose items all lack a name, naming the first one and its line', () => {
    const error = expectImportError(
      oneSubcategoryLandscapeYaml(`          - item:
            homepage_url: https://example.com/
          -
`),
      'landscape.noNamedItemAt',
    );
    expect(error.params.line).toBe(8);
    expect(englishErrorMessage(error)).toBe(
      'landscape.yml: No item has a name; the first item without one is in Runtime / Cloud Native Network (line 8).',
    );
  });

  it('refuses a landscape with no items', () => {
    expectImportError('landscape: []\n', 'landscape.noItems');
    expectImportError(oneSubcategoryLandscapeYaml(''), 'landscape.noItems');
  });
});

