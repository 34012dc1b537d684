export const cli = {
  usage: `Usage: npm run cli -- <command> [options]

Commands:
  sla <percent> [--json] [--convention year-365|year-365.25]
      Allowed downtime per day, week, month, quarter and year.

Options:
  --lang en|zh-CN   Language of the output (default: from LANG)
  --help            Show this help`,
  unknownCommand: 'Unknown command "{{command}}".',
  missingArgument: 'Missing argument: {{name}}.',
  slaHeading: 'Allowed downtime at {{percent}}% availability ({{convention}}):',
  failed: 'Error ({{code}}): {{message}}',
};
