import { describe, expect, it } from 'vitest';
import { type TopologyDraft, checkTopologyDraft, defaultTopologyDraft, draftFromSection } from './topology-input';
import { topologyPlanSectionSchema } from './topology-plan-section';

const withDraft = (changes: Partial<TopologyDraft>) => checkTopologyDraft({ ...defaultTopologyDraft(), ...changes });
const codes = (changes: Partial<TopologyDraft>) => withDraft(changes).issues.map((issue) => [issue.field, issue.code]);

describe('checkTopologyDraft', () => {
  it('turns the default draft into a valid plan section', () => {
    const { section, issues } = checkTopologyDraft(defaultTopologyDraft());
    expect(issues).toEqual([]);
    expect(section?.zones).toBe(3);
    expect(section?.targetUtilizationPercent).toBe(60);
    expect(section?.systemReserve.memoryGiB).toBeCloseTo(2.4, 10);
  });

  it('round-trips a section through the draft', () => {
    const { section } = checkTopologyDraft(defaultTopologyDraft());
    expect(checkTopologyDraft(draftFromSection(section!)).section).toEqual(section);
  });

  it('says a cluster needs at least one zone', () => {
    const result = withDraft({ zones: '0' });
    expect(result.section).toBeUndefined();
    expect(result.issues[0]).toMatchObject({ field: 'zones', code: 'no-zones', message: 'Zones: a cluster needs at least one zone.' });
  });

  it('names negative and fractional node counts', () => {
    expect(codes({ workerNodesPerZone: '-2' })).toEqual([['workerNodesPerZone', 'negative']]);
    expect(withDraft({ controlPlaneNodesPerZone: '1.5' }).issues[0]?.message).toBe(
      'Control-plane nodes per zone: 1.5 is not a whole number; nodes and zones come in whole units.',
    );
  });

  it('names empty and non-numeric fields, and accepts a decimal comma', () => {
    expect(codes({ nodeCpuCores: '' })).toEqual([['nodeCpuCores', 'required']]);
    expect(codes({ nodeMemoryGiB: 'lots' })).toEqual([['nodeMemoryGiB', 'not-a-number']]);
    expect(withDraft({ reserveCpuCores: '0,25' }).section?.systemReserve.cpuCores).toBe(0.25);
  });

  it('reads numbers as every number field does: full-width digits and a percent sign, but not hex or trailing junk', () => {
    expect(withDraft({ zones: '３' }).section?.zones).toBe(3);
    expect(withDraft({ targetUtilizationPercent: '70 %' }).section?.targetUtilizationPercent).toBe(70);
    expect(codes({ nodeCpuCores: '0x10' })).toEqual([['nodeCpuCores', 'not-a-number']]);
    expect(codes({ nodeMemoryGiB: '64GiB' })).toEqual([['nodeMemoryGiB', 'not-a-number']]);
  });

  it('reports shares that do not add up to 100 % with their total', () => {
    const result = withDraft({
      namespaces: [
        { name: 'a', loadSharePercent: '50' },
        { name: 'b', loadSharePercent: '30' },
      ],
    });
    expect(result.issues).toEqual([
      expect.objectContaining({ field: 'namespaces', code: 'shares-sum', params: { total: 80 } }),
    ]);
  });

  it('allows shares typed to two decimals (33.33 × 3)', () => {
    const thirds = ['a', 'b', 'c'].map((name) => ({ name, loadSharePercent: '33.33' }));
    expect(withDraft({ namespaces: thirds }).issues).toEqual([]);
  });

  it('rejects namespace names Kubernetes would reject, and duplicates', () => {
    expect(codes({ namespaces: [{ name: 'Team_A', loadSharePercent: '100' }] })).toEqual([['namespaces.0.name', 'namespace-name']]);
    expect(
      codes({
        namespaces: [
          { name: 'a', loadSharePercent: '50' },
          { name: 'a', loadSharePercent: '50' },
        ],
      }),
    ).toEqual([['namespaces.1.name', 'namespace-duplicate']]);
  });

  it('refuses a reserve that swallows the node, a target outside 1–100 and a bad pod CIDR', () => {
    expect(codes({ reserveMemoryGiB: '16' })).toEqual([['reserveMemoryGiB', 'reserve-exceeds-node']]);
    expect(codes({ targetUtilizationPercent: '120' })).toEqual([['targetUtilizationPercent', 'utilization-range']]);
    expect(codes({ podCidr: '10.244.0.0/33' })).toEqual([['podCidr', 'pod-cidr']]);
    expect(withDraft({ podCidr: '10.244.0.0/16' }).section?.podCidr).toBe('10.244.0.0/16');
  });

  it('reports every problem at once', () => {
    expect(codes({ zones: '-1', workerNodesPerZone: '0', nodeCpuCores: 'x' })).toEqual([
      ['zones', 'negative'],
      ['workerNodesPerZone', 'no-workers'],
      ['nodeCpuCores', 'not-a-number'],
    ]);
  });

  it('checks replicated workloads against the namespace list', () => {
    expect(codes({ replicatedWorkloads: [{ namespace: 'elsewhere', name: 'web', replicas: '3' }] })).toEqual([
      ['replicatedWorkloads.0.namespace', 'workload-namespace'],
    ]);
  });
});

describe('topologyPlanSectionSchema', () => {
  it('rejects a stored section whose shares do not add up, so a hand-edited plan cannot skew quotas', () => {
    const { section } = checkTopologyDraft(defaultTopologyDraft());
    const broken = { ...section, namespaces: [{ name: 'a', loadSharePercent: 40 }] };
    expect(topologyPlanSectionSchema.safeParse(broken).error?.issues[0]?.message).toContain('add up to 100 %');
  });
});
