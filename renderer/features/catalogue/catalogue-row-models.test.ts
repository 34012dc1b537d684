import {
  type ColumnFiltersState,
  createFacetedRowModel,
  createFacetedUniqueValues,
  createFilteredRowModel,
  useTable,
} from '@tanstack/react-table';
import { renderHook } from '@testing-library/react';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CatalogueEntry } from '../../../shared/catalogue/schema';
import { STAR_COLUMN_ID, buildCatalogueColumns, catalogueFeatures, matchesGlobalSearch } from './catalogue-columns';
import type { Translate } from './catalogue-fields';
import { searchNarrows } from './catalogue-row-models';
import { type CatalogueRow, countFacetValues, facetFieldValues, toCatalogueRows } from './catalogue-rows';
import { catalogueT, entry } from './catalogue-test-support';

/** The same table with TanStack's own filtering and faceting: the reference the catalogue's must agree with. */
const stockFeatures = {
  ...catalogueFeatures,
  filteredRowModel: createFilteredRowModel(),
  facetedRowModel: createFacetedRowModel(),
  facetedUniqueValues: createFacetedUniqueValues(),
} as unknown as typeof catalogueFeatures;

/** mulberry32, so every run checks the same catalogue and filters. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const random = seededRandom(7);
const maybe = <T,>(values: readonly T[]): T | undefined => (random() < 0.3 ? undefined : values[Math.floor(random() * values.length)]);
const someOf = <T,>(values: readonly T[]): T[] => values.filter(() => random() < 0.12);

const entries: CatalogueEntry[] = Array.from({ length: 400 }, (_, index) => ({
  ...entry({ id: `p${index}`, name: `${['Kube', 'Net', 'Store', 'Mesh'][index % 4]} product ${index}` }),
  seedSection: maybe(facetFieldValues.seedSection),
  distributionType: maybe(facetFieldValues.distributionType),
  devopsStage: maybe(facetFieldValues.devopsStage),
  maturity: maybe(facetFieldValues.maturity),
  status: random() < 0.5 ? { state: facetFieldValues.status[index % 5]!, sources: [{ kind: 'web', url: 'https://example.org/', asOf: 2026 }] } : undefined,
  tags: someOf(facetFieldValues.tags),
  sources:
    index % 3 === 0
      ? [{ kind: 'cncf-landscape', category: 'Runtime', subcategory: 'Cloud Native Network', file: 'l.yml' }]
      : [{ kind: 'seed', section: 'devops', seedName: `P${index}` }],
}));
const rows = toCatalogueRows(entries);

let t: Translate;
beforeAll(async () => {
  t = await catalogueT('en');
});

function table(features: typeof catalogueFeatures, globalFilter: string, columnFilters: ColumnFiltersState) {
  const columns = buildCatalogueColumns(t);
  return renderHook(() =>
    useTable({
      features,
      columns,
      data: rows,
      getRowId: (row: CatalogueRow) => row.entry.id,
      state: { globalFilter, columnFilters },
      globalFilterFn: matchesGlobalSearch,
      getColumnCanGlobalFilter: (column) => column.id === 'name',
    }),
  ).result.current;
}

const facetFields = Object.keys(facetFieldValues) as (keyof typeof facetFieldValues)[];

function randomFilters(): { globalFilter: string; columnFilters: ColumnFiltersState } {
  const columnFilters: ColumnFiltersState = facetFields
    .filter(() => random() < 0.3)
    .map((field) => ({ id: field, value: someOf(facetFieldValues[field]).concat(facetFieldValues[field][0]!) }));
  if (random() < 0.3) columnFilters.push({ id: STAR_COLUMN_ID, value: new Set(rows.filter(() => random() < 0.5).map((row) => row.entry.id)) });
  return { globalFilter: ['', '', 'net', 'product 1', 'mesh'][Math.floor(random() * 5)]!, columnFilters };
}

describe('the catalogue’s filtering and faceting', () => {
  it('agree with TanStack’s own row models on rows and on every facet’s counts', () => {
    for (let round = 0; round < 40; round += 1) {
      const { globalFilter, columnFilters } = randomFilters();
      const ours = table(catalogueFeatures, globalFilter, columnFilters);
      const stock = table(stockFeatures, globalFilter, columnFilters);
      const context = JSON.stringify({ globalFilter, columnFilters: columnFilters.map((filter) => filter.id) });
      // The same rows; under a search ours are ranked by name match (tested below), so order aside.
      const ids = (model: typeof ours) => model.getRowModel().rows.map((row) => row.id);
      expect(globalFilter ? ids(ours).sort() : ids(ours), context).toEqual(globalFilter ? ids(stock).sort() : ids(stock));
      for (const field of facetFields) {
        const expected = Object.fromEntries([...stock.getColumn(field)!.getFacetedUniqueValues()].filter(([value]) => value !== undefined));
        expect(Object.fromEntries(ours.getColumn(field)!.getFacetedUniqueValues()), `${field} ${context}`).toEqual(expected);
      }
    }
  });

  it('narrow a query typed a letter at a time (and cut back) to what a fresh table finds, facets included', () => {
    const maturityFilter: ColumnFiltersState = [{ id: 'maturity', value: [facetFieldValues.maturity[0]!, facetFieldValues.maturity[1]!] }];
    const typing = fc.array(fc.oneof(fc.constantFrom(...'kubenetstormshpduc 0123'.split('')), fc.constant('Backspace')), { minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(typing, fc.boolean(), (keys, filtered) => {
        const columnFilters = filtered ? maturityFilter : [];
        const typed = renderHook(
          ({ globalFilter }: { globalFilter: string }) =>
            useTable({
              features: catalogueFeatures,
              columns: buildCatalogueColumns(t),
              data: rows,
              getRowId: (row: CatalogueRow) => row.entry.id,
              state: { globalFilter, columnFilters },
              globalFilterFn: matchesGlobalSearch,
              getColumnCanGlobalFilter: (column) => column.id === 'name',
            }),
          { initialProps: { globalFilter: '' } },
        );
        let query = '';
        for (const key of keys) {
          query = key === 'Backspace' ? query.slice(0, -1) : query + key;
          typed.rerender({ globalFilter: query });
          const fresh = table(catalogueFeatures, query, columnFilters);
          const ids = (model: typeof fresh) => model.getRowModel().rows.map((row) => row.id);
          expect(ids(typed.result.current), query).toEqual(ids(fresh));
          for (const field of facetFields) {
            expect(typed.result.current.getColumn(field)!.getFacetedUniqueValues(), `${field} "${query}"`).toEqual(fresh.getColumn(field)!.getFacetedUniqueValues());
          }
        }
        typed.unmount();
      }),
      { numRuns: 25 },
    );
  });

  it('rank name matches first under a search, keeping the catalogue order among equals', () => {
    const ranked = toCatalogueRows([
      entry({ id: 'genie', name: 'CNI-Genie', description: { en: 'Connects to Calico and Weave', zh: '连接 Calico' } }),
      entry({ id: 'project', name: 'Project Calico' }),
      entry({ id: 'calico', name: 'Calico' }),
      entry({ id: 'enterprise', name: 'Calico Enterprise' }),
    ]);
    const searched = renderHook(() =>
      useTable({
        features: catalogueFeatures,
        columns: buildCatalogueColumns(t),
        data: ranked,
        getRowId: (row: CatalogueRow) => row.entry.id,
        state: { globalFilter: 'calico', columnFilters: [] },
        globalFilterFn: matchesGlobalSearch,
        getColumnCanGlobalFilter: (column) => column.id === 'name',
      }),
    ).result.current;
    expect(searched.getRowModel().rows.map((row) => row.id)).toEqual(['calico', 'enterprise', 'project', 'genie']);
  });

  it('index filtered rows by id only when asked, and correctly', () => {
    const ours = table(catalogueFeatures, 'mesh', []);
    const model = ours.getRowModel();
    expect(Object.keys(model.rowsById).sort()).toEqual(model.rows.map((row) => row.id).sort());
  });
});

describe('searchNarrows', () => {
  it('holds when every earlier term lies inside a later one, and only then', () => {
    expect(searchNarrows(['ku'], ['kub'])).toBe(true);
    expect(searchNarrows(['kube'], ['kube', 'p'])).toBe(true);
    expect(searchNarrows([], ['net'])).toBe(true);
    expect(searchNarrows(['kub'], ['ku'])).toBe(false);
    expect(searchNarrows(['kube', 'net'], ['kubenet'])).toBe(true);
    expect(searchNarrows(['mesh'], ['net'])).toBe(false);
  });
});

describe('countFacetValues', () => {
  it('counts packed values, leaving out values no row has', () => {
    const counted = toCatalogueRows([
      entry({ id: 'a', name: 'A', seedSection: 'devops', tags: ['storage', 'backup'] }),
      entry({ id: 'b', name: 'B', seedSection: 'devops', tags: ['storage'] }),
      entry({ id: 'c', name: 'C', tags: ['development'] }),
    ]).map((original) => ({ original }));
    expect(countFacetValues(counted, 'seedSection')).toEqual(new Map([['devops', 2]]));
    expect(countFacetValues(counted, 'tags')).toEqual(
      new Map([
        ['storage', 2],
        ['backup', 1],
        ['development', 1],
      ]),
    );
    expect(countFacetValues(counted, 'sources')).toEqual(new Map([['seed', 3]]));
  });
});
