import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { TFunction } from 'i18next';
import { MAX_LANDSCAPE_BYTES } from '../../shared/catalogue/landscape-import-report';
import type { CatalogueSnapshot, ChannelResponse } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { type Handlers, dispatch } from '../core/dispatch';
import type { CliIo } from './run-cli';

type CatalogueCommandContext = {
  json: boolean;
  handlers: Handlers;
  io: CliIo;
  t: TFunction;
  /** Prints a failed result (as JSON with --json) and narrows a successful one. */
  report: (result: IpcResult<unknown>) => result is { ok: true; value: never };
};

function sourceLabel(entry: CatalogueSnapshot['entries'][number]): string {
  return [...new Set(entry.sources.map((source) => (source.kind === 'seed' ? 'seed' : 'cncf')))].join('+');
}

/** `catalogue` lists the merged catalogue; `catalogue import FILE` and `catalogue remove-import` change it. */
export async function runCatalogueCommand(args: string[], context: CatalogueCommandContext): Promise<number> {
  const { json, handlers, io, t, report } = context;
  const [subcommand, file] = args;

  if (subcommand === undefined) {
    const result = await dispatch(handlers, 'getCatalogue', {});
    if (!report(result)) return 1;
    const snapshot = result.value as CatalogueSnapshot;
    if (json) {
      io.stdout(`${JSON.stringify({ landscapeImport: snapshot.landscapeImport, entries: snapshot.entries }, null, 2)}\n`);
      return 0;
    }
    const rows = snapshot.entries.map((entry) =>
      [entry.name, entry.organization ?? '', entry.seedSection ?? '', entry.maturity ?? '', sourceLabel(entry)].join('\t'),
    );
    io.stdout(`${[t('catalogueColumns'), ...rows].join('\n')}\n${t('catalogueCount', { count: snapshot.entries.length })}\n`);
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
        report({ ok: false, error: { code: 'file-too-large', message: t('fileTooLarge', { file, size: (size / 1048576).toFixed(1) }) } });
        return 1;
      }
      content = await readFile(file, 'utf8');
    } catch (error) {
      report({ ok: false, error: { code: 'io-failure', message: t('cannotRead', { file, message: (error as Error).message }) } });
      return 1;
    }
    const result = await dispatch(handlers, 'importLandscape', { fileName: basename(file), content });
    if (!report(result)) return 1;
    const { report: importReport } = result.value as ChannelResponse<'importLandscape'>;
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
        })}\n${importReport.skipped.map((skipped) => `  - ${skipped.detail}`).join('\n')}\n`,
      );
    return 0;
  }

  if (subcommand === 'remove-import') {
    const result = await dispatch(handlers, 'removeLandscapeImport', {});
    if (!report(result)) return 1;
    if (json) io.stdout(`${JSON.stringify({ removed: true }, null, 2)}\n`);
    else io.stdout(`${t('importRemoved')}\n`);
    return 0;
  }

  io.stderr(`${t('unknownCommand', { command: `catalogue ${subcommand}` })}\n${t('usage')}\n`);
  return 2;
}
