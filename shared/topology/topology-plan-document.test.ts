import { describe, expect, it } from 'vitest';
import { createI18n } from '../i18n/create-i18n';
import type { DocumentBlock } from '../plan/document-model';
import { describeTopologyIssue } from './describe-topology';
import { checkTopologyDraft, defaultTopologyDraft, type TopologyDraft } from './topology-input';
import { topologySectionToDocument } from './topology-plan-document';

async function documentFor(language: 'en' | 'zh-CN', changes: Partial<TopologyDraft> = {}) {
  const i18n = await createI18n(language);
  const { section } = checkTopologyDraft({ ...defaultTopologyDraft(), ...changes });
  return topologySectionToDocument(section!, { t: i18n.getFixedT(language, 'topology'), language });
}

const text = (blocks: DocumentBlock[]) => JSON.stringify(blocks);
const tables = (blocks: DocumentBlock[]) => blocks.filter((block) => block.kind === 'table');

describe('topologySectionToDocument', () => {
  it('explains the quorum, the zone failure survived and the N+1 verdict for three zones', async () => {
    const blocks = await documentFor('en');
    const all = text(blocks);
    expect(all).toContain('With 3 members, etcd needs 2 of them to agree, so it keeps working with 1 down.');
    expect(all).toContain('Survives the loss of a zone: 2 members left');
    expect(all).toContain('Holds: with one zone down');
    expect(blocks.some((block) => block.kind === 'heading' && block.text === 'N+1')).toBe(true);
  });

  it('lists capacity with the 60/40 split and the quota per namespace', async () => {
    const [capacity, quotas] = tables(await documentFor('en'));
    // 6 workers × 8 cores = 48; reserve 6 × 0.5 = 3; allocatable 45; 60 % of it = 27.
    expect(capacity?.kind === 'table' && capacity.rows.map((row) => row[1])).toEqual(['48', '3', '45', '27', '18']);
    expect(quotas?.kind === 'table' && quotas.rows[0]).toEqual(['namespace-a', '50 %', '13500m', '25067Mi', '27', '50134Mi']);
  });

  it('says when two zones cannot carry the load and their two members survive nothing (the seed’s two-zone advice)', async () => {
    const all = text(await documentFor('en', { zones: '2' }));
    expect(all).toContain('Does not hold: with one zone down');
    expect(all).toContain('two etcd members, which survive no failure at all');
    expect(all).toContain('2 is an even count: it survives no more failures than 1 member would');
    // One member per zone: a count of one reads in the singular.
    expect(all).toContain('the fullest zone takes 1 member with it');
    expect(all).toContain('2 zones, each with 1 control-plane node and');
    expect(all).toContain('With 2 members, etcd needs all 2 of them to agree, so it cannot lose a single one.');
  });

  it('warns, with the reason, about more than 7 etcd members and about an even count', async () => {
    const nine = text(await documentFor('en', { controlPlaneNodesPerZone: '3' }));
    expect(nine).toContain('9 members is more than the 7 etcd recommends at most');
    expect(nine).not.toContain('is an even count');
    const eight = text(await documentFor('en', { zones: '4', controlPlaneNodesPerZone: '2' }));
    expect(eight).toContain('8 members is more than the 7 etcd recommends');
    expect(eight).toContain('8 is an even count: it survives no more failures than 7 members would');
    const seven = text(await documentFor('zh-CN', { zones: '7', controlPlaneNodesPerZone: '1' }));
    expect(seven).not.toContain('建议的上限');
    const nineZh = text(await documentFor('zh-CN', { controlPlaneNodesPerZone: '3' }));
    expect(nineZh).toContain('9 个成员超过了 etcd 建议的上限 7 个');
  });

  it('writes Chinese with numbers formatted for zh-CN', async () => {
    const all = text(await documentFor('zh-CN', { workerNodesPerZone: '400' }));
    expect(all).toContain('3 个成员时，etcd 需要其中 2 个达成一致');
    expect(all).toContain('9,600');
    expect(all).not.toMatch(/quorum\.|nPlusOne\.|capacity\./);
  });
});

describe('describeTopologyIssue', () => {
  it('translates issues with the field’s label in the UI language', async () => {
    const i18n = await createI18n('zh-CN');
    const t = i18n.getFixedT('zh-CN', 'topology');
    const { issues } = checkTopologyDraft({
      ...defaultTopologyDraft(),
      zones: '1.5',
      namespaces: [{ name: 'web', loadSharePercent: '-1' }],
    });
    expect(issues.map((issue) => describeTopologyIssue(issue, t))).toEqual([
      '可用区数：1.5 不是整数，节点和可用区只能按整数计。',
      'web 的负载比例（%）：-1 是负数，请填 0 或更大的数。',
    ]);
  });
});
