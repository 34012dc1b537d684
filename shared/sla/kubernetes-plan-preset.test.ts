import { describe, expect, it } from 'vitest';
import { defaultKubernetesPreset, evaluateKubernetesAvailability, kubernetesWhatIfs } from './kubernetes-availability';
import { kubernetesPresetFromPlan, noticeableWhatIfs } from './kubernetes-plan-preset';

describe('kubernetesPresetFromPlan', () => {
  it('takes zones, control-plane nodes and workers from the plan, with one zone’s workers spare', () => {
    const preset = kubernetesPresetFromPlan({ zones: 3, controlPlaneNodesPerZone: 1, workerNodesPerZone: 2 }, defaultKubernetesPreset);
    expect(preset).toEqual({ ...defaultKubernetesPreset, zones: 3, apiServers: 3, etcdMembers: 3, workersNeeded: 4, spareWorkers: 2 });
  });

  it('keeps one spare in a single zone, and gives up on sizing the model cannot hold', () => {
    expect(kubernetesPresetFromPlan({ zones: 1, controlPlaneNodesPerZone: 3, workerNodesPerZone: 4 }, defaultKubernetesPreset)).toMatchObject({
      zones: 1,
      etcdMembers: 3,
      workersNeeded: 3,
      spareWorkers: 1,
    });
    expect(kubernetesPresetFromPlan({ zones: 8, controlPlaneNodesPerZone: 1, workerNodesPerZone: 2 }, defaultKubernetesPreset)).toBeUndefined();
    expect(kubernetesPresetFromPlan({ zones: 3, controlPlaneNodesPerZone: 0, workerNodesPerZone: 2 }, defaultKubernetesPreset)).toBeUndefined();
    expect(kubernetesPresetFromPlan(null, defaultKubernetesPreset)).toBeUndefined();
  });
});

describe('noticeableWhatIfs', () => {
  it('leaves out a change that moves neither figure by a second a year', () => {
    // Workers already far more than needed: one more spare changes nothing anyone could measure.
    const preset = { ...defaultKubernetesPreset, zones: 3, workersNeeded: 1, spareWorkers: 8, workerPercent: 99.99 };
    const current = evaluateKubernetesAvailability(preset);
    const all = kubernetesWhatIfs(preset).map((whatIf) => whatIf.change);
    const shown = noticeableWhatIfs(preset, current).map((whatIf) => whatIf.change);
    expect(all).toContain('add-spare-worker');
    expect(shown).not.toContain('add-spare-worker');
    expect(shown.length).toBeGreaterThan(0);
  });
});
