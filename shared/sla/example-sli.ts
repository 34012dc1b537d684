/**
 * The SLI the error-budget form starts with. Apart from prometheus-rules.ts, so the page's store
 * can start with it without loading the YAML writer and the PromQL parser at start-up.
 */
export const exampleSliExpression =
  'sum(rate(http_requests_total{job="api",code=~"5.."}[{{window}}])) / sum(rate(http_requests_total{job="api"}[{{window}}]))';
