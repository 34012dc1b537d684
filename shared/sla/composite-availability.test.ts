import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AvailabilityNode, evaluateAvailability, kOfNUnavailability, quorumSize, weakestLink } from './composite-availability';
import { parseCompositeSpec } from './composite-spec';
import { thrownUserError } from '../../tests/support/user-error';

const component = (availabilityPercent: number, name = 'c'): AvailabilityNode => ({ kind: 'component', name, availabilityPercent });

describe('evaluateAvailability', () => {
  // Serial availability is the product of the parts (e.g. Google's SRE book, "Embracing Risk"):
  // 0.9995 × 0.9999 = 0.99940005.
  it('multiplies components in series: 99.95 % × 99.99 % = 99.94 %', () => {
    const result = evaluateAvailability({ kind: 'serial', children: [component(99.95), component(99.99)] });
    expect(result.availability * 100).toBeCloseTo(99.94, 4);
  });

  // Redundancy: the pair is down only when both are, 0.01 × 0.01 = 0.0001.
  it('gives two parallel 99 % components 99.99 %', () => {
    expect(evaluateAvailability({ kind: 'parallel', children: [component(99), component(99)] }).availability * 100).toBeCloseTo(99.99, 10);
  });

  it('models an etcd quorum as k-of-n: 3 members of 99 % need 2 up', () => {
    expect(quorumSize(3)).toBe(2);
    expect(quorumSize(4)).toBe(3);
    expect(quorumSize(5)).toBe(3);
    // Down when 0 or 1 are up: 0.01³ + 3 × 0.99 × 0.01² = 0.000298.
    expect(kOfNUnavailability(2, 3, 0.01)).toBeCloseTo(0.000298, 12);
    expect(kOfNUnavailability(1, 2, 0.01)).toBeCloseTo(0.0001, 15);
    expect(() => kOfNUnavailability(4, 3, 0.01)).toThrow(/1 ≤ k ≤ n/);
  });

  it('keeps precision for tiny unavailabilities', () => {
    const result = evaluateAvailability({ kind: 'serial', children: [component(99.9999999), component(99.9999999)] });
    expect(result.unavailability).toBeCloseTo(2e-9, 15);
  });

  it('finds the weakest link of a chain', () => {
    const result = evaluateAvailability({ kind: 'serial', children: [component(99.99, 'lb'), component(99.5, 'db'), component(99.9, 'api')] });
    expect(weakestLink(result)?.node).toMatchObject({ name: 'db' });
  });

  it('rejects components outside 0-100 % and empty groups', () => {
    expect(() => evaluateAvailability(component(101))).toThrow(/between 0 and 100/);
    expect(() => evaluateAvailability({ kind: 'serial', children: [] })).toThrow();
  });

  const percents = fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 6 });
  it('stays within bounds: serial ≤ min component, parallel ≥ max component, all in [0, 1]', () => {
    fc.assert(
      fc.property(percents, (values) => {
        const children = values.map((value) => component(value));
        const fractions = values.map((value) => value / 100);
        const serial = evaluateAvailability({ kind: 'serial', children }).availability;
        const parallel = evaluateAvailability({ kind: 'parallel', children }).availability;
        const epsilon = 1e-12;
        return (
          serial <= Math.min(...fractions) + epsilon &&
          parallel >= Math.max(...fractions) - epsilon &&
          [serial, parallel].every((value) => value >= 0 && value <= 1)
        );
      }),
    );
  });

  it('k-of-n lies between all-needed (serial) and any-one (parallel)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 9 }), fc.integer({ min: 0, max: 8 }), (u, count, offset) => {
        const required = (offset % count) + 1;
        const value = kOfNUnavailability(required, count, u);
        return value >= u ** count - 1e-12 && value <= 1 - (1 - u) ** count + 1e-12 && value >= 0 && value <= 1;
      }),
    );
  });
});

describe('parseCompositeSpec', () => {
  it('reads series, redundancy, quorums, copies and groups', () => {
    const tree = parseCompositeSpec('lb:99.99 * (api:99.9 | api:99.9) * 2of3(etcd:99.9) * 3x(node:99)');
    expect(tree).toMatchObject({
      kind: 'serial',
      children: [
        { kind: 'component', name: 'lb', availabilityPercent: 99.99 },
        { kind: 'parallel', children: [{ name: 'api' }, { name: 'api' }] },
        { kind: 'k-of-n', required: 2, count: 3, unit: { name: 'etcd' } },
        { kind: 'k-of-n', required: 1, count: 3 },
      ],
    });
    expect(parseCompositeSpec('99.95 * 99.99')).toMatchObject({ kind: 'serial', children: [{ name: '#1' }, { name: '#2' }] });
  });

  it('binds | tighter than *', () => {
    expect(parseCompositeSpec('a:99 * b:99 | c:99')).toMatchObject({ kind: 'serial', children: [{ name: 'a' }, { kind: 'parallel' }] });
  });

  it('says where a spec goes wrong', () => {
    const refusal = (spec: string) => thrownUserError(() => parseCompositeSpec(spec));
    expect(refusal('')).toMatchObject({ code: 'invalid-request', key: 'sla.composite.component', params: { position: 1, spec: '' } });
    expect(refusal('a:99 *')).toMatchObject({ key: 'sla.composite.component', params: { position: 7 } });
    expect(refusal('(a:99')).toMatchObject({ key: 'sla.composite.expected', params: { char: ')', position: 6, spec: '(a:99' } });
    expect(refusal('a:120')).toMatchObject({ key: 'sla.composite.above100', params: { value: '120' } });
    expect(refusal('a:9x9')).toMatchObject({ key: 'sla.composite.unexpected', params: { char: 'x', position: 4 } });
    expect(refusal('4of3(a:99)')).toMatchObject({ key: 'sla.composite.quorum', params: { required: 4, count: 3 } });
    expect(refusal('0x(a:99)')).toMatchObject({ key: 'sla.composite.noCopies' });
    expect(refusal('a:99 $')).toMatchObject({ key: 'sla.composite.unexpected', params: { char: '$', position: 6 } });
  });
});
