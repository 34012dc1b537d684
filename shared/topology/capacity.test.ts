import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CapacityInput, computeCapacity, nPlusOneForNodeLoss, nPlusOneForZoneLoss } from './capacity';

const threeZones: CapacityInput = {
  zones: 3,
  workerNodesPerZone: 2,
  workerNode: { cpuCores: 8, memoryGiB: 32 },
  systemReserve: { cpuCores: 0.5, memoryGiB: 2 },
  targetUtilizationPercent: 60,
};

describe('computeCapacity', () => {
  it('counts workers only and takes the reserve off every worker', () => {
    const capacity = computeCapacity(threeZones);
    expect(capacity.workerNodes).toBe(6);
    expect(capacity.raw).toEqual({ cpuCores: 48, memoryGiB: 192 });
    expect(capacity.reserved).toEqual({ cpuCores: 3, memoryGiB: 12 });
    expect(capacity.allocatable).toEqual({ cpuCores: 45, memoryGiB: 180 });
  });

  it('plans 60 % of allocatable and keeps 40 % as headroom (the seed’s 60/40 rule)', () => {
    const { planned, headroom } = computeCapacity(threeZones);
    expect(planned.cpuCores).toBeCloseTo(27, 10);
    expect(planned.memoryGiB).toBeCloseTo(108, 10);
    expect(headroom.cpuCores).toBeCloseTo(18, 10);
    expect(headroom.memoryGiB).toBeCloseTo(72, 10);
  });

  it('gives a node whose reserve exceeds it nothing, not a negative amount', () => {
    const capacity = computeCapacity({ ...threeZones, systemReserve: { cpuCores: 10, memoryGiB: 0 } });
    expect(capacity.allocatable.cpuCores).toBe(0);
  });
});

describe('N+1', () => {
  it('three zones at 60 % carry the load with a zone down (two thirds left ≥ 60 %)', () => {
    const verdict = nPlusOneForZoneLoss(threeZones);
    expect(verdict.holds).toBe(true);
    expect(verdict.remaining.cpuCores).toBeCloseTo(30, 10);
    expect(verdict.load.cpuCores).toBeCloseTo(27, 10);
    expect(verdict.maxTargetUtilizationPercent).toBeCloseTo(66.667, 3);
  });

  it('two zones at the seed’s 60 % do not: one zone is only half the capacity', () => {
    const verdict = nPlusOneForZoneLoss({ ...threeZones, zones: 2 });
    expect(verdict.holds).toBe(false);
    expect(verdict.maxTargetUtilizationPercent).toBe(50);
  });

  it('two zones at exactly 50 % just hold (the seed: one node must carry the full load)', () => {
    expect(nPlusOneForZoneLoss({ ...threeZones, zones: 2, targetUtilizationPercent: 50 }).holds).toBe(true);
  });

  it('one zone has nothing to fail over to', () => {
    const verdict = nPlusOneForZoneLoss({ ...threeZones, zones: 1 });
    expect(verdict.applicable).toBe(false);
    expect(verdict.holds).toBe(false);
  });

  it('node loss counts every worker in the cluster', () => {
    const verdict = nPlusOneForNodeLoss({ ...threeZones, zones: 1, workerNodesPerZone: 4 });
    expect(verdict.maxTargetUtilizationPercent).toBe(75);
    expect(verdict.holds).toBe(true);
  });

  it('holds exactly when the target is at most (zones − 1) / zones', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 10 }), fc.integer({ min: 1, max: 100 }), (zones, target) => {
        const verdict = nPlusOneForZoneLoss({ ...threeZones, zones, targetUtilizationPercent: target });
        return verdict.holds === target <= ((zones - 1) / zones) * 100 + 1e-9;
      }),
    );
  });
});
