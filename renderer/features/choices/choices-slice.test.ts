import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../app/store';
import { defaultChoicesView, pickChoicesView } from './choices-slice';

// The store persists through main; here every call succeeds and does nothing.
vi.mock('../../app/api', () => ({
  api: new Proxy({}, { get: () => async () => ({ ok: true, value: {} }) }),
}));

const initialState = useAppStore.getState();

beforeEach(() => {
  useAppStore.setState(initialState, true);
});

describe('choices slice', () => {
  it('replaces an answer, and clearing one drops the question rather than storing an empty answer', () => {
    const { setCaasAnswer } = useAppStore.getState();
    setCaasAnswer('operator', 'provider');
    setCaasAnswer('usage-stage', 'production');
    setCaasAnswer('operator', 'small-ops-team');
    expect(useAppStore.getState().caasAnswers).toEqual({ operator: 'small-ops-team', 'usage-stage': 'production' });
    setCaasAnswer('operator', null);
    expect(Object.keys(useAppStore.getState().caasAnswers)).toEqual(['usage-stage']);
    useAppStore.getState().clearCaasAnswers();
    expect(useAppStore.getState().caasAnswers).toEqual({});
  });

  it('forgets the chosen storage when the infrastructure changes, since it may not run there', () => {
    const { setStorageChosenId, setStorageNeed, setStorageWeight, setStorageInfrastructure } = useAppStore.getState();
    setStorageChosenId('aws-ebs');
    setStorageNeed('static-content', 'none');
    setStorageWeight('snapshots', 5);
    setStorageInfrastructure('on-premises');
    expect(useAppStore.getState()).toMatchObject({
      storageInfrastructure: 'on-premises',
      storageChosenId: null,
      storageNeeds: { 'static-content': 'none' },
      storageWeights: { snapshots: 5 },
    });
  });

  it('keeps only the moved weights, so a reset returns every criterion to its default', () => {
    const { setSdnWeight, resetSdnWeights } = useAppStore.getState();
    setSdnWeight('encryption', 0);
    setSdnWeight('simplicity', 5);
    expect(useAppStore.getState().sdnWeights).toEqual({ encryption: 0, simplicity: 5 });
    resetSdnWeights();
    expect(useAppStore.getState().sdnWeights).toEqual({});
  });

  it('saves what the user entered but not the data main sends', () => {
    useAppStore.getState().setSdnRequirement('tenant-isolation', true);
    useAppStore.getState().setTradeoffData({} as never);
    const saved = pickChoicesView(useAppStore.getState());
    expect(Object.keys(saved).sort()).toEqual(Object.keys(defaultChoicesView).sort());
    expect(saved.sdnRequirements).toEqual({ 'tenant-isolation': true });
    expect(saved).not.toHaveProperty('tradeoffData');
  });
});
