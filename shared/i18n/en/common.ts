export const common = {
  appName: 'Kube Planner',
  tagline: 'Plan how you run Kubernetes',
  nav: {
    label: 'Sections',
    catalogue: 'Catalogue',
    choices: 'Choices',
    sla: 'SLA',
    plan: 'Plan',
  },
  settings: {
    language: 'Language',
    theme: 'Theme',
    themeSystem: 'Follow system',
    themeLight: 'Light',
    themeDark: 'Dark',
  },
  languages: {
    en: 'English',
    'zh-CN': '简体中文',
  },
  notices: {
    label: 'Notices',
    savedTo: 'Saved to {{path}}.',
    downloaded: 'Downloaded as {{file}}, into your browser’s downloads folder.',
    opened: 'Opened {{file}} as the plan “{{title}}”.',
    showInFolder: 'Show in folder',
    dismiss: 'Dismiss',
  },
  errors: {
    title: 'Something went wrong',
    dismiss: 'Dismiss',
    startupFailed: 'Kube Planner could not start: {{message}}',
  },
  skipToContent: 'Skip to content',
  /** Each export format's name (shared/export/export-formats.ts), as a save dialog's filter shows it. */
  fileFormats: {
    md: 'Markdown',
    html: 'HTML',
    pdf: 'PDF',
    json: 'JSON',
    yaml: 'YAML',
    csv: 'CSV',
    zip: 'ZIP',
  },
};
