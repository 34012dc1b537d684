import type { ColumnOrderState, ColumnVisibilityState } from '@tanstack/react-table';
import { STAR_COLUMN_ID } from './catalogue-columns';

/**
 * Column sets for the questions readers bring to the catalogue. Each lists the columns it shows, in
 * order; the others are hidden but stay in the columns menu, after the shown ones.
 */
export const columnPresets = {
  compareDistributions: ['name', 'organization', 'distributionType', 'distributionKind', 'professionalService', 'status', 'sources', 'certified'],
  statusCheck: ['name', 'organization', 'distributionType', 'status', 'maturity', 'sources'],
  everything: undefined,
} as const satisfies Record<string, readonly string[] | undefined>;
export type ColumnPreset = keyof typeof columnPresets;
export const columnPresetIds = Object.keys(columnPresets) as ColumnPreset[];

/**
 * The order and visibility a preset gives the table's columns (`allIds` in their current order).
 * "Everything" shows every column and keeps the order the user has.
 */
export function columnsForPreset(preset: ColumnPreset, allIds: readonly string[]): { order: ColumnOrderState; visibility: ColumnVisibilityState } {
  const shown: readonly string[] | undefined = columnPresets[preset];
  if (!shown) return { order: [...allIds], visibility: Object.fromEntries(allIds.map((id) => [id, true])) };
  const listed = shown.filter((id) => allIds.includes(id));
  const rest = allIds.filter((id) => id !== STAR_COLUMN_ID && !listed.includes(id));
  return {
    order: [STAR_COLUMN_ID, ...listed, ...rest],
    visibility: Object.fromEntries(allIds.map((id) => [id, id === STAR_COLUMN_ID || listed.includes(id)])),
  };
}

/** Which preset the table's columns match now, if any (the menu marks it as pressed). */
export function activeColumnPreset(visibleIds: readonly string[], allIds: readonly string[]): ColumnPreset | undefined {
  return columnPresetIds.find((preset) => {
    const { order, visibility } = columnsForPreset(preset, allIds);
    const expected = order.filter((id) => visibility[id]);
    return expected.length === visibleIds.length && expected.every((id, index) => visibleIds[index] === id);
  });
}
