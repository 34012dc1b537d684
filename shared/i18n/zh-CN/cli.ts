import type { cli as en } from '../en/cli';

export const cli: typeof en = {
  usage: `用法：npm run cli -- <命令> [选项]

命令：
  sla <百分比> [--json] [--convention year-365|year-365.25]
      每天、每周、每月、每季度和每年允许的停机时长。

选项：
  --lang en|zh-CN   输出语言（默认取自 LANG）
  --help            显示本帮助`,
  unknownCommand: '未知命令“{{command}}”。',
  missingArgument: '缺少参数：{{name}}。',
  slaHeading: '可用性为 {{percent}}% 时允许的停机时长（{{convention}}）：',
  failed: '错误（{{code}}）：{{message}}',
};
