/**
 * Every file format Kube Planner writes, once: the IPC contract's enums, main's save-dialog filters,
 * the browser's download type and the CLI's usage all read this table. A format's name, which the
 * save dialog's filter shows, is `fileFormats.<id>` in the common texts. Adding a format means an
 * entry here, then the places the compiler names (its name, and for a plan format its rendering,
 * its preview and its texts).
 */
export type ExportFormatEntry = {
  /** The type a browser download carries. */
  mimeType: string;
  /** The extensions a save dialog filters on; the first one is the format's own. */
  extensions: readonly [string, ...string[]];
  /** Bytes rather than text: it travels base64-encoded between processes. */
  binary: boolean;
};

export const exportFormats = {
  md: { mimeType: 'text/markdown;charset=utf-8', extensions: ['md'], binary: false },
  html: { mimeType: 'text/html;charset=utf-8', extensions: ['html'], binary: false },
  pdf: { mimeType: 'application/pdf', extensions: ['pdf'], binary: true },
  json: { mimeType: 'application/json;charset=utf-8', extensions: ['json'], binary: false },
  yaml: { mimeType: 'application/yaml;charset=utf-8', extensions: ['yaml', 'yml'], binary: false },
  csv: { mimeType: 'text/csv;charset=utf-8', extensions: ['csv'], binary: false },
  /** Manifests for more than one reader (kubectl, kind, kubeadm) come as one zip. */
  zip: { mimeType: 'application/zip', extensions: ['zip'], binary: true },
} as const satisfies Record<string, ExportFormatEntry>;

export type ExportFormatId = keyof typeof exportFormats;

/** The ids as a tuple, for a zod enum. */
export const exportFormatIds = Object.keys(exportFormats) as [ExportFormatId, ...ExportFormatId[]];

/** What main renders a plan into, in the order the export panel and the CLI offer them. */
export const planExportFormatIds = ['md', 'html', 'pdf', 'json', 'yaml'] as const satisfies readonly ExportFormatId[];
export type PlanExportFormatId = (typeof planExportFormatIds)[number];

/** `md|html|pdf|json|yaml`: the CLI's `--format` choices, as its usage text and its errors spell them. */
export const planExportFormatChoices = planExportFormatIds.join('|');

/** The format a file name says it is, by its last extension; undefined for one Kube Planner doesn't write. */
export function exportFormatOfFileName(fileName: string): ExportFormatId | undefined {
  const extension = fileName.slice(fileName.lastIndexOf('.') + 1).toLowerCase();
  return (Object.keys(exportFormats) as ExportFormatId[]).find((id) => (exportFormats[id].extensions as readonly string[]).includes(extension));
}
