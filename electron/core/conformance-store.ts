import { join } from 'node:path';
import bundledJson from '../../data/conformance/k8s-conformance.json' with { type: 'json' };
import {
  type ConformanceDataset,
  type ConformanceImportRecord,
  type ConformanceImportReport,
  conformanceDatasetSchema,
  conformanceImportRecordSchema,
  newestVersionOf,
} from '../../shared/conformance/conformance-schema';
import { type CatalogueBridge, mergeConformanceIntoCatalogue } from '../../shared/conformance/merge-conformance';
import { type ConformanceFile, readConformanceFiles } from '../../shared/conformance/read-conformance-files';
import type { CatalogueSnapshot, ChannelRequest } from '../../shared/ipc/contract';
import { type IpcErrorPayload, toErrorPayload } from '../../shared/ipc/result';
import { readJsonFile, removeFile, writeJsonFileAtomic } from './json-file-store';
import { parsedOnFirstUse } from '../../shared/data-files/parsed-on-first-use';

const IMPORT_FILE = 'conformance-import.json';

/** What catalogue rows name as their certification's source when no import replaces the bundled data. */
export const BUNDLED_CONFORMANCE_LABEL = 'data/conformance/k8s-conformance.json';

/** The bundled conformance data, checked at build and again here, once, on first use: a broken file fails there. */
export const loadBundledConformance = parsedOnFirstUse((): ConformanceDataset => conformanceDatasetSchema.parse(bundledJson));

export type ConformanceStore = ReturnType<typeof createConformanceStore>;

/**
 * The conformance data the catalogue merges: the bundled dataset, or the user's latest import of
 * cncf/k8s-conformance, which replaces it until removed. A failed import changes nothing.
 */
export function createConformanceStore(dataDir: string, bridges: readonly CatalogueBridge[]) {
  const bundled = loadBundledConformance();
  const importPath = join(dataDir, IMPORT_FILE);
  let loading: Promise<void> | undefined;
  let record: ConformanceImportRecord | null = null;
  let storedProblem: IpcErrorPayload | undefined;

  const load = () =>
    (loading ??= readJsonFile(importPath, conformanceImportRecordSchema.nullable(), null).then(
      (stored) => {
        record = stored;
      },
      (error: unknown) => {
        storedProblem = toErrorPayload(error);
      },
    ));

  const dataset = (): ConformanceDataset => record?.dataset ?? bundled;

  /** The snapshot with every certified product merged into its row. */
  function apply(snapshot: CatalogueSnapshot): CatalogueSnapshot {
    const current = dataset();
    const label = record ? record.report.source : BUNDLED_CONFORMANCE_LABEL;
    const { entries } = mergeConformanceIntoCatalogue(snapshot.entries, current, label, bridges);
    return {
      ...snapshot,
      entries,
      conformance: {
        importedFrom: record ? { source: record.report.source, importedAt: record.importedAt, report: record.report } : null,
        versions: current.versions,
        newest: newestVersionOf(current),
        ...(storedProblem ? { storedImportProblem: storedProblem } : {}),
      },
    };
  }

  async function importFiles({ source, files, ignoredFiles }: ChannelRequest<'importConformance'>): Promise<ConformanceImportReport> {
    const read = readConformanceFiles(files as ConformanceFile[], source, ignoredFiles);
    const next: ConformanceImportRecord = { importedAt: new Date().toISOString(), dataset: read.dataset, report: read.report };
    await writeJsonFileAtomic(importPath, next);
    record = next;
    storedProblem = undefined;
    return read.report;
  }

  async function remove(): Promise<void> {
    await removeFile(importPath);
    record = null;
    storedProblem = undefined;
  }

  return { load, apply, dataset, importFiles, remove };
}
