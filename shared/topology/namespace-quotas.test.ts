import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cpuQuantity, memoryQuantity, splitNamespaceQuotas } from './namespace-quotas';

describe('splitNamespaceQuotas', () => {
  it('splits by load share and sets limits at twice the requests (the seed’s Examples 5.2 and 5.3)', () => {
    const [a, b] = splitNamespaceQuotas({ cpuCores: 8, memoryGiB: 13 }, [
      { name: 'a', loadSharePercent: 50 },
      { name: 'b', loadSharePercent: 50 },
    ]);
    expect(a?.requests).toEqual({ cpuMillicores: 4_000, memoryMiB: 6_656 });
    expect(a?.limits).toEqual({ cpuMillicores: 8_000, memoryMiB: 13_312 });
    expect(b?.requests.cpuMillicores).toBe(4_000);
  });

  it('refuses shares that do not add up to 100 %', () => {
    expect(() =>
      splitNamespaceQuotas({ cpuCores: 8, memoryGiB: 16 }, [
        { name: 'a', loadSharePercent: 50 },
        { name: 'b', loadSharePercent: 40 },
      ]),
    ).toThrow('add up to 90 %');
  });

  it('never hands out more than the capacity it splits', () => {
    const shares = fc
      .array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 12 })
      .filter((weights) => weights.some((weight) => weight > 0))
      .map((weights) => {
        const total = weights.reduce((sum, weight) => sum + weight, 0);
        return weights.map((weight, index) => ({ name: `ns-${index}`, loadSharePercent: (weight * 100) / total }));
      });
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        fc.double({ min: 0, max: 100_000, noNaN: true }),
        shares,
        (cpuCores, memoryGiB, namespaces) => {
          const quotas = splitNamespaceQuotas({ cpuCores, memoryGiB }, namespaces);
          const cpu = quotas.reduce((sum, quota) => sum + quota.requests.cpuMillicores, 0);
          const memory = quotas.reduce((sum, quota) => sum + quota.requests.memoryMiB, 0);
          return cpu <= cpuCores * 1_000 + 1e-6 && memory <= memoryGiB * 1_024 + 1e-6;
        },
      ),
    );
  });
});

describe('quantities', () => {
  it('writes whole cores and GiB without a suffix or in Gi, the rest in m and Mi', () => {
    expect(cpuQuantity(2_000)).toBe('2');
    expect(cpuQuantity(1_500)).toBe('1500m');
    expect(memoryQuantity(8_192)).toBe('8Gi');
    expect(memoryQuantity(6_656)).toBe('6656Mi');
    expect(memoryQuantity(0)).toBe('0Mi');
  });
});
