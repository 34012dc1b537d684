import { parseArgs } from 'node:util';
import { languageSchema } from '../../shared/language';
import { createI18n } from '../../shared/i18n/create-i18n';
import { languageForLocale } from '../../shared/i18n/resources';
import type { Handlers } from '../core/dispatch';
import type { choicesCliOptions } from './choices-cli-options';
import { contractCaller, failureReporter } from './contract-call';
import { exportCliOptions } from './export-cli-options';
import { runSlaCommand, slaCliOptions } from './sla-command';

export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
};

const baseCliOptions = {
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', default: false },
  lang: { type: 'string' },
  convention: { type: 'string' },
  search: { type: 'string' },
  ...slaCliOptions,
  ...exportCliOptions,
} as const;

type CliOptions = typeof baseCliOptions & typeof choicesCliOptions;

/**
 * Every option the call may use. `choices`'s options come with every decision's schemas, so they
 * load only for a call that may use them: the `choices` command, or a call naming an option the
 * others do not know (which then parses, or fails, exactly as with all options known from the start).
 * Without them, their values are simply absent: none of them has a default.
 */
async function cliOptionsFor(argv: string[]): Promise<CliOptions> {
  const { tokens } = parseArgs({ args: argv, allowPositionals: true, strict: false, tokens: true, options: baseCliOptions });
  const command = tokens.find((token) => token.kind === 'positional')?.value;
  const namesOtherOption = tokens.some((token) => token.kind === 'option' && !Object.hasOwn(baseCliOptions, token.name));
  if (command !== 'choices' && !namesOtherOption) return baseCliOptions as CliOptions;
  const { choicesCliOptions } = await import('./choices-cli-options');
  return { ...baseCliOptions, ...choicesCliOptions };
}

/**
 * The CLI transport: each command is one contract call through the same `dispatch` as Electron
 * and the browser host, so validation and error messages are identical. Returns the exit code.
 */
export async function runCli(argv: string[], handlers: Handlers, io: CliIo, locale: string): Promise<number> {
  const options = await cliOptionsFor(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options });
  } catch (error) {
    io.stderr(`${(error as Error).message}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  // `--lang zh` is how people type it; the app's language is zh-CN.
  const language = languageSchema.safeParse(values.lang === 'zh' ? 'zh-CN' : values.lang).data ?? languageForLocale(locale);
  const i18n = await createI18n(language);
  const t = i18n.getFixedT(language, 'cli');
  const [command, ...rest] = positionals;

  if (values.help || command === undefined) {
    io.stdout(`${t('usage')}\n`);
    return command === undefined && !values.help ? 2 : 0;
  }

  const report = failureReporter(values.json, io, t);
  const call = contractCaller(handlers, report);

  switch (command) {
    case 'sla':
      return runSlaCommand(rest, { values, io, call, t, i18n, language });
    // The other commands load their code when called: an `sla` calculation, the CLI's most frequent
    // call, starts without the catalogue's, the plan's and the exports' modules.
    case 'catalogue': {
      const { runCatalogueCommand } = await import('./catalogue-command');
      return runCatalogueCommand(rest, { json: values.json, search: values.search, call, io, t, report });
    }
    case 'choices': {
      const { runChoicesCommand } = await import('./choices-command');
      return runChoicesCommand(rest, { values, language, call, io, t, report });
    }
    case 'export': {
      const { runExportCommand } = await import('./export-command');
      return runExportCommand(rest, {
        values,
        language,
        call,
        io,
        t,
        report,
        describeNote: (note) => i18n.getFixedT(language, 'topology')(`manifestNotes.${note.code}`, { ...note.params, defaultValue: note.message }),
      });
    }
    case 'plan': {
      const { runPlanCommand } = await import('./plan-command');
      return runPlanCommand(rest, { io, t });
    }
    default:
      io.stderr(`${t('unknownCommand', { command })}\n${t('usage')}\n`);
      return 2;
  }
}
