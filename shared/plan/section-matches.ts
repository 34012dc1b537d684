/** JSON with every object's keys sorted: a section read back from a file lists its keys in schema order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

/**
 * Whether the plan holds exactly what a page shows: the one comparison every page's "in the plan"
 * status uses (HA topology, SLA, and the choices), so none says "saved" for something else.
 */
export function sectionMatchesPlan<T>(stored: T | null | undefined, shown: T | undefined): boolean {
  return stored !== null && stored !== undefined && shown !== undefined && canonical(stored) === canonical(shown);
}
