import { describe, expect, it } from 'vitest';
import { seedDocument } from '../../tests/support/shared-reference';
import { auditItems, auditItemsFileSchema, observabilityGroups, observabilityOptions } from './plan-checklists';

describe('production-readiness audit items', () => {
  it('cover the seed’s routine-audit list (例行审计), one item per listed flag plus the master-replication note', () => {
    // The seed's list: vulnerabilities, privileged mode, ownerless containers, image size, single
    // replicas, unapproved registries, invalid (wildcard) ingress; then the note on replicated masters.
    expect(auditItems.map((item) => item.id)).toEqual([
      'vulnerable-images',
      'privileged-containers',
      'ownerless-containers',
      'oversized-images',
      'single-replicas',
      'unapproved-registries',
      'wildcard-ingress',
      'replicated-control-plane',
    ]);
  });

  it.skipIf(!seedDocument.available)(`are the flags the seed’s audit list names, word for word${seedDocument.skipNote}`, () => {
    const seed = seedDocument.read();
    for (const flag of ['容器的安全漏洞', '在特权模式下运行的容器', '无主容器', '镜像尺寸', '单个复制品', '未经批准的容器资源库', '无效的入口']) {
      expect(seed).toContain(flag);
    }
  });

  it('name their source in the seed and are written in both languages', () => {
    for (const item of auditItems) {
      expect(item.source.en).toMatch(/Seed/);
      expect(item.source.zh).toMatch(/原书/);
      expect(item.label.zh).toMatch(/\p{Script=Han}/u);
      expect(item.label.en).not.toMatch(/\p{Script=Han}/u);
    }
  });

  it('refuse a data file with a repeated id', () => {
    const [first] = auditItems;
    expect(auditItemsFileSchema.safeParse({ items: [first, first] }).success).toBe(false);
  });
});

describe('observability options', () => {
  it('offer every group, each option from the seed’s monitoring or logging chapter', () => {
    expect(new Set(observabilityOptions.map((option) => option.group))).toEqual(new Set(observabilityGroups));
    for (const option of observabilityOptions) {
      expect(option.source.en).toMatch(/^Seed, (monitoring|logging) chapter/);
      expect(option.source.zh).toMatch(/^原书，(监控|日志)一章/);
    }
  });

  it.skipIf(!seedDocument.available)(`list the monitoring tools the seed names${seedDocument.skipNote}`, () => {
    const seed = seedDocument.read();
    const tools = observabilityOptions.filter((option) => option.group === 'monitoring-tool').map((option) => option.label.en);
    for (const tool of tools) expect(seed).toContain(tool);
  });
});
