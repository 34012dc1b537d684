// TEMPORARY STUB for the export helper to replace.
export function ExportPanel() {
  return null;
}
