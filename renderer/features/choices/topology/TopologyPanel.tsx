// TEMPORARY STUB for the topology helper to replace.
export function TopologyPanel() {
  return null;
}
