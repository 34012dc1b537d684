import { type ColumnFiltersState, type SortingState, useTable } from '@tanstack/react-table';
import { renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { STAR_COLUMN_ID, buildCatalogueColumns, catalogueFeatures, matchesGlobalSearch } from './catalogue-columns';
import type { Translate } from './catalogue-fields';
import { type CatalogueRow, toCatalogueRows } from './catalogue-rows';
import { catalogueT, entry } from './catalogue-test-support';

let t: Translate;
beforeAll(async () => {
  t = await catalogueT('en');
});

const rows = toCatalogueRows([
  entry({
    id: 'calico',
    name: 'Calico',
    organization: 'Tigera',
    seedSection: 'infrastructure',
    tags: ['networking', 'security'],
    description: { en: 'Networking and network policy.', zh: 'Tigera 的网络与网络策略项目。' },
  }),
  entry({ id: 'openshift', name: 'OpenShift', organization: 'Red Hat', seedSection: 'distributions', tags: ['paas'] }),
  entry({ id: 'helm', name: 'Helm', organization: 'CNCF', seedSection: 'devops', tags: ['package-management'] }),
  entry({ id: 'cilium', name: 'Cilium', organization: 'Isovalent', tags: ['networking', 'security'] }),
  entry({ id: 'cafe', name: 'Café Mesh', organization: 'Ｅxample', seedSection: 'infrastructure', tags: ['service-mesh'] }),
]);

/** The catalogue's real features and columns over a handful of rows. */
function tableWith(state: { globalFilter?: string; columnFilters?: ColumnFiltersState; sorting?: SortingState }) {
  const columns = buildCatalogueColumns(t);
  const { result } = renderHook(() =>
    useTable({
      features: catalogueFeatures,
      columns,
      data: rows,
      getRowId: (row: CatalogueRow) => row.entry.id,
      state: { globalFilter: state.globalFilter ?? '', columnFilters: state.columnFilters ?? [], sorting: state.sorting ?? [] },
      globalFilterFn: matchesGlobalSearch,
      getColumnCanGlobalFilter: (column) => column.id === 'name',
      sortDescFirst: false,
    }),
  );
  return result.current;
}

const ids = (table: ReturnType<typeof tableWith>) => table.getRowModel().rows.map((row) => row.id);

describe('catalogue table', () => {
  it('searches names, tags, organizations and descriptions in both languages, ignoring case, width and accents', () => {
    expect(ids(tableWith({ globalFilter: 'CALICO' }))).toEqual(['calico']);
    expect(ids(tableWith({ globalFilter: '网络策略' }))).toEqual(['calico']);
    expect(ids(tableWith({ globalFilter: 'cafe' }))).toEqual(['cafe']);
    expect(ids(tableWith({ globalFilter: 'example' }))).toEqual(['cafe']);
    expect(ids(tableWith({ globalFilter: 'security networking' }))).toEqual(['calico', 'cilium']);
  });

  it('counts facet values over the other filters, not the facet’s own', () => {
    const table = tableWith({
      globalFilter: 'networking',
      columnFilters: [{ id: 'seedSection', value: ['infrastructure'] }],
    });
    expect(ids(table)).toEqual(['calico']);
    // Section counts ignore the section filter itself but honour the search: Calico, and Cilium has no section.
    expect([...table.getColumn('seedSection')!.getFacetedUniqueValues()]).toEqual([['infrastructure', 1]]);
    // Tag counts honour both.
    expect(Object.fromEntries(table.getColumn('tags')!.getFacetedUniqueValues())).toEqual({ networking: 1, security: 1 });
  });

  it('keeps rows with any ticked value of a facet', () => {
    const table = tableWith({ columnFilters: [{ id: 'tags', value: ['paas', 'package-management'] }] });
    expect(ids(table)).toEqual(['openshift', 'helm']);
  });

  it('filters organizations by folded text and the star column by the shortlist', () => {
    expect(ids(tableWith({ columnFilters: [{ id: 'organization', value: 'RED' }] }))).toEqual(['openshift']);
    expect(ids(tableWith({ columnFilters: [{ id: 'organization', value: 'ｅｘａｍｐｌｅ' }] }))).toEqual(['cafe']);
    const shortlist = new Set(['helm', 'cilium']);
    expect(ids(tableWith({ columnFilters: [{ id: STAR_COLUMN_ID, value: shortlist }] }))).toEqual(['helm', 'cilium']);
  });

  it('sorts list fields in the seed’s order with missing values last, either way', () => {
    expect(ids(tableWith({ sorting: [{ id: 'seedSection', desc: false }] }))).toEqual(['openshift', 'helm', 'calico', 'cafe', 'cilium']);
    expect(ids(tableWith({ sorting: [{ id: 'seedSection', desc: true }] }))).toEqual(['calico', 'cafe', 'helm', 'openshift', 'cilium']);
  });

  it('sorts by several columns', () => {
    const table = tableWith({
      sorting: [
        { id: 'seedSection', desc: false },
        { id: 'name', desc: false },
      ],
    });
    // Calico and Café Mesh share a section; the second key puts Café first, unlike the data order.
    expect(ids(table)).toEqual(['openshift', 'helm', 'cafe', 'calico', 'cilium']);
    const byName = tableWith({
      sorting: [
        { id: 'seedSection', desc: true },
        { id: 'name', desc: false },
      ],
    });
    expect(ids(byName)).toEqual(['cafe', 'calico', 'helm', 'openshift', 'cilium']);
  });
});
