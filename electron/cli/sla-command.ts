import type { TFunction, i18n as I18n } from 'i18next';
import type { Language } from '../../shared/ipc/contract';
import { failure } from '../../shared/ipc/result';
import { UserError } from '../../shared/user-error';
import { type CallContract, failureReporter } from './contract-call';
import type { CliIo } from './run-cli';
import { type Print, type SlaCommandContext, type SlaOptionValues, SlaInputError } from './sla-cli-context';
import { composite } from './sla-composite-command';
import { downtime, reverse, table41 } from './sla-downtime-commands';
import { alerts, budget, burnRate } from './sla-error-budget-commands';

export { slaCliOptions } from './sla-cli-context';

type SlaCommandInput = {
  values: SlaOptionValues;
  io: CliIo;
  call: CallContract;
  /** `cli` namespace, in the output language. */
  t: TFunction;
  i18n: I18n;
  language: Language;
};

/**
 * `sla …`: every calculation of the SLA page as a contract call through `dispatch`, answered by
 * the same shared functions the page uses, so the CLI and the page always agree. This side reads
 * the arguments (refusing a wrong one in the user's language, naming its flag) and prints the
 * answer. Returns the exit code.
 */
export async function runSlaCommand(args: string[], input: SlaCommandInput): Promise<number> {
  const { values, io, call, t, i18n, language } = input;
  const json = values.json;
  const context: SlaCommandContext = {
    json,
    convention: values.convention,
    values,
    io,
    call,
    t,
    sla: i18n.getFixedT(language, 'sla'),
    slaEnglish: i18n.getFixedT('en', 'sla'),
    language,
  };
  const [first, ...rest] = args;
  const reportFailure = failureReporter(json, io, t);
  const print: Print = (value, text) => io.stdout(json ? `${JSON.stringify(value, null, 2)}\n` : `${text()}\n`);
  try {
    switch (first) {
      case undefined:
        io.stderr(`${t('missingArgument', { name: '<percent>' })}\n`);
        return 2;
      case 'reverse':
        return await reverse(rest, context, print);
      case 'composite':
        return await composite(rest, context, print);
      case 'budget':
        return await budget(rest, context, print);
      case 'burn-rate':
        return await burnRate(rest, context, print);
      case 'alerts':
        return await alerts(rest, context, print);
      case 'table41':
        return await table41(context, print);
      default:
        return await downtime(first, context, print);
    }
  } catch (error) {
    // A refusal from the shared SLA code (an unreadable composite, an unpublished window set): the envelope's failure, as a contract call prints it.
    if (error instanceof UserError) {
      reportFailure(failure(error));
      return 1;
    }
    const english = error instanceof Error ? error.message : String(error);
    const localized = error instanceof SlaInputError ? error.localized : english;
    if (json) io.stdout(`${JSON.stringify({ ok: false, error: { code: 'invalid-request', message: english } }, null, 2)}\n`);
    else io.stderr(`${t('failed', { code: 'invalid-request', message: localized })}\n`);
    return 1;
  }
}
