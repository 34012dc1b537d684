import { parseArgs } from 'node:util';
import { languageSchema } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { createI18n } from '../../shared/i18n/create-i18n';
import { describeError } from '../../shared/i18n/describe-error';
import { languageForLocale } from '../../shared/i18n/resources';
import { budgetPeriods, periodConventionSchema } from '../../shared/sla/downtime-budget';
import { formatDowntime } from '../../shared/sla/format-downtime';
import { type Handlers, dispatch } from '../core/dispatch';
import { runCatalogueCommand } from './catalogue-command';

/** Pads by terminal columns: CJK characters take two, so `padEnd` alone misaligns Chinese labels. */
function padToColumns(text: string, columns: number): string {
  const width = [...text].reduce((sum, char) => sum + (/[\u1100-\uffdc]/u.test(char) ? 2 : 1), 0);
  return text + ' '.repeat(Math.max(0, columns - width));
}

export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

/**
 * The CLI transport: each command is one contract call through the same `dispatch` as Electron
 * and the browser host, so validation and error messages are identical. Returns the exit code.
 */
export async function runCli(argv: string[], handlers: Handlers, io: CliIo, locale: string): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
        lang: { type: 'string' },
        convention: { type: 'string', default: 'year-365' },
      },
    });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  const language = languageSchema.safeParse(values.lang).data ?? languageForLocale(locale);
  const i18n = await createI18n(language);
  const t = i18n.getFixedT(language, 'cli');
  const [command, ...rest] = positionals;

  if (values.help || command === undefined) {
    io.stdout(`${t('usage')}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }

  const report = (result: IpcResult<unknown>): result is { ok: true; value: never } => {
    if (result.ok) return true;
    if (values.json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else io.stderr(`${t('failed', { code: result.error.code, message: describeError(result.error, t) })}\n`);
    return false;
  };

  switch (command) {
    case 'sla': {
      const [percentText] = rest;
      if (percentText === undefined) {
        io.stderr(`${t('missingArgument', { name: '<percent>' })}\n`);
        return 2;
      }
      const convention = periodConventionSchema.safeParse(values.convention).data ?? values.convention;
      const result = await dispatch(handlers, 'computeDowntimeBudget', {
        availabilityPercent: Number(percentText.replace(/%$/, '')),
        convention,
      });
      if (!report(result)) return 1;
      const budget = result.value as Awaited<ReturnType<Handlers['computeDowntimeBudget']>>;
      if (values.json) {
        io.stdout(`${JSON.stringify(budget, null, 2)}\n`);
        return 0;
      }
      const sla = i18n.getFixedT(language, 'sla');
      const lines = budgetPeriods.map(
        (period) => `  ${padToColumns(sla(`periods.${period}`), 12)} ${formatDowntime(budget.seconds[period], sla)}`,
      );
      io.stdout(
        `${t('slaHeading', { percent: budget.availabilityPercent, convention: sla(`conventions.${budget.convention}`) })}\n${lines.join('\n')}\n`,
      );
      return 0;
    }
    case 'catalogue':
      return runCatalogueCommand(rest, { json: values.json, handlers, io, t, report });
    default:
      io.stderr(`${t('unknownCommand', { command })}\n${t('usage')}\n`);
      return 2;
  }
}
