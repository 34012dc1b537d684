import { parser } from '@prometheus-io/lezer-promql';

/**
 * Where a PromQL expression stops parsing, or undefined when it parses. Uses the grammar the
 * Prometheus project maintains for its own web UI (@prometheus-io/lezer-promql); the parser
 * recovers from errors, so the first error node marks the problem.
 */
export function promqlSyntaxErrorAt(expression: string): number | undefined {
  if (expression.trim() === '') return 0;
  let position: number | undefined;
  parser.parse(expression).iterate({
    enter: (node) => {
      if (position !== undefined) return false;
      if (node.type.isError) position = node.from;
      return undefined;
    },
  });
  return position;
}
