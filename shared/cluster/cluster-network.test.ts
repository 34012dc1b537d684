import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cidrsOverlap, formatAddress, parseCidr } from './cidr';
import { type ClusterNetwork, DEFAULT_SUBNETS, checkClusterNetwork, effectiveNetwork } from './cluster-network';

const codes = (network: ClusterNetwork) => checkClusterNetwork(network).map((issue) => `${issue.field}:${issue.code}`);

describe('parseCidr', () => {
  it('reads IPv4 and IPv6 blocks and clears host bits as Go does', () => {
    expect(parseCidr('10.244.1.7/16')).toMatchObject({ family: 'ipv4', prefix: 16 });
    expect(formatAddress('ipv4', parseCidr('10.244.1.7/16')!.network)).toBe('10.244.0.0');
    expect(formatAddress('ipv6', parseCidr('fd00:10:244::/56')!.network)).toBe('fd00:10:244:0:0:0:0:0');
    expect(formatAddress('ipv6', parseCidr('::ffff:10.0.0.1/128')!.network)).toBe('0:0:0:0:0:ffff:a00:1');
  });

  it('refuses what is not a block', () => {
    for (const text of ['10.244.0.0', '10.244.0.0/33', '256.0.0.0/8', '010.0.0.0/8', 'fd00::10::/64', 'fd00:10:244::/129', 'cilium', '']) {
      expect(parseCidr(text), text).toBeUndefined();
    }
  });

  it('finds overlap exactly when one block holds the other’s first address (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 0, max: 32 }), (a, pa, b, pb) => {
        const first = parseCidr(`${formatAddress('ipv4', BigInt(a))}/${pa}`)!;
        const second = parseCidr(`${formatAddress('ipv4', BigInt(b))}/${pb}`)!;
        const contains = (outer: typeof first, address: bigint) => address >> BigInt(32 - outer.prefix) === outer.network >> BigInt(32 - outer.prefix);
        expect(cidrsOverlap(first, second)).toBe(contains(first, second.network) || contains(second, first.network));
        expect(cidrsOverlap(first, second)).toBe(cidrsOverlap(second, first));
      }),
    );
  });
});

/** kind's own rules (pkg/internal/apis/config/validate.go, validateSubnets and TestClusterValidate), as tests. */
describe('kind’s subnet rules', () => {
  it('accepts kind’s defaults for every IP family', () => {
    for (const ipFamily of ['ipv4', 'ipv6', 'dual'] as const) {
      expect(checkClusterNetwork({ ipFamily, ...DEFAULT_SUBNETS[ipFamily] }), ipFamily).toEqual([]);
    }
  });

  it('fills an empty subnet with kind’s default for the family', () => {
    expect(effectiveNetwork({ ipFamily: 'ipv6', podSubnet: '', serviceSubnet: ' ' })).toEqual({ ipFamily: 'ipv6', ...DEFAULT_SUBNETS.ipv6 });
  });

  it('rejects a subnet that does not parse ("failed to parse cidr value")', () => {
    expect(codes({ ipFamily: 'ipv4', podSubnet: 'aa', serviceSubnet: '' })).toEqual(['podSubnet:not-a-cidr']);
  });

  it('rejects an IPv6 subnet in an IPv4 cluster and the reverse ("expected IPv4 CIDR for IPv4 family")', () => {
    expect(codes({ ipFamily: 'ipv4', podSubnet: 'fd00:10:244::/56', serviceSubnet: '' })).toEqual(['podSubnet:expected-ipv4']);
    expect(codes({ ipFamily: 'ipv6', podSubnet: '', serviceSubnet: '10.96.0.0/16' })).toEqual(['serviceSubnet:expected-ipv6']);
  });

  it('rejects two subnets for a single stack ("only one CIDR allowed for single-stack networking")', () => {
    expect(codes({ ipFamily: 'ipv4', podSubnet: '10.244.0.0/16,fd00:10:244::/56', serviceSubnet: '' })).toEqual(['podSubnet:single-stack-one-cidr']);
  });

  it('takes one or two subnets for dual-stack, two only from different families', () => {
    expect(codes({ ipFamily: 'dual', podSubnet: '10.244.0.0/16', serviceSubnet: '10.96.0.0/16' })).toEqual([]);
    expect(codes({ ipFamily: 'dual', podSubnet: '10.244.0.0/16,10.245.0.0/16', serviceSubnet: '' })).toEqual(['podSubnet:dual-stack-needs-one-of-each']);
    expect(codes({ ipFamily: 'dual', podSubnet: '10.244.0.0/16,fd00:10:244::/56,10.1.0.0/16', serviceSubnet: '' })).toEqual([
      'podSubnet:dual-stack-needs-one-of-each',
    ]);
  });
});

