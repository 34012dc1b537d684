import { planJsonSchemaText } from '../../shared/plan/plan-json-schema';
import type { CliIo } from './run-cli';

/** `plan schema`: the JSON Schema of a .kplan.json file, for editors and other tools. Needs no data, so no contract call. */
export function runPlanCommand(args: string[], { io, t }: { io: CliIo; t: (key: string, options?: Record<string, unknown>) => string }): number {
  const [subcommand] = args;
  if (subcommand === 'schema') {
    io.stdout(planJsonSchemaText());
    return 0;
  }
  io.stderr(`${t('unknownCommand', { command: ['plan', ...args].join(' ') })}\n${t('usage')}\n`);
  return 2;
}
