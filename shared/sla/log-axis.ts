/**
 * A log-scale axis that shows every bar whole: it starts a decade at or below the smallest value (a
 * whole decade below when the smallest is itself a power of ten, so its bar keeps a height) and ends
 * at the first power of ten at or above the largest (so the tallest bar is not clipped). Recharts'
 * 'auto' domain started at the smallest value, leaving the 99.9999 % bar no height at all.
 */
export function logAxisDomain(values: readonly number[]): { domain: [number, number]; ticks: number[] } {
  const positive = values.filter((value) => Number.isFinite(value) && value > 0);
  if (positive.length === 0) return { domain: [0.1, 1], ticks: [0.1, 1] };
  const smallest = Math.log10(Math.min(...positive));
  const largest = Math.log10(Math.max(...positive));
  const low = Number.isInteger(smallest) ? smallest - 1 : Math.floor(smallest);
  const high = Math.max(Math.ceil(largest), low + 1);
  const ticks = Array.from({ length: high - low + 1 }, (_, index) => Number(`1e${low + index}`));
  return { domain: [ticks[0]!, ticks.at(-1)!], ticks };
}
