import { describe, expect, it } from 'vitest';
import { workspaceViewSchema } from '../../shared/ipc/workspace-view';
import { useAppStore } from './store';

describe('the workspace view main checks', () => {
  it('accepts every field the page persists, as the page starts', () => {
    const persisted = useAppStore.persist.getOptions().partialize!(useAppStore.getState()) as Record<string, unknown>;
    const parsed = workspaceViewSchema.strict().safeParse(persisted);
    expect(parsed.error?.issues ?? []).toEqual([]);
    expect(Object.keys(persisted).sort()).toEqual(Object.keys(workspaceViewSchema.shape).sort());
  });

  it('fills a dropped SLA tool field from the defaults when the view is restored', () => {
    const merge = useAppStore.persist.getOptions().merge!;
    const current = useAppStore.getState();
    const merged = merge({ section: 'sla', slaTools: { tab: 'composite' } }, current) as typeof current;
    expect(merged.section).toBe('sla');
    expect(merged.slaTools).toEqual({ ...current.slaTools, tab: 'composite' });
  });
});
