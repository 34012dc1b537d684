import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { etcdQuorum, zoneFailureTolerance } from './etcd-quorum';

describe('etcdQuorum', () => {
  it.each([
    [1, 1, 0],
    [2, 2, 0],
    [3, 2, 1],
    [4, 3, 1],
    [5, 3, 2],
  ])('%i members need %i for quorum and survive %i failures', (members, quorum, tolerated) => {
    expect(etcdQuorum(members)).toEqual({ members, quorum, toleratedFailures: tolerated });
  });

  it('survives exactly floor((n-1)/2) failures, and one more failure loses the majority', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000 }), (members) => {
        const { quorum, toleratedFailures } = etcdQuorum(members);
        return (
          toleratedFailures === Math.floor((members - 1) / 2) &&
          members - toleratedFailures >= quorum &&
          members - toleratedFailures - 1 < quorum &&
          quorum > members / 2
        );
      }),
    );
  });

  it('rejects negative and fractional member counts with a message naming the problem', () => {
    expect(() => etcdQuorum(-1)).toThrow('whole number of 0 or more, got -1');
    expect(() => etcdQuorum(2.5)).toThrow('got 2.5');
    expect(() => etcdQuorum(Number.NaN)).toThrow(RangeError);
  });
});

describe('zoneFailureTolerance', () => {
  it('three zones with one control-plane node each survive the loss of a zone', () => {
    const result = zoneFailureTolerance([1, 1, 1]);
    expect(result.survivesAnyZoneFailure).toBe(true);
    expect(result.toleratedZoneFailures).toBe(1);
    expect(result.membersAfterWorstZoneLoss).toBe(2);
  });

  it('two zones with 2 + 1 members lose quorum when the zone with two goes down', () => {
    const result = zoneFailureTolerance([2, 1]);
    expect(result.toleratedFailures).toBe(1);
    expect(result.survivesAnyZoneFailure).toBe(false);
    expect(result.toleratedZoneFailures).toBe(0);
  });

  it('two zones with one member each (the seed’s two-zone advice) survive neither a node nor a zone', () => {
    const result = zoneFailureTolerance([1, 1]);
    expect(result.toleratedFailures).toBe(0);
    expect(result.survivesAnyZoneFailure).toBe(false);
  });

  it('five zones with one member each survive two zone losses', () => {
    expect(zoneFailureTolerance([1, 1, 1, 1, 1]).toleratedZoneFailures).toBe(2);
  });

  it('one zone survives no zone failure however many members it has', () => {
    expect(zoneFailureTolerance([5]).survivesAnyZoneFailure).toBe(false);
  });

  it('never survives more zone losses than it has member failures to spare', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 7 }), (layout) => {
        const result = zoneFailureTolerance(layout);
        const lost = [...layout].sort((a, b) => b - a).slice(0, result.toleratedZoneFailures);
        return lost.reduce((sum, count) => sum + count, 0) <= result.toleratedFailures;
      }),
    );
  });

  it('rejects an empty zone list and bad counts', () => {
    expect(() => zoneFailureTolerance([])).toThrow('at least one zone');
    expect(() => zoneFailureTolerance([1, -1])).toThrow('zone 2');
  });
});
