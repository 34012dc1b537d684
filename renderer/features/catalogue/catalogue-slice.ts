import {
  type ColumnFiltersState,
  type ColumnOrderState,
  type ColumnSizingState,
  type ColumnVisibilityState,
  type SortingState,
  type Updater,
  functionalUpdate,
} from '@tanstack/react-table';
import type { CatalogueSnapshot } from '../../../shared/ipc/contract';
import type { AppSliceCreator } from '../../app/store';
import { type CatalogueRow, toCatalogueRows } from './catalogue-rows';
import { MAX_COMPARED } from './comparison';

/** How the user left the catalogue: persisted, so a restart shows the same view. */
export type CatalogueViewState = {
  catalogueSearch: string;
  catalogueFilters: ColumnFiltersState;
  catalogueSorting: SortingState;
  catalogueColumnVisibility: ColumnVisibilityState;
  catalogueColumnSizing: ColumnSizingState;
  catalogueColumnOrder: ColumnOrderState;
  /** The product whose details are open. */
  catalogueSelectedId: string | null;
  /** Starred product ids, in the order they were starred. */
  catalogueShortlist: string[];
  catalogueShortlistOnly: boolean;
  /** Products picked for the side-by-side comparison, in the order picked. */
  catalogueCompareIds: string[];
};

export type CatalogueSlice = CatalogueViewState & {
  /** What main last sent; not persisted, since main owns the catalogue and its import. */
  catalogueSnapshot: CatalogueSnapshot | null;
  catalogueRows: CatalogueRow[];
  setCatalogueSnapshot: (snapshot: CatalogueSnapshot) => void;
  setCatalogueSearch: (search: string) => void;
  setCatalogueFilters: (updater: Updater<ColumnFiltersState>) => void;
  setCatalogueSorting: (updater: Updater<SortingState>) => void;
  setCatalogueColumnVisibility: (updater: Updater<ColumnVisibilityState>) => void;
  setCatalogueColumnSizing: (updater: Updater<ColumnSizingState>) => void;
  setCatalogueColumnOrder: (updater: Updater<ColumnOrderState>) => void;
  resetCatalogueColumns: () => void;
  /** Clears the search, every facet and the shortlist-only toggle; sorting and columns stay. */
  clearCatalogueFilters: () => void;
  selectCatalogueEntry: (id: string | null) => void;
  toggleShortlisted: (id: string) => void;
  setShortlistOnly: (shortlistOnly: boolean) => void;
  /** Adds or removes a product; adding to a full comparison does nothing (the UI says why). */
  toggleCompared: (id: string) => void;
  clearCompared: () => void;
  /** Drops starred, compared and selected ids that the current catalogue no longer has. */
  forgetMissingCatalogueIds: () => void;
};

export const defaultCatalogueView: CatalogueViewState = {
  catalogueSearch: '',
  catalogueFilters: [],
  catalogueSorting: [],
  // Wide, rarely needed columns start hidden; the columns menu shows them.
  catalogueColumnVisibility: { distributionKind: false, professionalService: false },
  catalogueColumnSizing: {},
  catalogueColumnOrder: [],
  catalogueSelectedId: null,
  catalogueShortlist: [],
  catalogueShortlistOnly: false,
  catalogueCompareIds: [],
};

const catalogueViewKeys = Object.keys(defaultCatalogueView) as (keyof CatalogueViewState)[];

/** The part of the catalogue slice that `persist` saves. */
export function pickCatalogueView(state: CatalogueViewState): CatalogueViewState {
  return Object.fromEntries(catalogueViewKeys.map((key) => [key, state[key]])) as CatalogueViewState;
}

function toggled(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((item) => item !== id) : [...ids, id];
}

export const createCatalogueSlice: AppSliceCreator<CatalogueSlice> = (set) => ({
  ...defaultCatalogueView,
  catalogueSnapshot: null,
  catalogueRows: [],
  setCatalogueSnapshot: (snapshot) =>
    set({ catalogueSnapshot: snapshot, catalogueRows: toCatalogueRows(snapshot.entries) }),
  setCatalogueSearch: (catalogueSearch) => set({ catalogueSearch }),
  setCatalogueFilters: (updater) =>
    set((state) => ({ catalogueFilters: functionalUpdate(updater, state.catalogueFilters) })),
  setCatalogueSorting: (updater) =>
    set((state) => ({ catalogueSorting: functionalUpdate(updater, state.catalogueSorting) })),
  setCatalogueColumnVisibility: (updater) =>
    set((state) => ({ catalogueColumnVisibility: functionalUpdate(updater, state.catalogueColumnVisibility) })),
  setCatalogueColumnSizing: (updater) =>
    set((state) => ({ catalogueColumnSizing: functionalUpdate(updater, state.catalogueColumnSizing) })),
  setCatalogueColumnOrder: (updater) =>
    set((state) => ({ catalogueColumnOrder: functionalUpdate(updater, state.catalogueColumnOrder) })),
  resetCatalogueColumns: () =>
    set({
      catalogueColumnVisibility: defaultCatalogueView.catalogueColumnVisibility,
      catalogueColumnSizing: {},
      catalogueColumnOrder: [],
    }),
  clearCatalogueFilters: () => set({ catalogueSearch: '', catalogueFilters: [], catalogueShortlistOnly: false }),
  selectCatalogueEntry: (catalogueSelectedId) => set({ catalogueSelectedId }),
  toggleShortlisted: (id) => set((state) => ({ catalogueShortlist: toggled(state.catalogueShortlist, id) })),
  setShortlistOnly: (catalogueShortlistOnly) => set({ catalogueShortlistOnly }),
  toggleCompared: (id) =>
    set((state) => {
      const ids = state.catalogueCompareIds;
      if (!ids.includes(id) && ids.length >= MAX_COMPARED) return {};
      return { catalogueCompareIds: toggled(ids, id) };
    }),
  clearCompared: () => set({ catalogueCompareIds: [] }),
  forgetMissingCatalogueIds: () =>
    set((state) => {
      const known = new Set(state.catalogueRows.map((row) => row.entry.id));
      return {
        catalogueShortlist: state.catalogueShortlist.filter((id) => known.has(id)),
        catalogueCompareIds: state.catalogueCompareIds.filter((id) => known.has(id)),
        catalogueSelectedId:
          state.catalogueSelectedId !== null && known.has(state.catalogueSelectedId) ? state.catalogueSelectedId : null,
      };
    }),
});
