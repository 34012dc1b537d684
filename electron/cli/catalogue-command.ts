import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TFunction } from 'i18next';
import { searchCatalogue } from '../../shared/catalogue/catalogue-search';
import { MAX_LANDSCAPE_BYTES } from '../../shared/catalogue/landscape-import-report';
import { describeConformanceReport } from '../../shared/i18n/describe-conformance-report';
import { describeMerge, describeSkippedListing } from '../../shared/i18n/describe-import-report';
import type { CatalogueSnapshot } from '../../shared/ipc/contract';
import { failure, toErrorPayload } from '../../shared/ipc/result';
import { landscapeFileTooLarge } from '../core/catalogue-handlers';
import { readConformanceSource } from '../core/conformance-files';
import { readFailed } from '../core/json-file-store';
import type { CallContract, ReportFailure } from './contract-call';
import type { CliIo } from './run-cli';

type CatalogueCommandContext = {
  json: boolean;
  /** A query searched as the catalogue page searches it. */
  search?: string | undefined;
  call: CallContract;
  io: CliIo;
  t: TFunction;
  report: ReportFailure;
};

/** The labels the app shows: a section, a maturity and where a row comes from, in the CLI's language. */
function catalogueRow(entry: CatalogueSnapshot['entries'][number], t: TFunction): string {
  const kinds = new Set(entry.sources.map((source) => source.kind));
  const fromSeed = kinds.has('seed');
  const fromLandscape = kinds.has('cncf-landscape');
  const sources = fromSeed && fromLandscape ? 'both' : fromSeed ? 'seed' : fromLandscape ? 'cncf-landscape' : 'k8s-conformance';
  return [
    entry.name,
    entry.organization ?? '',
    entry.seedSection === undefined ? '' : t(`catalogue:sections.${entry.seedSection}`),
    entry.maturity === undefined ? '' : t(`catalogue:maturity.${entry.maturity}`),
    t(`catalogue:sourceKinds.${sources}`),
  ].join('\t');
}

/** `catalogue` lists the merged catalogue; `catalogue import FILE` and `catalogue remove-import` change it. */
export async function runCatalogueCommand(args: string[], context: CatalogueCommandContext): Promise<number> {
  const { json, search, call, io, t, report } = context;
  const [subcommand, file] = args;

  if (subcommand === undefined) {
    const snapshot = await call('getCatalogue', {});
    if (snapshot === undefined) return 1;
    const entries = search === undefined ? snapshot.entries : searchCatalogue(snapshot.entries, search);
    if (json) {
      io.stdout(`${JSON.stringify({ landscapeImport: snapshot.landscapeImport, ...(search === undefined ? {} : { search }), entries }, null, 2)}\n`);
      return 0;
    }
    const rows = entries.map((entry) => catalogueRow(entry, t));
    io.stdout(`${[t('catalogueColumns'), ...rows].join('\n')}\n${t('catalogueCount', { count: entries.length })}\n`);
    return 0;
  }

  if (subcommand === 'import') {
    if (file === undefined) {
      io.stderr(`${t('missingArgument', { name: 'FILE' })}\n`);
      return 2;
    }
    let content: string;
    try {
      // Checked before reading, so a huge file is refused without loading it into memory.
      const { size } = await stat(file);
      if (size > MAX_LANDSCAPE_BYTES) {
        report(failure(landscapeFileTooLarge(file, size)));
        return 1;
      }
      content = await readFile(file, 'utf8');
    } catch (error) {
      report(failure(readFailed(file, error)));
      return 1;
    }
    const imported = await call('importLandscape', { fileName: basename(file), content });
    if (imported === undefined) return 1;
    const { report: importReport, snapshot } = imported;
    const nameOf = new Map(snapshot.entries.map((entry) => [entry.id, entry.name]));
    if (json) io.stdout(`${JSON.stringify(importReport, null, 2)}\n`);
    else
      io.stdout(
        `${t('importSummary', {
          file: importReport.fileName,
          total: importReport.totalItems,
          added: importReport.added.length,
          merged: importReport.merged.length,
          repeated: importReport.repeated.length,
          skipped: importReport.skipped.length,
        })}\n${[
          ...importReport.merged.map((merge) => `  = ${merge.name}: ${describeMerge(merge, nameOf.get(merge.builtInId) ?? merge.builtInId, t)}`),
          ...importReport.skipped.map((skipped) => `  - ${describeSkippedListing(skipped, t)}`),
        ].join('\n')}\n`,
      );
    return 0;
  }

  if (subcommand === 'import-conformance') {
    if (file === undefined) {
      io.stderr(`${t('missingArgument', { name: 'PATH' })}\n`);
      return 2;
    }
    let read;
    try {
      read = await readConformanceSource(file);
    } catch (error) {
      report({ ok: false, error: toErrorPayload(error) });
      return 1;
    }
    const imported = await call('importConformance', read);
    if (imported === undefined) return 1;
    const { report: importReport } = imported;
    if (json) io.stdout(`${JSON.stringify(importReport, null, 2)}\n`);
    else io.stdout(`${describeConformanceReport(importReport, t).join('\n')}\n`);
    return 0;
  }

  if (subcommand === 'remove-import') {
    if ((await call('removeLandscapeImport', {})) === undefined) return 1;
    if (json) io.stdout(`${JSON.stringify({ removed: true }, null, 2)}\n`);
    else io.stdout(`${t('importRemoved')}\n`);
    return 0;
  }

  io.stderr(`${t('unknownCommand', { command: `catalogue ${subcommand}` })}\n${t('usage')}\n`);
  return 2;
}
