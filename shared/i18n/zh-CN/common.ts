import type { common as en } from '../en/common';

export const common: typeof en = {
  appName: 'Kube Planner',
  tagline: '规划你的 Kubernetes 运行方式',
  nav: {
    label: '功能区',
    catalogue: '产品目录',
    choices: '平台选型',
    sla: 'SLA',
    plan: '部署方案',
  },
  settings: {
    language: '语言',
    theme: '主题',
    themeSystem: '跟随系统',
    themeLight: '浅色',
    themeDark: '深色',
  },
  languages: {
    en: 'English',
    'zh-CN': '简体中文',
  },
  notices: {
    label: '通知',
    savedTo: '已保存到 {{path}}。',
    downloaded: '已下载为 {{file}}，保存在浏览器的下载文件夹中。',
    opened: '已打开 {{file}}，方案为“{{title}}”。',
    showInFolder: '在文件夹中显示',
    dismiss: '关闭',
  },
  errors: {
    title: '出现问题',
    dismiss: '关闭',
    startupFailed: 'Kube Planner 无法启动：{{message}}',
  },
  skipToContent: '跳到主要内容',
  fileFormats: {
    md: 'Markdown 文档',
    html: 'HTML 文档',
    pdf: 'PDF 文档',
    json: 'JSON 文件',
    yaml: 'YAML 文件',
    csv: 'CSV 表格',
    zip: 'ZIP 压缩包',
  },
};
