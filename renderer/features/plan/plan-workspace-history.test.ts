import { describe, expect, it, vi } from 'vitest';
import { ok } from '../../../shared/ipc/result';
import { useAppStore } from '../../app/store';
import { useNotices } from '../../ui/notices';
import { createPlanWorkspace, fileNameFor } from './plan-workspace';
import { fakeApi, first, resetWorkspaceBetweenTests, trackingStore } from './plan-workspace-test-support';

resetWorkspaceBetweenTests();

describe('undo and redo', () => {
  it('take back a phrase typed without a pause in one step, and a later phrase in another', async () => {
    const api = fakeApi();
    await createPlanWorkspace(api as never, trackingStore).start('Untitled');
    const type = (text: string) => {
      for (const character of text) {
        useAppStore.getState().updatePlan((plan) => ({ ...plan, team: plan.team + character }));
        vi.advanceTimersByTime(120);
      }
    };
    type('Ops');
    vi.advanceTimersByTime(2_000);
    type(' + SRE');
    expect(useAppStore.getState().plan?.team).toBe('Ops + SRE');
    useAppStore.temporal.getState().undo();
    expect(useAppStore.getState().plan?.team).toBe('Ops');
    useAppStore.temporal.getState().undo();
    expect(useAppStore.getState().plan?.team).toBe('');
    useAppStore.temporal.getState().redo();
    useAppStore.temporal.getState().redo();
    expect(useAppStore.getState().plan?.team).toBe('Ops + SRE');
  });

  it('make a step of each field, even without a pause between them', async () => {
    const api = fakeApi();
    await createPlanWorkspace(api as never, trackingStore).start('Untitled');
    useAppStore.getState().updatePlan((plan) => ({ ...plan, team: 'SRE' }));
    useAppStore.getState().updatePlan((plan) => ({ ...plan, context: 'Moving off VMs' }));
    useAppStore.temporal.getState().undo();
    expect(useAppStore.getState().plan).toMatchObject({ team: 'SRE', context: '' });
  });

  it('start a new step after an undo, however soon the typing resumes', async () => {
    const api = fakeApi();
    await createPlanWorkspace(api as never, trackingStore).start('Untitled');
    useAppStore.getState().updatePlan((plan) => ({ ...plan, team: 'A' }));
    useAppStore.getState().updatePlan((plan) => ({ ...plan, team: 'AB' }));
    useAppStore.temporal.getState().undo();
    useAppStore.getState().updatePlan((plan) => ({ ...plan, team: 'C' }));
    useAppStore.temporal.getState().undo();
    expect(useAppStore.getState().plan?.team).toBe('');
  });

  it('track plan edits only, up to the last load', async () => {
    const api = fakeApi();
    await createPlanWorkspace(api as never, trackingStore).start('Untitled');
    useAppStore.getState().updatePlan((plan) => ({ ...plan, title: 'Edited' }));
    useAppStore.getState().goTo('sla');
    useAppStore.temporal.getState().undo();
    expect(useAppStore.getState().plan?.title).toBe('First');
    expect(useAppStore.getState().section).toBe('sla');
    useAppStore.temporal.getState().redo();
    expect(useAppStore.getState().plan?.title).toBe('Edited');
  });
});

describe('save as', () => {
  it('saves through the transport and says where the file went: the dialog’s path, or the download’s name', async () => {
    const api = fakeApi();
    const actions = createPlanWorkspace(api as never, trackingStore);
    await actions.start('Untitled');
    useNotices.setState({ notices: [] });
    api.savePlanFileAs.mockResolvedValueOnce(ok({ saved: true, path: '/home/me/First.kplan.json' }));
    await actions.saveAs();
    expect(api.savePlanFileAs).toHaveBeenLastCalledWith({ plan: first, suggestedName: 'First.kplan.json' });
    api.savePlanFileAs.mockResolvedValueOnce(ok({ saved: true }));
    await actions.saveAs();
    api.savePlanFileAs.mockResolvedValueOnce(ok({ saved: false }));
    await actions.saveAs();
    expect(useNotices.getState().notices).toMatchObject([
      { key: 'notices.savedTo', params: { path: '/home/me/First.kplan.json' }, path: '/home/me/First.kplan.json' },
      { key: 'notices.downloaded', params: { file: 'First.kplan.json' } },
    ]);
  });
});

describe('fileNameFor', () => {
  it('keeps any script and drops path characters', () => {
    expect(fileNameFor('支付 平台 / v2')).toBe('支付-平台-v2');
    expect(fileNameFor('../../etc')).toBe('....etc');
    expect(fileNameFor('   ')).toBe('plan');
  });
});
