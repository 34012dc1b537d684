import type { ColumnFiltersState } from '@tanstack/react-table';

export type FacetOption = { value: string; count: number };

/**
 * The options a facet offers, in the field's own order, with how many rows of the current view
 * (every other filter applied) have each. Values with no rows are left out unless selected: a
 * selected value must stay visible so it can be unticked.
 */
export function facetOptions(
  order: readonly string[],
  counts: ReadonlyMap<unknown, number>,
  selected: readonly string[],
): FacetOption[] {
  return order
    .map((value) => ({ value, count: counts.get(value) ?? 0 }))
    .filter((option) => option.count > 0 || selected.includes(option.value));
}

/** The values ticked in one facet; a facet's filter value is always a list of values. */
export function selectedFacetValues(filters: ColumnFiltersState, columnId: string): string[] {
  const value = filters.find((filter) => filter.id === columnId)?.value;
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

/** Ticks or unticks one value; a facet with nothing ticked is removed, so it filters nothing. */
export function toggleFacetValue(filters: ColumnFiltersState, columnId: string, value: string): ColumnFiltersState {
  const current = selectedFacetValues(filters, columnId);
  const next = current.includes(value) ? current.filter((item) => item !== value) : [...current, value];
  return setColumnFilter(filters, columnId, next.length > 0 ? next : undefined);
}

/** Replaces one column's filter, keeping the others in place; `undefined` (or "") removes it. */
export function setColumnFilter(filters: ColumnFiltersState, columnId: string, value: unknown): ColumnFiltersState {
  const others = filters.filter((filter) => filter.id !== columnId);
  if (value === undefined || value === '') return others;
  const index = filters.findIndex((filter) => filter.id === columnId);
  const next = { id: columnId, value };
  if (index === -1) return [...others, next];
  return [...filters.slice(0, index), next, ...filters.slice(index + 1)];
}
