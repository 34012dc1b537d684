import type { cli as en } from '../en/cli';

export const cli: typeof en = {
  usage: `用法：npm run cli -- <命令> [选项]

命令：
  sla <百分比> [--convention year-365|month-30|year-365.25|year-365.2425|calendar-month]
      [--month-days 28-31] [--quarter-days 90-92] [--period 90d] [--json]
      每天、每周、每月、每季度、每年及自定义周期允许的停机时长。
  sla reverse <停机时长> --period <时长>
      由停机时长反推可用性，例如 sla reverse 7h12m --period 30d。
  sla composite '<组合>' | k8s [--zones N --api-servers N --etcd N --workers N --spare K
      --zone-sla % --lb-sla % --api-sla % --etcd-sla % --worker-sla %]
      组合可用性；组合写法：lb:99.99 * 2x(api:99.9) * 2of3(etcd:99.9)。
  sla budget <SLO> [--window 7|28|30] [--rps N]
      以时间和失败请求数表示的错误预算。
  sla burn-rate [<速率>] [--spent % --in <时长>] [--window 7|28|30] [--windows three|four] [--remaining %]
      消耗速率告警表、每个速率的推导，以及预算耗尽所需时间。
  sla alerts <SLO> [--window 7|28|30] [--windows three|four] [--sli '<表达式>'] [--service 名称] [--out 文件]
      Prometheus 记录规则和告警规则（YAML）；SLI 表达式中用 {{window}} 标出速率窗口，
      写出任何文件之前先按 PromQL 语法检查。
  sla table41
      原书表 4.1 与计算值的对照。
  catalogue [--search QUERY] [--json]
      产品目录：内置产品与导入的 CNCF Landscape 合并后的结果。
      --search 的结果与产品目录页面的搜索相同，可用中文或英文。
  catalogue import FILE [--json]
      导入 CNCF Landscape 的 landscape.yml（替换之前的导入）。
  catalogue remove-import
      移除已导入的 Landscape。
  catalogue import-conformance PATH [--json]
      导入 cncf/k8s-conformance 的检出目录或 zip，或其中一部分（某个 vX.Y 文件夹）：认证版本与类型。
  choices <决策> [选项] [--json]
      按“平台选型”页面的方式为一项决策排名；只输入 \`choices\` 会列出每项决策的选项。
      例如 choices sdn --require network-policy,encryption --weight simplicity=5
           choices storage --infra on-prem --need object
           choices caas-paas --answers answers.json（按问题 ID 给出回答）
  plan schema
      输出 .kplan.json 方案文件的 JSON Schema，供编辑器和其他工具使用。
  export PLAN [--format {{planExportFormats}}] [--cluster kind|kubeadm|both|none] [--lang en|zh-CN] [--out DIR]
      把 .kplan.json 方案导出为文档、方案文件或清单，写入 DIR。yaml 格式写出供 kubectl 使用的
      PLAN.k8s.yaml，以及 kind、kubeadm、两者或都不要的集群配置（默认 kind）。

选项：
  --lang en|zh-CN   输出语言（默认取自 LANG）
  --help            显示本帮助`,
  unknownCommand: '未知命令“{{command}}”。',
  choicesBadJson: '文件 {{file}} 不是 JSON：{{reason}}',
  choicesBadAnswers: '回答文件必须把问题 ID 映射到回答 ID，或包含 "answers"、"weights" 和 "mustHaves"：{{issues}}',
  choicesNoRequirements: '无（这项决策的需求由它自己的选项给出）',
  choicesColumns: '名次\t选项\t得分\t备注',
  choicesColon: '：',
  missingArgument: '缺少参数：{{name}}。',
  slaHeading: '可用性为 {{percent}}% 时允许的停机时长（{{convention}}）：',
  failed: '错误（{{code}}）：{{message}}',
  catalogueColumns: '名称\t组织\t原书分类\tCNCF 成熟度\t来源',
  catalogueCount_one: '共 {{count}} 个产品',
  catalogueCount_other: '共 {{count}} 个产品',
  importSummary: '已导入 {{file}}：共 {{total}} 项——新增 {{added}} 项，与内置产品合并 {{merged}} 项，重复列出 {{repeated}} 项，跳过 {{skipped}} 项。',
  importRemoved: '已移除导入的 Landscape。',
  exportNotes: '关于这些清单的说明（每个文件开头也有同样的说明）：',
  exportWritten: '已写入 {{path}}',
  invalidOption: '{{name}} 的值“{{value}}”无效；可用的值为 {{allowed}}。',
};
