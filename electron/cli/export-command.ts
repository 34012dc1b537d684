import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { type Language, clusterConfigChoiceSchema, planExportFormatSchema } from '../../shared/ipc/contract';
import { planExportFormatChoices } from '../../shared/export/export-formats';
import { type IpcResult, failure } from '../../shared/ipc/result';
import { MAX_PLAN_FILE_BYTES, parsePlanFile, planFileTooLarge } from '../../shared/plan/plan-file';
import { UserError } from '../../shared/user-error';
import type { Plan } from '../../shared/plan/plan-schema';
import { type Handlers, dispatch } from '../core/dispatch';
import { readFailed } from '../core/json-file-store';
import type { CliIo } from './run-cli';

/** The options `export` adds to the CLI's parser. */
export const exportCliOptions = {
  format: { type: 'string', default: 'md' },
  // No default here: `sla alerts` shares --out and prints to stdout without it; export writes to '.' then.
  out: { type: 'string' },
  cluster: { type: 'string', default: 'kind' },
} as const;

type ExportCommandContext = {
  values: { format: string; out?: string; cluster: string; json: boolean };
  language: Language;
  handlers: Handlers;
  io: CliIo;
  t: TFunction;
  /** Translates a manifest note by its code, with its English message as the fallback. */
  describeNote: (note: { code: string; params: Record<string, string | number>; message: string }) => string;
  /** Prints a failed result (as JSON with --json) and narrows a successful one. */
  report: (result: IpcResult<unknown>) => result is { ok: true; value: never };
};

async function readPlan(file: string): Promise<Plan | UserError> {
  const fileName = basename(file);
  try {
    // Checked before reading, so a huge file is refused without loading it into memory.
    const { size } = await stat(file);
    if (size > MAX_PLAN_FILE_BYTES) return planFileTooLarge(fileName, size);
    return parsePlanFile(await readFile(file, 'utf8'), fileName);
  } catch (error) {
    if (error instanceof UserError) return error;
    return readFailed(file, error);
  }
}

/**
 * `export PLAN --format md|html|pdf|json|yaml [--cluster kind|kubeadm|both|none] --lang en|zh-CN --out DIR`:
 * the same `exportPlan` call as the app makes; the CLI has no save dialog, so the files come back
 * and are written into DIR (manifests one file per reader, not the zip a browser gets), and the
 * manifests' notes are printed.
 */
export async function runExportCommand(args: string[], context: ExportCommandContext): Promise<number> {
  const { values, language, handlers, io, t, report, describeNote } = context;
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
  const plan = await readPlan(file);
  if (plan instanceof UserError) {
    report(failure(plan));
    return 1;
  }
  const result = await dispatch(handlers, 'exportPlan', { plan, format: format.data, language, clusterConfig: clusterConfig.data });
  if (!report(result)) return 1;
  const { download, files, notes = [] } = result.value as Awaited<ReturnType<Handlers['exportPlan']>>;
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
