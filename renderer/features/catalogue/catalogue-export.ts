import {
  type ExportColumn,
  type ExportRow,
  catalogueViewToCsv,
  catalogueViewToJson,
} from '../../../shared/catalogue/export-view';
import type { ExportFormat, KubePlannerApi } from '../../../shared/ipc/contract';
import { type SaveOutcome, fileDateStamp, saveTextFile } from '../../ui/save-file';
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

export function exportFileName(format: CatalogueExportFormat, now: Date): string {
  return `kube-planner-catalogue-${fileDateStamp(now)}.${format}`;
}

/** Saves through main's native save dialog in Electron; the browser host downloads instead. */
export function saveExport(
  api: Pick<KubePlannerApi, 'getAppInfo' | 'saveExportFile'>,
  format: CatalogueExportFormat,
  content: string,
  now = new Date(),
): Promise<SaveOutcome> {
  return saveTextFile(api, { suggestedName: exportFileName(format, now), format, content });
}
