import type { cli as en } from '../en/cli';

export const cli: typeof en = {
  usage: `用法：npm run cli -- <命令> [选项]

命令：
  sla <百分比> [--json] [--convention year-365|year-365.25]
      每天、每周、每月、每季度和每年允许的停机时长。
  catalogue [--json]
      产品目录：内置产品与导入的 CNCF Landscape 合并后的结果。
  catalogue import FILE [--json]
      导入 CNCF Landscape 的 landscape.yml（替换之前的导入）。
  catalogue remove-import
      移除已导入的 Landscape。

选项：
  --lang en|zh-CN   输出语言（默认取自 LANG）
  --help            显示本帮助`,
  unknownCommand: '未知命令“{{command}}”。',
  missingArgument: '缺少参数：{{name}}。',
  slaHeading: '可用性为 {{percent}}% 时允许的停机时长（{{convention}}）：',
  failed: '错误（{{code}}）：{{message}}',
  catalogueColumns: '名称\t组织\t原书分类\tCNCF 成熟度\t来源',
  catalogueCount_one: '共 {{count}} 个产品',
  catalogueCount_other: '共 {{count}} 个产品',
  importSummary: '已导入 {{file}}：共 {{total}} 项——新增 {{added}} 项，与内置产品合并 {{merged}} 项，重复列出 {{repeated}} 项，跳过 {{skipped}} 项。',
  importRemoved: '已移除导入的 Landscape。',
};
