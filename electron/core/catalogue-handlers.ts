import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { setImmediate as otherWorkFirst } from 'node:timers/promises';
import builtInJson from '../../data/catalogue/products.json' with { type: 'json' };
import distributionTypesJson from '../../data/catalogue/distribution-types.json' with { type: 'json' };
import { importLandscapeFile } from '../../shared/catalogue/landscape-import';
import { mergeLandscapeIntoCatalogue } from '../../shared/catalogue/landscape-merge';
import {
  MAX_LANDSCAPE_BYTES,
  type LandscapeImportRecord,
  landscapeImportRecordSchema,
} from '../../shared/catalogue/landscape-import-report';
import { withProductStatuses } from '../../shared/catalogue/product-status';
import { type CatalogueEntry, builtInCatalogueSchema, distributionTypeTableSchema } from '../../shared/catalogue/schema';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import { type IpcErrorPayload, toErrorPayload } from '../../shared/ipc/result';
import { UserError } from '../../shared/user-error';
import type { Handlers } from './dispatch';
import { type ConformanceStore, createConformanceStore } from './conformance-store';
import { loadDistributionProfiles } from './distribution-handlers';
import { readCheckedJsonFile, removeCheckedJsonFile, writeCheckedJsonFile } from './checked-json-file';
import { markUnchanging } from './unchanging-responses';


type CatalogueHandlers = Pick<
  Handlers,
  'getCatalogue' | 'importLandscape' | 'removeLandscapeImport' | 'importConformance' | 'removeConformanceImport'
>;

const IMPORT_FILE = 'landscape-import.json';
/** The stored import, checked when written; one schema object, whose fingerprint the file's stamp holds. */
const storedImportSchema = landscapeImportRecordSchema.nullable();

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A landscape file over the limit, named with its size; the CLI refuses one with it before reading the file. */
export function landscapeFileTooLarge(fileName: string, bytes: number): UserError {
  const [size, limit] = [megabytes(bytes), megabytes(MAX_LANDSCAPE_BYTES)];
  return new UserError('file-too-large', 'landscape.fileTooLarge', { file: fileName, size, limit });
}

export type CatalogueHandlersWithData = {
  handlers: CatalogueHandlers;
  /**
   * The built-in catalogue's homepage and repository URLs (as URL.href): links the app ships, which
   * Electron may open. Not an imported file's: the page can import YAML it wrote itself.
   */
  links: ReadonlySet<string>;
  /** The conformance data merged into the rows, which the distribution profiles read too. */
  conformance: ConformanceStore;
};

/**
 * The catalogue: built-in entries (validated once, when the catalogue is first asked for) merged with at most one imported
 * CNCF Landscape, which is kept on disk so it survives a restart. A failed import changes nothing:
 * the new state is written to disk first and only then replaces the one in memory.
 */
export function createCatalogueHandlers(dataDir: string): CatalogueHandlersWithData {
  const builtIn: CatalogueEntry[] = withProductStatuses(builtInCatalogueSchema.parse(builtInJson).entries);
  const distributionTypes = distributionTypeTableSchema.parse(distributionTypesJson);
  const importPath = join(dataDir, IMPORT_FILE);
  const links = new Set(
    builtIn.flatMap((entry) => [entry.homepage, entry.repository]).filter((url) => url !== undefined).map((url) => new URL(url).href),
  );
  // The profiles name which catalogue row each certified folder belongs to.
  const conformance = createConformanceStore(dataDir, loadDistributionProfiles().profiles);
  /**
   * The snapshot with the import file's stamp when it was read. Another process (the CLI, a second
   * host) may import or remove a landscape in the same folder, so each request compares the stamp
   * (one stat) and reads the file again when it changed.
   */
  let current: { stamp: string; snapshot: Promise<CatalogueSnapshot> } | undefined;

  async function importFileStamp(): Promise<string> {
    try {
      const { mtimeMs, size, ino } = await stat(importPath);
      return `${mtimeMs}:${size}:${ino}`;
    } catch {
      return 'absent';
    }
  }

  /**
   * Each snapshot is new and never edited afterwards, so it is validated and serialized once (see
   * markUnchanging). The two merges and the check are each a long stretch of the one thread at
   * 50,000 rows: calls that arrived meanwhile (the page's other start-up calls) are answered in between.
   */
  async function snapshotFrom(record: LandscapeImportRecord | null, storedImportProblem?: IpcErrorPayload): Promise<CatalogueSnapshot> {
    if (!record) return markUnchanging(conformance.apply({ entries: builtIn, distributionTypes, landscapeImport: null, storedImportProblem }));
    const { entries, report } = mergeLandscapeIntoCatalogue(builtIn, record);
    await otherWorkFirst();
    const merged = conformance.apply({
      entries,
      distributionTypes,
      landscapeImport: { fileName: record.fileName, importedAt: record.importedAt, report },
    });
    // Checking the snapshot against the contract comes next, in dispatch: another long stretch.
    await otherWorkFirst();
    return markUnchanging(merged);
  }

  async function loadStoredSnapshot(): Promise<CatalogueSnapshot> {
    await conformance.load();
    try {
      const record = await readCheckedJsonFile(importPath, storedImportSchema, null);
      await otherWorkFirst();
      return await snapshotFrom(record);
    } catch (error) {
      // The page adds that the built-in catalogue is shown and the file kept, in the user's language.
      return snapshotFrom(null, toErrorPayload(error));
    }
  }

  async function snapshot(): Promise<CatalogueSnapshot> {
    const stamp = await importFileStamp();
    if (current?.stamp !== stamp) current = { stamp, snapshot: loadStoredSnapshot() };
    return current.snapshot;
  }

  const handlers: CatalogueHandlers = {
    getCatalogue: () => snapshot(),

    importConformance: async (request) => {
      await conformance.load();
      const report = await conformance.importFiles(request);
      // Read again from disk: the landscape import, if any, is merged under the new conformance data.
      current = undefined;
      return { snapshot: await snapshot(), report };
    },

    removeConformanceImport: async () => {
      await conformance.remove();
      current = undefined;
      return snapshot();
    },

    importLandscape: async ({ fileName, content }) => {
      await conformance.load();
      const bytes = Buffer.byteLength(content, 'utf8');
      if (bytes > MAX_LANDSCAPE_BYTES) throw landscapeFileTooLarge(fileName, bytes);
      const record = await writeCheckedJsonFile(importPath, storedImportSchema, importLandscapeFile(content, fileName, new Date().toISOString()));
      const next = await snapshotFrom(record);
      current = { stamp: await importFileStamp(), snapshot: Promise.resolve(next) };
      return { snapshot: next, report: next.landscapeImport!.report };
    },

    removeLandscapeImport: async () => {
      await conformance.load();
      await removeCheckedJsonFile(importPath);
      const next = await snapshotFrom(null);
      current = { stamp: await importFileStamp(), snapshot: Promise.resolve(next) };
      return next;
    },
  };
  return { handlers, links, conformance };
}
