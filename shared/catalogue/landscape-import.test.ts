import { describe, expect, it } from 'vitest';
import type { LandscapeItem } from './landscape-fold';
import { importLandscapeFile, landscapeItemsToEntries } from './landscape-import';
import { landscapeImportRecordSchema } from './landscape-import-report';
import { parseLandscapeFile } from './landscape-parse';
import { catalogueEntrySchema } from './schema';
import { currentLandscapeYaml, olderLandscapeYaml } from '../../tests/support/landscape-fixture';

const IMPORTED_AT = '2026-08-07T12:00:00.000Z';

describe('landscapeItemsToEntries', () => {
  const item = (fields: Partial<LandscapeItem> & { name: string }): LandscapeItem => ({
    category: 'Runtime',
    subcategory: 'Cloud Native Network',
    ...fields,
  });

  it('maps items to valid catalogue entries with a source per path and tags from every path', () => {
    const { entries, warnings } = landscapeItemsToEntries(
      parseLandscapeFile(olderLandscapeYaml, 'landscape-2019.yml').items,
      'landscape-2019.yml',
    );
    expect(warnings).toEqual([]);
    for (const entry of entries) expect(catalogueEntrySchema.parse(entry)).toEqual(entry);
    const fluentd = entries.find((entry) => entry.name === 'Fluentd');
    expect(fluentd).toEqual({
      id: 'cncf-fluentd',
      name: 'Fluentd',
      aliases: [],
      tags: ['logging', 'monitoring'],
      maturity: 'graduated',
      homepage: 'https://www.fluentd.org/',
      repository: 'https://github.com/fluent/fluentd',
      sources: [
        { kind: 'cncf-landscape', category: 'Observability and Analysis', subcategory: 'Logging', file: 'landscape-2019.yml' },
        { kind: 'cncf-landscape', category: 'Observability and Analysis', subcategory: 'Monitoring', file: 'landscape-2019.yml' },
      ],
    });
    expect(entries.find((entry) => entry.name === 'Flannel')?.organization).toBe('CoreOS');
    expect(entries.find((entry) => entry.name === 'CNI')?.tags).toEqual(['networking']);
  });

  it('gives every entry a unique cncf- id, also for names without Latin letters', () => {
    const { entries } = landscapeItemsToEntries(
      [item({ name: 'Foo Bar' }), item({ name: 'Foo.Bar' }), item({ name: '灵雀云' }), item({ name: 'C++' })],
      'landscape.yml',
    );
    expect(entries.map((entry) => entry.id)).toEqual(['cncf-foo-bar', 'cncf-foo-bar-2', 'cncf-item', 'cncf-c-plus-plus']);
  });

  it('leaves out links that are not web addresses and warns about each', () => {
    const { entries, warnings } = landscapeItemsToEntries(
      [
        item({ name: 'A', homepage: 'javascript:alert(1)', repository: 'github.com/a/a' }),
        item({ name: 'B', homepage: 'ftp://example.com/', repository: 'https://github.com/b/b', line: 12 }),
      ],
      'landscape.yml',
    );
    expect(entries[0]?.homepage).toBeUndefined();
    expect(entries[0]?.repository).toBeUndefined();
    expect(entries[1]?.repository).toBe('https://github.com/b/b');
    expect(warnings.map((warning) => [warning.kind, warning.name])).toEqual([
      ['invalid-url', 'A'],
      ['invalid-url', 'A'],
      ['invalid-url', 'B'],
    ]);
    expect(warnings[2]).toEqual({
      kind: 'invalid-url',
      name: 'B',
      line: 12,
      value: 'ftp://example.com/',
      detail: 'B: the homepage "ftp://example.com/" is not a web address; it was left out.',
    });
  });

  it('leaves tags empty for a subcategory it has no tag for', () => {
    const { entries } = landscapeItemsToEntries(
      [item({ name: 'etcd', category: 'Orchestration & Management', subcategory: 'Coordination & Service Discovery' })],
      'landscape.yml',
    );
    expect(entries[0]?.tags).toEqual([]);
  });
});

describe('importLandscapeFile', () => {
  it('makes a record that main can store and read back', () => {
    const record = importLandscapeFile(currentLandscapeYaml, 'landscape.yml', IMPORTED_AT);
    const stored: unknown = JSON.parse(JSON.stringify(record));
    expect(landscapeImportRecordSchema.parse(stored)).toEqual(record);
    expect(record.entries.map((entry) => entry.id)).toEqual([
      'cncf-project-calico',
      'cncf-container-network-interface-cni',
      'cncf-kubernetes',
    ]);
  });

  it('refuses a record whose time is not an ISO date', () => {
    const record = importLandscapeFile(currentLandscapeYaml, 'landscape.yml', IMPORTED_AT);
    expect(landscapeImportRecordSchema.safeParse({ ...record, importedAt: 'yesterday' }).success).toBe(false);
  });
});