describe('overlaps and impossible prefixes', () => {
  it('refuses kubeadm’s 10.96.0.0/12 pod network against kind’s service /16 (the issue’s example)', () => {
    const issues = checkClusterNetwork({ ipFamily: 'ipv4', podSubnet: '10.96.0.0/12', serviceSubnet: '' });
    expect(issues.map((issue) => issue.code)).toEqual(['subnets-overlap']);
    expect(issues[0]?.message).toContain('10.96.0.0/16');
  });

  it('refuses a pod network narrower than one node’s slice, or with more than 2^16 slices', () => {
    expect(codes({ ipFamily: 'ipv4', podSubnet: '10.244.0.0/25', serviceSubnet: '' })).toEqual(['podSubnet:pod-subnet-narrower-than-node-slice']);
    expect(codes({ ipFamily: 'ipv4', podSubnet: '10.0.0.0/7', serviceSubnet: '192.168.0.0/16' })).toEqual(['podSubnet:pod-subnet-too-many-node-slices']);
    expect(codes({ ipFamily: 'ipv6', podSubnet: 'fd00:10:244::/72', serviceSubnet: '' })).toEqual(['podSubnet:pod-subnet-narrower-than-node-slice']);
  });

  it('refuses a service network wider than /12 (IPv4) or /108 (IPv6)', () => {
    expect(codes({ ipFamily: 'ipv4', podSubnet: '', serviceSubnet: '172.16.0.0/11' })).toEqual(['serviceSubnet:service-subnet-too-large']);
    expect(codes({ ipFamily: 'ipv4', podSubnet: '', serviceSubnet: '172.16.0.0/12' })).toEqual([]);
    expect(codes({ ipFamily: 'ipv6', podSubnet: '', serviceSubnet: 'fd00:10:96::/100' })).toEqual(['serviceSubnet:service-subnet-too-large']);
  });

  it('never accepts overlapping pod and service networks (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 8, max: 24 }), fc.integer({ min: 0, max: 2 ** 32 - 1 }), fc.integer({ min: 12, max: 28 }), (p, pp, s, sp) => {
        const podSubnet = `${formatAddress('ipv4', BigInt(p))}/${pp}`;
        const serviceSubnet = `${formatAddress('ipv4', BigInt(s))}/${sp}`;
        const overlap = cidrsOverlap(parseCidr(podSubnet)!, parseCidr(serviceSubnet)!);
        expect(codes({ ipFamily: 'ipv4', podSubnet, serviceSubnet }).includes('serviceSubnet:subnets-overlap')).toBe(overlap);
      }),
    );
  });

  it('accepts every pod prefix from /8 to /24 and every service prefix from /12 to /32 when they do not overlap (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 24 }), fc.integer({ min: 12, max: 32 }), (podPrefix, servicePrefix) => {
        expect(codes({ ipFamily: 'ipv4', podSubnet: `10.0.0.0/${podPrefix}`, serviceSubnet: `172.16.0.0/${servicePrefix}` })).toEqual([]);
      }),
    );
  });
});
