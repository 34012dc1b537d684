import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../app/store';
import {
  decisionInputChanges as change,
  decisionView,
  defaultChoicesView,
  migrateChoicesViewV1,
  pickChoicesView,
  upgradeWorkspaceV1,
} from './choices-slice';

// The store persists through main; here every call succeeds and does nothing, except loading a
// workspace a test has put in `saved`.
const saved = vi.hoisted(() => ({ workspace: null as unknown }));
vi.mock('../../app/api', () => ({
  api: new Proxy(
    {},
    { get: (_target, channel) => async () => ({ ok: true, value: channel === 'loadViewState' ? { value: saved.workspace } : {} }) },
  ),
}));

const initialState = useAppStore.getState();
const view = (id: 'caasPaas' | 'sdn' | 'storage') => decisionView(useAppStore.getState(), id);

beforeEach(() => {
  useAppStore.setState(initialState, true);
});

describe('choices slice', () => {
  it('replaces an answer, and clearing one drops the question rather than storing an empty answer', () => {
    const { updateDecisionInput } = useAppStore.getState();
    updateDecisionInput('caasPaas', change.setting('operator', 'provider'));
    updateDecisionInput('caasPaas', change.setting('usage-stage', 'production'));
    updateDecisionInput('caasPaas', change.setting('operator', 'small-ops-team'));
    expect(view('caasPaas').input.settings).toEqual({ operator: 'small-ops-team', 'usage-stage': 'production' });
    updateDecisionInput('caasPaas', change.setting('operator', null));
    expect(Object.keys(view('caasPaas').input.settings)).toEqual(['usage-stage']);
    updateDecisionInput('caasPaas', change.clearSettings());
    expect(view('caasPaas').input.settings).toEqual({});
  });

  it('forgets the chosen storage when the infrastructure changes, since it may not run there', () => {
    const { setDecisionChosenId, updateDecisionInput } = useAppStore.getState();
    setDecisionChosenId('storage', 'aws-ebs');
    updateDecisionInput('storage', change.weight('snapshots', 5));
    expect(view('storage').chosenId).toBe('aws-ebs');
    updateDecisionInput('storage', change.setting('static-content', 'none'));
    updateDecisionInput('storage', change.setting('infrastructure', 'on-premises'));
    expect(view('storage')).toMatchObject({
      chosenId: null,
      input: { settings: { 'static-content': 'none', infrastructure: 'on-premises' }, weights: { snapshots: 5 } },
    });
  });

  it('keeps only the moved weights, so a reset returns every criterion to its default', () => {
    const { updateDecisionInput } = useAppStore.getState();
    updateDecisionInput('sdn', change.weight('encryption', 0));
    updateDecisionInput('sdn', change.weight('simplicity', 5));
    expect(view('sdn').input.weights).toEqual({ encryption: 0, simplicity: 5 });
    updateDecisionInput('sdn', change.resetWeights());
    expect(view('sdn').input.weights).toEqual({});
  });

  it('saves what the user entered but not the data main sends', () => {
    useAppStore.getState().updateDecisionInput('sdn', change.requirement('tenant-isolation', true));
    useAppStore.getState().setTradeoffData({} as never);
    const saved = pickChoicesView(useAppStore.getState());
    expect(Object.keys(saved).sort()).toEqual(Object.keys(defaultChoicesView).sort());
    expect(saved.decisions.sdn?.input.requirements).toEqual({ 'tenant-isolation': true });
    expect(saved).not.toHaveProperty('tradeoffData');
  });

  it('reads a workspace saved before decisions shared one shape, keeping every answer, weight and choice', () => {
    const migrated = migrateChoicesViewV1({
      choicesTab: 'storage',
      caasAnswers: { operator: 'provider' },
      caasWeights: { operator: 2 },
      caasRationale: 'Small team',
      sdnWeights: { encryption: 5 },
      sdnRequirements: { 'tenant-isolation': true },
      sdnChosenId: 'calico',
      sdnRationale: 'Policy',
      storageInfrastructure: 'gcp',
      storageNeeds: { 'static-content': 'none' },
      storageWeights: { snapshots: 1 },
      storageChosenId: null,
      storageRationale: '',
    });
    expect(migrated).toEqual({
      choicesTab: 'storage',
      decisions: {
        caasPaas: { input: { weights: { operator: 2 }, requirements: {}, settings: { operator: 'provider' } }, chosenId: null, rationale: 'Small team' },
        sdn: { input: { weights: { encryption: 5 }, requirements: { 'tenant-isolation': true }, settings: {} }, chosenId: 'calico', rationale: 'Policy' },
        storage: {
          input: { weights: { snapshots: 1 }, requirements: {}, settings: { infrastructure: 'gcp', 'static-content': 'none' } },
          chosenId: null,
          rationale: '',
        },
      },
    });
    // The rest of the workspace stays; the old keys go.
    expect(upgradeWorkspaceV1({ section: 'choices', slaInput: '99.9', sdnWeights: { encryption: 5 } })).toEqual({
      section: 'choices',
      slaInput: '99.9',
      ...migrateChoicesViewV1({ sdnWeights: { encryption: 5 } }),
    });
    // A tab this version does not have, and fields of the wrong type, fall back to the defaults.
    expect(migrateChoicesViewV1({ choicesTab: 'ingress', sdnWeights: 'heavy', sdnChosenId: 4 })).toMatchObject({
      choicesTab: 'caasPaas',
      decisions: { sdn: { input: { weights: {} }, chosenId: null } },
    });
  });

  it('upgrades a workspace saved by the previous version when the store loads it', async () => {
    saved.workspace = { version: 1, state: { section: 'choices', choicesTab: 'sdn', sdnRequirements: { 'tenant-isolation': true }, sdnChosenId: 'calico' } };
    await useAppStore.persist.rehydrate();
    expect(useAppStore.getState().choicesTab).toBe('sdn');
    expect(view('sdn')).toMatchObject({ input: { requirements: { 'tenant-isolation': true } }, chosenId: 'calico' });
    expect(useAppStore.getState()).not.toHaveProperty('sdnRequirements');
    saved.workspace = null;
  });
});
