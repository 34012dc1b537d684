import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { TFunction } from 'i18next';
import { type Language, planExportFormatSchema } from '../../shared/ipc/contract';
import { HandlerError, type IpcResult } from '../../shared/ipc/result';
import { MAX_PLAN_FILE_BYTES, PlanFileError, parsePlanFile } from '../../shared/plan/plan-file';
import type { Plan } from '../../shared/plan/plan-schema';
import { type Handlers, dispatch } from '../core/dispatch';
import { readFailed } from '../core/json-file-store';
import type { CliIo } from './run-cli';

/** The options `export` adds to the CLI's parser. */
export const exportCliOptions = {
  format: { type: 'string', default: 'md' },
  out: { type: 'string', default: '.' },
} as const;

type ExportCommandContext = {
  values: { format: string; out: string; json: boolean };
  language: Language;
  handlers: Handlers;
  io: CliIo;
  t: TFunction;
  /** Prints a failed result (as JSON with --json) and narrows a successful one. */
  report: (result: IpcResult<unknown>) => result is { ok: true; value: never };
};

const failure = (error: HandlerError): IpcResult<never> => ({ ok: false, error: error.toPayload() });

async function readPlan(file: string): Promise<Plan | HandlerError> {
  const fileName = basename(file);
  try {
    // Checked before reading, so a huge file is refused without loading it into memory.
    const { size } = await stat(file);
    if (size > MAX_PLAN_FILE_BYTES) {
      const [mb, limit] = [size, MAX_PLAN_FILE_BYTES].map((bytes) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`) as [string, string];
      throw new PlanFileError('tooLarge', fileName, `The plan file is ${mb}; the largest plan Kube Planner opens is ${limit}.`, { size: mb, limit });
    }
    return parsePlanFile(await readFile(file, 'utf8'), fileName);
  } catch (error) {
    if (error instanceof PlanFileError) return new HandlerError('invalid-file', error.message, error.i18n);
    return readFailed(file, error);
  }
}

/**
 * `export PLAN --format md|html|pdf|json|yaml --lang en|zh-CN --out DIR`: the same `exportPlan` call as
 * the app makes; the CLI has no save dialog, so the file comes back and is written into DIR.
 */
export async function runExportCommand(args: string[], context: ExportCommandContext): Promise<number> {
  const { values, language, handlers, io, t, report } = context;
  const [file] = args;
  if (file === undefined) {
    io.stderr(`${t('missingArgument', { name: 'PLAN' })}\n`);
    return 2;
  }
  const format = planExportFormatSchema.safeParse(values.format);
  if (!format.success) {
    io.stderr(`${t('invalidOption', { name: '--format', value: values.format, allowed: planExportFormatSchema.options.join('|') })}\n`);
    return 2;
  }
  const plan = await readPlan(file);
  if (plan instanceof HandlerError) {
    report(failure(plan));
    return 1;
  }
  const result = await dispatch(handlers, 'exportPlan', { plan, format: format.data, language });
  if (!report(result)) return 1;
  const { download } = result.value as Awaited<ReturnType<Handlers['exportPlan']>>;
  if (download === undefined) return 1;
  const path = resolve(values.out, download.fileName);
  try {
    await mkdir(values.out, { recursive: true });
    await writeFile(path, Buffer.from(download.base64, 'base64'));
  } catch (error) {
    const reason = (error as Error).message;
    report(failure(new HandlerError('io-failure', `Could not save ${path}: ${reason}`, { key: 'store.saveFailed', params: { path, reason } })));
    return 1;
  }
  io.stdout(values.json ? `${JSON.stringify({ path, format: format.data, language }, null, 2)}\n` : `${t('exportWritten', { path })}\n`);
  return 0;
}
