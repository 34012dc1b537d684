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
  placeholder: {
    comingTitle: 'Not built yet',
    choices: 'Weigh CaaS against PaaS, pick the network plugin and storage, and plan HA topology and capacity. This section is on its way.',
    plan: 'Collect your decisions into a deployment plan and export it as Markdown, HTML, PDF, JSON or Kubernetes manifests. This section is on its way.',
  },
  errors: {
    title: 'Something went wrong',
    dismiss: 'Dismiss',
    startupFailed: 'Kube Planner could not start: {{message}}',
  },
  skipToContent: 'Skip to content',
};
