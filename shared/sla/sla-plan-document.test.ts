import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import { computeDowntimeBudget } from './downtime-budget';
import { burnRateAlerts, computeErrorBudget } from './error-budget';
import { slaSectionToDocument } from './sla-plan-document';
import { type SlaPlanSection, slaPlanSectionSchema } from './sla-plan-section';

const budget = computeDowntimeBudget(99.95, 'month-30');
const errorBudget = computeErrorBudget(99.95, 30, 100);
const section: SlaPlanSection = slaPlanSectionSchema.parse({
  targetPercent: 99.95,
  convention: 'month-30',
  budgetSeconds: budget.seconds,
  errorBudget: {
    windowDays: 30,
    budgetSeconds: errorBudget.budgetSeconds,
    requestsPerSecond: 100,
    budgetRequests: errorBudget.budgetRequests,
    burnRateAlerts: burnRateAlerts(30),
  },
});

describe('slaSectionToDocument', () => {
  it('describes target, convention, budgets, error budget and burn-rate alerts in English', async () => {
    const i18n = await createI18n('en');
    const blocks = slaSectionToDocument(section, { t: i18n.getFixedT('en', 'sla'), language: 'en' });
    expect(blocks[0]).toEqual({ kind: 'paragraph', text: 'Availability target: 99.95%, under the 30-day month convention.' });
    const [budgetTable, burnTable] = blocks.filter((block) => block.kind === 'table');
    expect(budgetTable?.kind === 'table' && budgetTable.rows.find((row) => row[0] === 'Per month')).toEqual(['Per month', '21 m 36 s', '1,296']);
    expect(burnTable?.kind === 'table' && burnTable.rows.map((row) => row.slice(2))).toEqual([
      ['14.4', '1h', '5m'],
      ['6', '6h', '30m'],
      ['1', '3d', '6h'],
    ]);
    expect(blocks.some((block) => block.kind === 'paragraph' && block.text.includes('129,600 failed requests'))).toBe(true);
  });

  it('speaks Chinese with Chinese units', async () => {
    const i18n = await createI18n('zh-CN');
    const blocks = slaSectionToDocument(section, { t: i18n.getFixedT('zh-CN', 'sla'), language: 'zh-CN' });
    const table = blocks.find((block) => block.kind === 'table');
    expect(table?.kind === 'table' && table.rows[4]).toEqual(['每年', '4 小时 22 分 48 秒', '15,768']);
  });

  it('loads an older section without the newer optional fields', () => {
    expect(slaPlanSectionSchema.safeParse({ targetPercent: 99.9, convention: 'year-365', budgetSeconds: budget.seconds }).success).toBe(true);
  });
});
