import { anyDecision, decisionIds } from '../../shared/choices/decision-registry';

/**
 * The options `choices` adds to the CLI's parser: the shared ones and every registration's own.
 * Apart from the command's code, and loaded only for a call that needs them (see run-cli.ts): they
 * bring every decision's schemas.
 */
export const choicesCliOptions = {
  require: { type: 'string', multiple: true },
  weight: { type: 'string', multiple: true },
  ...Object.fromEntries(
    decisionIds.flatMap((id) => Object.keys(anyDecision(id).cli.options).map((name) => [name, { type: 'string', multiple: true } as const])),
  ),
} as const;
