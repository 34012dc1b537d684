import { anyDecision, decisionIds } from '../../shared/choices/decision-registry';

/**
 * The options `choices` and `export` add to the CLI's parser, apart from the commands' code, which
 * loads only when one of them is called.
 */

/** `choices`: the shared options and every registration's own. */
export const choicesCliOptions = {
  require: { type: 'string', multiple: true },
  weight: { type: 'string', multiple: true },
  ...Object.fromEntries(
    decisionIds.flatMap((id) => Object.keys(anyDecision(id).cli.options).map((name) => [name, { type: 'string', multiple: true } as const])),
  ),
} as const;

/** `export`. */
export const exportCliOptions = {
  format: { type: 'string', default: 'md' },
  // No default here: `sla alerts` shares --out and prints to stdout without it; export writes to '.' then.
  out: { type: 'string' },
  cluster: { type: 'string', default: 'kind' },
} as const;
