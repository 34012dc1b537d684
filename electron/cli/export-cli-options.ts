/** The options `export` adds to the CLI's parser, apart from the command's code, which loads only when called. */
export const exportCliOptions = {
  format: { type: 'string', default: 'md' },
  // No default here: `sla alerts` shares --out and prints to stdout without it; export writes to '.' then.
  out: { type: 'string' },
  cluster: { type: 'string', default: 'kind' },
} as const;
