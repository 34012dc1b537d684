import { describe, expect, it } from 'vitest';
import { createPlanTranslators } from '../plan/plan-document';
import type { DocumentBlock } from '../plan/document-model';
import { clusterSectionToDocument } from './cluster-plan-document';
import { clusterPlanSectionSchema, defaultClusterPlanSection, pinnedKubernetesVersion } from './cluster-plan-section';

const text = (blocks: DocumentBlock[]) => JSON.stringify(blocks);

describe('the cluster plan section', () => {
  it('has a default for every field, so a plan saved before it opens with it filled in', () => {
    expect(defaultClusterPlanSection()).toEqual({
      kubernetesVersion: '',
      upgradeCadence: 'every-minor',
      kubeletSkew: 1,
      ipFamily: 'ipv4',
      podSubnet: '',
      serviceSubnet: '',
    });
    expect(clusterPlanSectionSchema.safeParse({ kubeletSkew: 4 }).success).toBe(false);
  });

  it('reads a pinned version as v1.35 or v1.35.2 and anything else as not pinned', () => {
    expect(pinnedKubernetesVersion('1.35')).toBe('v1.35');
    expect(pinnedKubernetesVersion(' v1.35.2 ')).toBe('v1.35.2');
    expect(pinnedKubernetesVersion('v1.')).toBeUndefined();
    expect(pinnedKubernetesVersion('latest')).toBeUndefined();
  });
});

describe('clusterSectionToDocument', () => {
  it('writes the version, cadence, skew and networks in English, marking kind’s defaults', async () => {
    const t = (await createPlanTranslators('en'))('cluster');
    const section = { ...defaultClusterPlanSection(), kubernetesVersion: 'v1.35', kubeletSkew: 2, upgradeCadence: 'every-second-minor' as const };
    const blocks = text(clusterSectionToDocument('10.1.0.0/16')(section, { t, language: 'en' }));
    expect(blocks).toContain('Kubernetes v1.35.');
    expect(blocks).toContain('Upgrade cadence: Every second minor release.');
    expect(blocks).toContain('up to 2 minor versions');
    expect(blocks).toContain('10.1.0.0/16');
    expect(blocks).toContain('10.96.0.0/16 (kind’s default)');
  });

  it('writes the same in Chinese, and warns about networks kind would refuse', async () => {
    const t = (await createPlanTranslators('zh-CN'))('cluster');
    const section = { ...defaultClusterPlanSection(), ipFamily: 'dual' as const };
    const blocks = clusterSectionToDocument('10.96.0.0/12')(section, { t, language: 'zh-CN' });
    expect(text(blocks)).toContain('双栈（IPv4 和 IPv6）');
    expect(text(blocks)).toContain('尚未固定版本。');
    const warnings = blocks.filter((block) => block.kind === 'note' && block.tone === 'warning');
    expect(warnings.map((block) => (block as { text: string }).text)).toEqual(['Pod 网段 10.96.0.0/12 与 Service 网段 10.96.0.0/16 重叠：Service 地址可能同时是某个 Pod 的地址。']);
  });
});
