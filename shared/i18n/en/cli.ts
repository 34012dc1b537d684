export const cli = {
  usage: `Usage: npm run cli -- <command> [options]

Commands:
  sla <percent> [--json] [--convention year-365|year-365.25]
      Allowed downtime per day, week, month, quarter and year.
  catalogue [--json]
      The catalogue: built-in products merged with the imported CNCF Landscape.
  catalogue import FILE [--json]
      Import a CNCF Landscape landscape.yml (replaces the previous import).
  catalogue remove-import
      Remove the imported landscape.

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
};
