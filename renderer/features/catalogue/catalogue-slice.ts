import {
  type ColumnFiltersState,
  type ColumnOrderState,
  type ColumnSizingState,
  type ColumnVisibilityState,
  type SortingState,
  type Updater,
  functionalUpdate,
} from '@tanstack/react-table';
import type { DistributionType } from '../../../shared/catalogue/schema';
import type { CatalogueSnapshot } from '../../../shared/ipc/contract';
import type { AppSliceCreator } from '../../app/store';
import { type CatalogueRow, toCatalogueRows } from './catalogue-rows';
import { MAX_COMPARED, MIN_COMPARED } from './comparison';

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
  /** Whether the comparison dialog is open; it closes by itself once fewer than two products remain. */
  catalogueCompareOpen: boolean;
  setCatalogueCompareOpen: (open: boolean) => void;
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
  /** Opens the catalogue filtered to one Table 1.1 type (the Choices page's "show matching products"). */
  showCatalogueDistributionType: (type: DistributionType) => void;
  selectCatalogueEntry: (id: string | null) => void;
  toggleShortlisted: (id: string) => void;
  setShortlistOnly: (shortlistOnly: boolean) => void;
  /** Adds or removes a product; adding to a full comparison does nothing (the UI says why). */
  toggleCompared: (id: string) => void;
  clearCompared: () => void;
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
  catalogueCompareOpen: false,
  setCatalogueCompareOpen: (catalogueCompareOpen) => set({ catalogueCompareOpen }),
  // Every new snapshot (first load, import, removal) drops ids of rows it no longer has, so a
  // persisted comparison of vanished rows cannot hold places of the MAX_COMPARED.
  setCatalogueSnapshot: (snapshot) =>
    set((state) => {
      const known = new Set(snapshot.entries.map((entry) => entry.id));
      const catalogueCompareIds = state.catalogueCompareIds.filter((id) => known.has(id));
      return {
        catalogueSnapshot: snapshot,
        catalogueRows: toCatalogueRows(snapshot.entries),
        catalogueShortlist: state.catalogueShortlist.filter((id) => known.has(id)),
        catalogueCompareIds,
        catalogueCompareOpen: state.catalogueCompareOpen && catalogueCompareIds.length >= MIN_COMPARED,
        catalogueSelectedId:
          state.catalogueSelectedId !== null && known.has(state.catalogueSelectedId) ? state.catalogueSelectedId : null,
      };
    }),
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
  showCatalogueDistributionType: (type) =>
    set({
      section: 'catalogue',
      catalogueSearch: '',
      catalogueFilters: [{ id: 'distributionType', value: [type] }],
      catalogueShortlistOnly: false,
    }),
  selectCatalogueEntry: (catalogueSelectedId) => set({ catalogueSelectedId }),
  toggleShortlisted: (id) => set((state) => ({ catalogueShortlist: toggled(state.catalogueShortlist, id) })),
  setShortlistOnly: (catalogueShortlistOnly) => set({ catalogueShortlistOnly }),
  toggleCompared: (id) =>
    set((state) => {
      const ids = state.catalogueCompareIds;
      if (!ids.includes(id) && ids.length >= MAX_COMPARED) return {};
      const catalogueCompareIds = toggled(ids, id);
      return { catalogueCompareIds, catalogueCompareOpen: state.catalogueCompareOpen && catalogueCompareIds.length >= MIN_COMPARED };
    }),
  clearCompared: () => set({ catalogueCompareIds: [], catalogueCompareOpen: false }),
});
