export const cli = {
  usage: `Usage: npm run cli -- <command> [options]

Commands:
  sla <percent> [--convention year-365|month-30|year-365.25|year-365.2425|calendar-month]
      [--month-days 28-31] [--quarter-days 90-92] [--period 90d] [--json]
      Allowed downtime per day, week, month, quarter, year and a custom period.
  sla reverse <downtime> --period <duration>
      The availability left by a downtime, e.g. sla reverse 7h12m --period 30d.
  sla composite '<spec>' | k8s [--zones N --api-servers N --etcd N --workers N --spare K
      --zone-sla % --lb-sla % --api-sla % --etcd-sla % --worker-sla %]
      Composite availability; spec: lb:99.99 * 2x(api:99.9) * 2of3(etcd:99.9).
  sla budget <slo> [--window 7|28|30] [--rps N]
      The error budget in time and in failed requests.
  sla burn-rate [<rate>] [--spent % --in <duration>] [--window 7|28|30] [--remaining %]
      Burn-rate alert table and time until the budget runs out.
  sla alerts <slo> [--window 7|28|30] [--sli '<expr>'] [--service NAME] [--out FILE]
      Prometheus alerting rules (YAML); the SLI expression marks the rate window as {{window}}.
  sla table41
      The seed's Table 4.1 next to the computed values.
  catalogue [--search QUERY] [--json]
      The catalogue: built-in products merged with the imported CNCF Landscape.
      --search finds what the catalogue page's search finds, in English or Chinese.
  catalogue import FILE [--json]
      Import a CNCF Landscape landscape.yml (replaces the previous import).
  catalogue remove-import
      Remove the imported landscape.
  export PLAN [--format md|html|pdf|json|yaml] [--lang en|zh-CN] [--out DIR]
      Export a .kplan.json plan as a document, a plan file or manifests into DIR.

Options:
  --lang en|zh-CN   Language of the output (default: from LANG)
  --help            Show this help`,
  unknownCommand: 'Unknown command "{{command}}".',
  missingArgument: 'Missing argument: {{name}}.',
  slaHeading: 'Allowed downtime at {{percent}}% availability ({{convention}}):',
  failed: 'Error ({{code}}): {{message}}',
  catalogueColumns: 'NAME\tORGANIZATION\tSEED SECTION\tCNCF MATURITY\tSOURCES',
  catalogueCount_one: '{{count}} product',
  catalogueCount_other: '{{count}} products',
  importSummary: 'Imported {{file}}: {{total}} items — {{added}} added, {{merged}} merged with built-in products, {{repeated}} listed twice, {{skipped}} skipped.',
  importRemoved: 'The imported landscape was removed.',
  exportWritten: 'Wrote {{path}}',
  invalidOption: 'Invalid value "{{value}}" for {{name}}; use {{allowed}}.',
};
