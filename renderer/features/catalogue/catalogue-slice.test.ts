import { describe, expect, it } from 'vitest';
import { create } from 'zustand';
import type { CatalogueSnapshot } from '../../../shared/ipc/contract';
import { type CatalogueSlice, createCatalogueSlice, defaultCatalogueView, pickCatalogueView } from './catalogue-slice';
import { distributionTypes, entry } from './catalogue-test-support';

/** The slice on its own store: no persistence, no main process. */
function createStore() {
  return create<CatalogueSlice>()((...args) =>
    createCatalogueSlice(...(args as unknown as Parameters<typeof createCatalogueSlice>)),
  );
}

const snapshot: CatalogueSnapshot = {
  entries: [
    entry({ id: 'calico', name: 'Calico', aliases: ['Project Calico'] }),
    entry({
      id: 'cncf-cilium',
      name: 'Cilium',
      sources: [{ kind: 'cncf-landscape', category: 'Runtime', subcategory: 'Cloud Native Network', file: 'landscape.yml' }],
    }),
  ],
  distributionTypes,
  landscapeImport: null,
};

describe('catalogue slice', () => {
  it('starts from the default view, with no snapshot', () => {
    const state = createStore().getState();
    expect(pickCatalogueView(state)).toEqual(defaultCatalogueView);
    expect(state.catalogueSnapshot).toBeNull();
    expect(state.catalogueRows).toEqual([]);
  });

  it('persists exactly the view: never the snapshot, the rows or the actions', () => {
    const view = pickCatalogueView(createStore().getState());
    expect(Object.keys(view).sort()).toEqual(Object.keys(defaultCatalogueView).sort());
    expect(Object.values(view).some((value) => typeof value === 'function')).toBe(false);
  });

  it('prepares searchable rows once, when a snapshot arrives', () => {
    const store = createStore();
    store.getState().setCatalogueSnapshot(snapshot);
    const [calico, cilium] = store.getState().catalogueRows;
    expect(calico?.searchText).toContain('project calico');
    expect(calico?.sourceKind).toBe('seed');
    expect(cilium?.sourceKind).toBe('cncf-landscape');
    expect(cilium?.sortName).toBe('cilium');
  });

  it('applies table updaters given as values or as functions', () => {
    const store = createStore();
    store.getState().setCatalogueSorting([{ id: 'name', desc: false }]);
    store.getState().setCatalogueSorting((sorting) => [...sorting, { id: 'status', desc: true }]);
    expect(store.getState().catalogueSorting).toEqual([
      { id: 'name', desc: false },
      { id: 'status', desc: true },
    ]);
    store.getState().setCatalogueFilters((filters) => [...filters, { id: 'seedSection', value: ['devops'] }]);
    store.getState().setCatalogueColumnSizing({ name: 320 });
    store.getState().setCatalogueColumnOrder(['star', 'organization', 'name']);
    store.getState().setCatalogueColumnVisibility((visibility) => ({ ...visibility, tags: false }));
    const state = store.getState();
    expect(state.catalogueFilters).toEqual([{ id: 'seedSection', value: ['devops'] }]);
    expect(state.catalogueColumnSizing).toEqual({ name: 320 });
    expect(state.catalogueColumnOrder).toEqual(['star', 'organization', 'name']);
    expect(state.catalogueColumnVisibility).toMatchObject({ tags: false, distributionKind: false });
  });

  it('stars and unstars, keeping the order things were starred in', () => {
    const store = createStore();
    const { toggleShortlisted } = store.getState();
    toggleShortlisted('b');
    toggleShortlisted('a');
    toggleShortlisted('c');
    toggleShortlisted('a');
    expect(store.getState().catalogueShortlist).toEqual(['b', 'c']);
  });

  it('compares at most six products and ignores a seventh', () => {
    const store = createStore();
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) store.getState().toggleCompared(id);
    expect(store.getState().catalogueCompareIds).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    store.getState().toggleCompared('b');
    store.getState().toggleCompared('g');
    expect(store.getState().catalogueCompareIds).toEqual(['a', 'c', 'd', 'e', 'f', 'g']);
    store.getState().clearCompared();
    expect(store.getState().catalogueCompareIds).toEqual([]);
  });

  it('clears search, facets and the shortlist toggle, but not the sort or the columns', () => {
    const store = createStore();
    const state = store.getState();
    state.setCatalogueSearch('net');
    state.setCatalogueFilters([{ id: 'maturity', value: ['graduated'] }]);
    state.setShortlistOnly(true);
    state.setCatalogueSorting([{ id: 'name', desc: true }]);
    state.setCatalogueColumnVisibility({ tags: false });
    store.getState().clearCatalogueFilters();
    const cleared = store.getState();
    expect(cleared.catalogueSearch).toBe('');
    expect(cleared.catalogueFilters).toEqual([]);
    expect(cleared.catalogueShortlistOnly).toBe(false);
    expect(cleared.catalogueSorting).toEqual([{ id: 'name', desc: true }]);
    expect(cleared.catalogueColumnVisibility).toEqual({ tags: false });
  });

  it('resets columns to their defaults', () => {
    const store = createStore();
    store.getState().setCatalogueColumnVisibility({ tags: false });
    store.getState().setCatalogueColumnSizing({ name: 400 });
    store.getState().setCatalogueColumnOrder(['star', 'tags']);
    store.getState().resetCatalogueColumns();
    const state = store.getState();
    expect(state.catalogueColumnVisibility).toEqual(defaultCatalogueView.catalogueColumnVisibility);
    expect(state.catalogueColumnSizing).toEqual({});
    expect(state.catalogueColumnOrder).toEqual([]);
  });

  it('forgets starred, compared and selected products the catalogue no longer has', () => {
    const store = createStore();
    const state = store.getState();
    state.setCatalogueSnapshot(snapshot);
    state.toggleShortlisted('calico');
    state.toggleShortlisted('cncf-cilium');
    state.toggleCompared('cncf-cilium');
    state.selectCatalogueEntry('cncf-cilium');
    store.getState().setCatalogueSnapshot({ ...snapshot, entries: snapshot.entries.slice(0, 1) });
    const pruned = store.getState();
    expect(pruned.catalogueShortlist).toEqual(['calico']);
    expect(pruned.catalogueCompareIds).toEqual([]);
    expect(pruned.catalogueSelectedId).toBeNull();
  });

  it('closes the comparison once fewer than two products remain, however they go', () => {
    const store = createStore();
    const state = store.getState();
    state.setCatalogueSnapshot(snapshot);
    state.toggleCompared('calico');
    state.toggleCompared('cncf-cilium');
    state.setCatalogueCompareOpen(true);
    store.getState().toggleCompared('cncf-cilium');
    expect(store.getState().catalogueCompareOpen).toBe(false);
    store.getState().toggleCompared('cncf-cilium');
    expect(store.getState().catalogueCompareOpen).toBe(false);

    store.getState().setCatalogueCompareOpen(true);
    store.getState().setCatalogueSnapshot({ ...snapshot, entries: snapshot.entries.slice(0, 1) });
    expect(store.getState().catalogueCompareOpen).toBe(false);
  });

  it('frees the places of vanished products in a full comparison when a new snapshot arrives', () => {
    const store = createStore();
    store.setState({ catalogueCompareIds: ['gone-1', 'gone-2', 'gone-3', 'calico'] });
    store.getState().setCatalogueSnapshot(snapshot);
    expect(store.getState().catalogueCompareIds).toEqual(['calico']);
    store.getState().toggleCompared('cncf-cilium');
    expect(store.getState().catalogueCompareIds).toEqual(['calico', 'cncf-cilium']);
  });
});
