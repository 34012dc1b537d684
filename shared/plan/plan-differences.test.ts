import { describe, expect, it } from 'vitest';
import { planDifferences } from './plan-differences';
import { createEmptyPlan, planSchema } from './plan-schema';

const base = createEmptyPlan({ id: 'p', title: 'Checkout', now: new Date(Date.UTC(2026, 0, 1)) });

describe('planDifferences', () => {
  it('lists each field the two versions disagree on, with both values, and ignores the save bookkeeping', () => {
    const mine = planSchema.parse({ ...base, team: 'SRE', goals: ['Zero downtime'], revision: 3, updatedAt: '2026-02-01T00:00:00.000Z' });
    const theirs = planSchema.parse({ ...base, title: 'Checkout v2', goals: ['Zero downtime', 'Cut cost'], revision: 4 });
    expect(planDifferences(mine, theirs)).toEqual([
      { path: 'title', mine: 'Checkout', theirs: 'Checkout v2' },
      { path: 'team', mine: 'SRE', theirs: '' },
      { path: 'goals[2]', mine: '', theirs: 'Cut cost' },
    ]);
  });

  it('finds nothing between a plan and itself', () => {
    expect(planDifferences(base, structuredClone(base))).toEqual([]);
  });
});
