import { describe, expect, it } from 'vitest';
import { facetOptions, selectedFacetValues, setColumnFilter, toggleFacetValue } from './facets';

describe('facetOptions', () => {
  const order = ['distributions', 'tools-services', 'devops', 'infrastructure'];

  it('lists values in the field order with their counts, leaving out values with no rows', () => {
    const counts = new Map<unknown, number>([
      ['infrastructure', 22],
      ['distributions', 43],
      [undefined, 5],
    ]);
    expect(facetOptions(order, counts, [])).toEqual([
      { value: 'distributions', count: 43 },
      { value: 'infrastructure', count: 22 },
    ]);
  });

  it('keeps a ticked value with no rows left, so it can be unticked', () => {
    expect(facetOptions(order, new Map([['devops', 3]]), ['tools-services'])).toEqual([
      { value: 'tools-services', count: 0 },
      { value: 'devops', count: 3 },
    ]);
  });
});

describe('facet filter state', () => {
  it('ticks and unticks values, removing the filter when nothing is ticked', () => {
    let filters = toggleFacetValue([], 'seedSection', 'devops');
    filters = toggleFacetValue(filters, 'seedSection', 'infrastructure');
    expect(selectedFacetValues(filters, 'seedSection')).toEqual(['devops', 'infrastructure']);
    filters = toggleFacetValue(filters, 'seedSection', 'devops');
    filters = toggleFacetValue(filters, 'seedSection', 'infrastructure');
    expect(filters).toEqual([]);
  });

  it('changes one column without moving the others', () => {
    const filters = [
      { id: 'seedSection', value: ['devops'] },
      { id: 'organization', value: 'red' },
      { id: 'maturity', value: ['graduated'] },
    ];
    expect(setColumnFilter(filters, 'organization', 'red hat').map((filter) => filter.id)).toEqual([
      'seedSection',
      'organization',
      'maturity',
    ]);
    expect(setColumnFilter(filters, 'organization', '')).toEqual([filters[0], filters[2]]);
    expect(setColumnFilter(filters, 'tags', ['storage']).at(-1)).toEqual({ id: 'tags', value: ['storage'] });
  });

  it('reads a malformed persisted value as nothing ticked', () => {
    expect(selectedFacetValues([{ id: 'tags', value: 'storage' }], 'tags')).toEqual([]);
    expect(selectedFacetValues([{ id: 'tags', value: ['storage', 3] }], 'tags')).toEqual(['storage']);
  });
});
