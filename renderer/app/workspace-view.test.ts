import { describe, expect, it } from 'vitest';
import { choicesViewV1Schema, workspaceViewSchema } from '../../shared/ipc/workspace-view';
import { useAppStore } from './store';

describe('the workspace view main checks', () => {
  it('accepts every field the page persists, as the page starts', () => {
    const persisted = useAppStore.persist.getOptions().partialize!(useAppStore.getState()) as Record<string, unknown>;
    const parsed = workspaceViewSchema.strict().safeParse(persisted);
    expect(parsed.error?.issues ?? []).toEqual([]);
    const versionOneKeys = new Set(Object.keys(choicesViewV1Schema.shape));
    const currentKeys = Object.keys(workspaceViewSchema.shape).filter((key) => !versionOneKeys.has(key));
    expect(Object.keys(persisted).sort()).toEqual(currentKeys.sort());
  });

  it('fills a dropped SLA tool field from the defaults when the view is restored', () => {
    const merge = useAppStore.persist.getOptions().merge!;
    const current = useAppStore.getState();
    const merged = merge({ section: 'sla', slaTools: { tab: 'composite' } }, current) as typeof current;
    expect(merged.section).toBe('sla');
    expect(merged.slaTools).toEqual({ ...current.slaTools, tab: 'composite' });
  });
});
