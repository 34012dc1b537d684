import { describe, expect, it } from 'vitest';
import { kOfNUnavailability, serialUnavailability } from './composite-availability';
import { defaultKubernetesPreset, evaluateKubernetesAvailability, kubernetesWhatIfs } from './kubernetes-availability';

describe('evaluateKubernetesAvailability', () => {
  it('with one zone that never fails, reduces to the independent k-of-n chain', () => {
    const preset = { ...defaultKubernetesPreset, zones: 1, zonePercent: 100 };
    const result = evaluateKubernetesAvailability(preset);
    const expected = serialUnavailability([
      0.0001,
      serialUnavailability([kOfNUnavailability(1, 3, 0.005), kOfNUnavailability(2, 3, 0.005)]),
    ]);
    expect(result.controlPlaneUnavailability).toBeCloseTo(expected, 15);
    expect(result.etcdQuorum).toBe(2);
    expect(result.etcdTolerates).toBe(1);
  });

  it('shows a third zone saving etcd from the zone holding two of its three members', () => {
    const twoZones = evaluateKubernetesAvailability({ ...defaultKubernetesPreset, zones: 2 });
    const threeZones = evaluateKubernetesAvailability({ ...defaultKubernetesPreset, zones: 3 });
    // With 2 zones, losing zone A (members 1 and 3) loses the quorum: etcd is at best 99.9 % then.
    expect(twoZones.blocks.etcd).toBeGreaterThan(0.001);
    expect(threeZones.blocks.etcd).toBeLessThan(0.0002);
    expect(threeZones.controlPlaneUnavailability).toBeLessThan(twoZones.controlPlaneUnavailability);
    // 3 of 4 workers needed, two in each zone: either zone's outage takes the pool down.
    expect(twoZones.weakest).toBe('workers');
  });

  it('lists what each change buys, adding etcd members in pairs', () => {
    const whatIfs = kubernetesWhatIfs(defaultKubernetesPreset);
    expect(whatIfs.map((whatIf) => whatIf.change)).toEqual(['add-zone', 'add-api-server', 'add-etcd-pair', 'add-spare-worker']);
    expect(whatIfs.find((whatIf) => whatIf.change === 'add-etcd-pair')?.preset.etcdMembers).toBe(5);
  });

  it('never scores better than its best-case chain nor outside [0, 1]', () => {
    for (let zones = 1; zones <= 6; zones++) {
      const result = evaluateKubernetesAvailability({ ...defaultKubernetesPreset, zones });
      expect(result.clusterUnavailability).toBeGreaterThanOrEqual(result.controlPlaneUnavailability);
      expect(result.clusterUnavailability).toBeLessThanOrEqual(1);
      expect(result.controlPlaneUnavailability).toBeGreaterThanOrEqual(0.0001);
    }
  });

  it('rejects impossible inputs', () => {
    expect(() => evaluateKubernetesAvailability({ ...defaultKubernetesPreset, zones: 0 })).toThrow();
    expect(() => evaluateKubernetesAvailability({ ...defaultKubernetesPreset, workerPercent: 101 })).toThrow();
  });
});
