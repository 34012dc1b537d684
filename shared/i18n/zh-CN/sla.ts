import type { sla as en } from '../en/sla';

export const sla: typeof en = {
  title: '停机预算',
  intro: '某个可用性目标在各个周期内允许的停机时长。',
  availabilityLabel: '可用性目标（%）',
  availabilityHint: '0 到 100 之间，例如 99.9',
  presetsLabel: '常用目标',
  conventionLabel: '周期约定',
  conventions: {
    'year-365': '一年 365 天',
    'year-365.25': '一年 365.25 天',
  },
  conventionHint: '一个月为一年的十二分之一，一个季度为一年的四分之一。',
  resultCaption: '可用性为 {{percent}}% 时允许的停机时长',
  periodColumn: '周期',
  downtimeColumn: '允许停机',
  secondsColumn: '秒数',
  periods: {
    day: '每天',
    week: '每周',
    month: '每月',
    quarter: '每季度',
    year: '每年',
  },
  units: {
    seconds_one: '{{count}} 秒',
    seconds_other: '{{count}} 秒',
    minutes_one: '{{count}} 分钟',
    minutes_other: '{{count}} 分钟',
    hours_one: '{{count}} 小时',
    hours_other: '{{count}} 小时',
    days_one: '{{count}} 天',
    days_other: '{{count}} 天',
  },
  invalid: '请输入 0 到 100 之间的数字。',
  source: '365 天约定与《Kubernetes 生态系统现状》（2017）表 4.1 一致。',
};
