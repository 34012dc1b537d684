import { describe, expect, it } from 'vitest';
import { entryIdentity, identityFieldIds, sourceToText } from './export-record';

describe('entryIdentity', () => {
  it('carries every identity field, null where the catalogue knows nothing', () => {
    const identity = entryIdentity({ id: 'x', name: 'X', aliases: [], tags: [], sources: [{ kind: 'seed', section: 'infrastructure', seedName: 'X' }] });
    expect(Object.keys(identity)).toEqual([...identityFieldIds]);
    expect(identity).toMatchObject({ organization: null, homepage: null, repository: null, description: null });
  });

  it('prefers the curated description in both languages over the landscape’s English one', () => {
    const base = { id: 'x', name: 'X', aliases: [], tags: [], sources: [{ kind: 'seed' as const, section: 'infrastructure' as const, seedName: 'X' }] };
    expect(entryIdentity({ ...base, description: { en: 'a', zh: '甲' }, landscapeDescription: 'b' }).description).toEqual({ en: 'a', zh: '甲' });
    expect(entryIdentity({ ...base, landscapeDescription: 'b' }).description).toEqual({ en: 'b' });
  });
});

describe('sourceToText', () => {
  it('writes a source as ids and names only', () => {
    expect(sourceToText({ kind: 'seed', section: 'tools-services', seedName: 'Prometheus' })).toBe('seed:tools-services:Prometheus');
    expect(sourceToText({ kind: 'cncf-landscape', category: 'Observability and Analysis', subcategory: 'Monitoring', file: 'l.yml' })).toBe(
      'cncf-landscape:Observability and Analysis/Monitoring',
    );
  });
});
