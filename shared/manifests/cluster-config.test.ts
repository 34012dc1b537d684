import { describe, expect, it } from 'vitest';
import { kindClusterSchema, kubeadmVersion } from './cluster-config';

/**
 * kind's own validation (`Cluster.Validate` and `Node.Validate` in sigs.k8s.io/kind
 * pkg/internal/apis/config/validate.go), case by case, against the schema the export checks with.
 */
const valid = { kind: 'Cluster', apiVersion: 'kind.x-k8s.io/v1alpha4', nodes: [{ role: 'control-plane' }] };
const problems = (config: Record<string, unknown>) => {
  const result = kindClusterSchema.safeParse(config);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('kind’s Cluster.Validate, ported', () => {
  it('accepts the minimal config and kind’s defaults for each IP family', () => {
    expect(problems(valid)).toEqual([]);
    expect(problems({ ...valid, networking: { ipFamily: 'ipv6', podSubnet: 'fd00:10:244::/56', serviceSubnet: 'fd00:10:96::/112' } })).toEqual([]);
    expect(problems({ ...valid, networking: { ipFamily: 'dual', podSubnet: '10.244.0.0/16,fd00:10:244::/56', serviceSubnet: '10.96.0.0/16,fd00:10:96::/112' } })).toEqual([]);
  });

  it('refuses a name outside ^[a-z0-9.-]+$', () => {
    expect(problems({ ...valid, name: 'Trial_Cluster' })).toEqual(["name: 'Trial_Cluster' is not a valid cluster name, cluster names must match `^[a-z0-9.-]+$`"]);
  });

  it('needs at least one control-plane node', () => {
    expect(problems({ ...valid, nodes: [{ role: 'worker' }] })).toEqual(['nodes: must have at least one control-plane node']);
  });

  it('refuses a node role other than control-plane or worker, an unknown ipFamily and an unknown kubeProxyMode', () => {
    expect(problems({ ...valid, nodes: [{ role: 'control-plane' }, { role: 'master' }] })).toHaveLength(1);
    expect(problems({ ...valid, networking: { ipFamily: 'ipv5' } })).toHaveLength(1);
    expect(problems({ ...valid, networking: { kubeProxyMode: 'userspace' } })).toHaveLength(1);
  });

  it('refuses an API server port outside -1..65535 (0 and -1 pick one at random)', () => {
    expect(problems({ ...valid, networking: { apiServerPort: 70_000 } })).toEqual(['networking.apiServerPort: invalid apiServerPort: invalid port number: 70000']);
    expect(problems({ ...valid, networking: { apiServerPort: -1 } })).toEqual([]);
    expect(problems({ ...valid, networking: { apiServerPort: 6443 } })).toEqual([]);
  });

  it('refuses a subnet that does not parse, or is of the wrong family, or two for a single stack', () => {
    expect(problems({ ...valid, networking: { podSubnet: 'aa' } })).toHaveLength(1);
    expect(problems({ ...valid, networking: { ipFamily: 'ipv6', podSubnet: '10.244.0.0/16', serviceSubnet: 'fd00:10:96::/112' } })).toEqual([
      'networking.podSubnet: The pod subnet "10.244.0.0/16" is IPv4, but the cluster is IPv6.',
    ]);
    expect(problems({ ...valid, networking: { serviceSubnet: '10.96.0.0/16,fd00:10:96::/112' } })).toHaveLength(1);
    expect(problems({ ...valid, networking: { ipFamily: 'dual', podSubnet: '10.244.0.0/16,10.245.0.0/16' } })).toHaveLength(1);
  });

  it('refuses a misspelt field, which kind would fail on', () => {
    expect(problems({ ...valid, networking: { disableDefaultCni: true } })[0]).toContain('disableDefaultCni');
  });
});

describe('kubeadmVersion', () => {
  it('keeps a full version and writes a minor alone as kubeadm’s stable label', () => {
    expect(kubeadmVersion('v1.35.2')).toBe('v1.35.2');
    expect(kubeadmVersion('1.35')).toBe('stable-1.35');
    expect(kubeadmVersion('')).toBeUndefined();
  });
});
