import { mkdir, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { type Language, clusterConfigChoiceSchema, planExportFormatSchema } from '../../shared/ipc/contract';
import { planExportFormatChoices } from '../../shared/export/export-formats';
import { failure } from '../../shared/ipc/result';
import { UserError } from '../../shared/user-error';
import { readPlanFile } from '../core/plan-store';
import type { CallContract, ReportFailure } from './contract-call';
import type { CliIo } from './run-cli';

type ExportCommandContext = {
  values: { format: string; out?: string; cluster: string; json: boolean };
  language: Language;
  call: CallContract;
  io: CliIo;
  t: TFunction;
  /** Translates a manifest note by its code, with its English message as the fallback. */
  describeNote: (note: { code: string; params: Record<string, string | number>; message: string }) => string;
  report: ReportFailure;
};

/**
 * `export PLAN --format md|html|pdf|json|yaml [--cluster kind|kubeadm|both|none] --lang en|zh-CN --out DIR`:
 * the same `exportPlan` call as the app makes; the CLI has no save dialog, so the files come back
 * and are written into DIR (manifests one file per reader, not the zip a browser gets), and the
 * manifests' notes are printed.
 */
export async function runExportCommand(args: string[], context: ExportCommandContext): Promise<number> {
  const { values, language, call, io, t, report, describeNote } = context;
  const [file] = args;
  if (file === undefined) {
    io.stderr(`${t('missingArgument', { name: 'PLAN' })}\n`);
    return 2;
  }
  const format = planExportFormatSchema.safeParse(values.format);
  if (!format.success) {
    io.stderr(`${t('invalidOption', { name: '--format', value: values.format, allowed: planExportFormatChoices })}\n`);
    return 2;
  }
  const clusterConfig = clusterConfigChoiceSchema.safeParse(values.cluster);
  if (!clusterConfig.success) {
    io.stderr(`${t('invalidOption', { name: '--cluster', value: values.cluster, allowed: clusterConfigChoiceSchema.options.join('|') })}\n`);
    return 2;
  }
  let plan;
  try {
    // The workspace's own reader: the same size check before reading, the same errors.
    plan = await readPlanFile(file, basename(file));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    report(failure(error));
    return 1;
  }
  const exported = await call('exportPlan', { plan, format: format.data, language, clusterConfig: clusterConfig.data });
  if (exported === undefined) return 1;
  const { download, files, notes = [] } = exported;
  if (download === undefined) return 1;
  const outDir = values.out ?? '.';
  const paths: string[] = [];
  for (const written of files ?? [download]) {
    const path = resolve(outDir, written.fileName);
    try {
      await mkdir(outDir, { recursive: true });
      await writeFile(path, Buffer.from(written.base64, 'base64'));
    } catch (error) {
      const reason = (error as Error).message;
      report(failure(new UserError('io-failure', 'store.saveFailed', { path, reason })));
      return 1;
    }
    paths.push(path);
  }
  if (values.json) {
    io.stdout(`${JSON.stringify({ path: paths[0], paths, format: format.data, language, notes }, null, 2)}\n`);
  } else {
    io.stdout(paths.map((path) => `${t('exportWritten', { path })}\n`).join(''));
    if (notes.length > 0) io.stdout(`${t('exportNotes')}\n${notes.map((note) => `- ${describeNote(note)}\n`).join('')}`);
  }
  return 0;
}
