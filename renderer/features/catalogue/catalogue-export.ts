import { entryIdentity, identityFieldIds, sourceToText } from '../../../shared/catalogue/export-record';
import {
  type ExportColumn,
  type ExportRow,
  type JsonExportRow,
  catalogueViewToCsv,
  catalogueViewToJson,
} from '../../../shared/catalogue/export-view';
import type { ExportFormat, KubePlannerApi } from '../../../shared/ipc/contract';
import { type SaveOutcome, fileDateStamp, saveFile } from '../../ui/save-file';
import { type Translate, catalogueFieldIds } from './catalogue-fields';
import { type CatalogueRow, type FacetFieldId, facetValuesOf } from './catalogue-rows';

/** The catalogue's own export formats; the contract's format list also serves other pages. */
export const catalogueExportFormats = ['csv', 'json'] as const satisfies readonly ExportFormat[];
export type CatalogueExportFormat = (typeof catalogueExportFormats)[number];

/** Visible columns beyond the identity every export carries (which already has the name and organization). */
function visibleFacetFields(visibleColumnIds: readonly string[]): FacetFieldId[] {
  return visibleColumnIds.filter(
    (id): id is FacetFieldId => (catalogueFieldIds as readonly string[]).includes(id) && id !== 'name' && id !== 'organization',
  );
}

/** The facet column "sources" says where a row was listed (seed, landscape or both); `sources` is the list itself. */
function exportKey(field: FacetFieldId): string {
  return field === 'sources' ? 'sourceKind' : field;
}

/** A facet's raw value: an id, a list of ids for tags, and in JSON the whole status (year, successor). */
function facetValue(row: CatalogueRow, field: FacetFieldId, format: CatalogueExportFormat): unknown {
  if (field === 'status' && format === 'json') return row.entry.status ?? null;
  const values = facetValuesOf(row, field);
  return field === 'tags' ? [...values] : values[0];
}

function csvColumns(facets: readonly FacetFieldId[], t: Translate): ExportColumn[] {
  const identity = ['id', 'name', 'organization', 'homepage', 'repository', 'descriptionEn', 'descriptionZh', 'sources'];
  return [
    ...identity.map((id) => ({ id, header: t(`export.columns.${id}`) })),
    ...facets.map((field) => ({ id: exportKey(field), header: field === 'sources' ? t('export.columns.sourceKind') : t(`columns.${field}`) })),
  ];
}

function csvRow(row: CatalogueRow, facets: readonly FacetFieldId[]): ExportRow {
  const identity = entryIdentity(row.entry);
  return {
    id: identity.id,
    name: identity.name,
    organization: identity.organization ?? undefined,
    homepage: identity.homepage ?? undefined,
    repository: identity.repository ?? undefined,
    descriptionEn: identity.description?.en,
    descriptionZh: identity.description?.zh,
    sources: identity.sources.map(sourceToText),
    ...Object.fromEntries(facets.map((field) => [exportKey(field), facetValue(row, field, 'csv') as string | string[] | undefined])),
  };
}

function jsonRow(row: CatalogueRow, facets: readonly FacetFieldId[]): JsonExportRow {
  return { ...entryIdentity(row.entry), ...Object.fromEntries(facets.map((field) => [exportKey(field), facetValue(row, field, 'json')])) };
}

/**
 * The given rows (filtered and sorted as the user sees them) for other tools: every row carries its
 * id, name, organization, homepage, repository, description and sources, then the visible data
 * columns in view order. Values are language-neutral ids and text in both languages, so one view
 * exports the same data in either UI language; only the CSV's header row is in the UI language.
 * The star column is a control, not data.
 */
export function catalogueExport(
  format: CatalogueExportFormat,
  visibleColumnIds: readonly string[],
  rows: readonly CatalogueRow[],
  t: Translate,
): string {
  const facets = visibleFacetFields(visibleColumnIds);
  if (format === 'csv') return catalogueViewToCsv(csvColumns(facets, t), rows.map((row) => csvRow(row, facets)));
  const keys = [...identityFieldIds, ...facets.map(exportKey)];
  return catalogueViewToJson(
    keys.map((id) => ({ id, header: id })),
    rows.map((row) => jsonRow(row, facets)),
  );
}

export function exportFileName(format: CatalogueExportFormat, now: Date): string {
  return `kube-planner-catalogue-${fileDateStamp(now)}.${format}`;
}

/** Saves through main's native save dialog in Electron; the browser's client downloads instead. */
export function saveExport(
  api: Pick<KubePlannerApi, 'saveExportFile'>,
  format: CatalogueExportFormat,
  content: string,
  now = new Date(),
): Promise<SaveOutcome> {
  return saveFile(api, { suggestedName: exportFileName(format, now), format, content });
}
