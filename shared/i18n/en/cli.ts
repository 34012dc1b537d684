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
  sla burn-rate [<rate>] [--spent % --in <duration>] [--window 7|28|30] [--windows three|four] [--remaining %]
      Burn-rate alert table, how each rate is derived, and time until the budget runs out.
  sla alerts <slo> [--window 7|28|30] [--windows three|four] [--sli '<expr>'] [--service NAME] [--out FILE]
      Prometheus recording and alerting rules (YAML); the SLI expression marks the rate window as {{window}}
      and is checked as PromQL before anything is written.
  sla table41
      The book's Table 4.1 next to the computed values.
  catalogue [--search QUERY] [--json]
      The catalogue: built-in products merged with the imported CNCF Landscape.
      --search finds what the catalogue page's search finds, in English or Chinese.
  catalogue import FILE [--json]
      Import a CNCF Landscape landscape.yml (replaces the previous import).
  catalogue remove-import
      Remove the imported landscape.
  catalogue import-conformance PATH [--json]
      Import a checkout or zip of cncf/k8s-conformance, or a part of it (a vX.Y folder): certified versions and types.
  choices <decision> [options] [--json]
      Rank a decision as the Choices page does; \`choices\` alone lists each one's options.
      e.g. choices sdn --require network-policy,encryption --weight simplicity=5
           choices storage --infra on-prem --need object
           choices caas-paas --answers answers.json  (answers by question id)
  plan schema
      The JSON Schema of a .kplan.json plan file, for editors and other tools.
  export PLAN [--format {{planExportFormats}}] [--cluster kind|kubeadm|both|none] [--lang en|zh-CN] [--out DIR]
      Export a .kplan.json plan as a document, a plan file or manifests into DIR. With yaml:
      PLAN.k8s.yaml for kubectl, and the cluster config for kind, kubeadm, both or none (default kind).

Options:
  --lang en|zh-CN   Language of the output (default: from LANG)
  --help            Show this help`,
  unknownCommand: 'Unknown command "{{command}}".',
  choicesBadJson: 'The file {{file}} is not JSON: {{reason}}',
  choicesBadAnswers: 'The answers file must map question ids to answer ids, or hold "answers", "weights" and "mustHaves": {{issues}}',
  choicesNoRequirements: 'none (this decision takes its needs from its own options)',
  choicesColumns: 'RANK\tOPTION\tSCORE\tNOTE',
  choicesColon: ':',
  missingArgument: 'Missing argument: {{name}}.',
  slaHeading: 'Allowed downtime at {{percent}}% availability ({{convention}}):',
  failed: 'Error ({{code}}): {{message}}',
  catalogueColumns: 'NAME\tORGANIZATION\tBOOK SECTION\tCNCF MATURITY\tSOURCES',
  catalogueCount_one: '{{count}} product',
  catalogueCount_other: '{{count}} products',
  importSummary: 'Imported {{file}}: {{total}} items — {{added}} added, {{merged}} merged with built-in products, {{repeated}} listed twice, {{skipped}} skipped.',
  importRemoved: 'The imported landscape was removed.',
  exportNotes: 'Notes on the manifests (each file begins with the same):',
  exportWritten: 'Wrote {{path}}',
  invalidOption: 'Invalid value "{{value}}" for {{name}}; use {{allowed}}.',
};
