import {
  type ExportColumn,
  type ExportRow,
  catalogueViewToCsv,
  catalogueViewToJson,
} from '../../../shared/catalogue/export-view';
import type { ExportFormat, KubePlannerApi } from '../../../shared/ipc/contract';
import { unwrap } from '../../../shared/ipc/result';
import { type CatalogueFieldId, type Translate, catalogueFieldIds, fieldText } from './catalogue-fields';
import type { CatalogueRow } from './catalogue-rows';

/** The catalogue's own export formats; the contract's format list also serves other pages. */
export const catalogueExportFormats = ['csv', 'json'] as const satisfies readonly ExportFormat[];
export type CatalogueExportFormat = (typeof catalogueExportFormats)[number];

function isCatalogueField(id: string): id is CatalogueFieldId {
  return (catalogueFieldIds as readonly string[]).includes(id);
}

/**
 * The view as the user sees it: the given rows (filtered and sorted), the visible data columns in
 * their order, headers and values in the UI language. The star column is a control, not data.
 */
export function catalogueExport(
  format: CatalogueExportFormat,
  visibleColumnIds: readonly string[],
  rows: readonly CatalogueRow[],
  t: Translate,
): string {
  const fields = visibleColumnIds.filter(isCatalogueField);
  const columns: ExportColumn[] = fields.map((id) => ({ id, header: t(`columns.${id}`) }));
  const exportRows: ExportRow[] = rows.map((row) => Object.fromEntries(fields.map((id) => [id, fieldText(row, id, t)])));
  return format === 'csv' ? catalogueViewToCsv(columns, exportRows) : catalogueViewToJson(columns, exportRows);
}

export function exportFileName(format: ExportFormat, now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
  return `kube-planner-catalogue-${day}.${format}`;
}

export type SaveOutcome = { saved: true; path?: string } | { saved: false };

/**
 * Saves through main's native save dialog in Electron; elsewhere the browser downloads the file, which
 * is how a browser saves (the browser host has no dialog to show).
 */
export async function saveExport(
  api: Pick<KubePlannerApi, 'getAppInfo' | 'saveExportFile'>,
  format: ExportFormat,
  content: string,
  now = new Date(),
): Promise<SaveOutcome> {
  const suggestedName = exportFileName(format, now);
  const { transport } = unwrap(await api.getAppInfo({}));
  if (transport === 'electron') {
    const result = unwrap(await api.saveExportFile({ suggestedName, format, content }));
    return result.saved ? { saved: true, path: result.path } : { saved: false };
  }
  downloadInBrowser(suggestedName, format, content);
  return { saved: true };
}

function downloadInBrowser(fileName: string, format: ExportFormat, content: string): void {
  const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/json;charset=utf-8';
  const url = URL.createObjectURL(new Blob([content], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoked on the next task: the download has taken its own reference by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
