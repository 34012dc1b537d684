import { describe, expect, it } from 'vitest';
import { fullPlanFixture } from '../../tests/fixtures/plans/full-plan';
import { createI18n } from '../i18n/create-i18n';
import type { DocumentBlock } from '../plan/document-model';
import { sdnSectionToDocument, storageSectionToDocument } from './choice-plan-document';

const plan = fullPlanFixture();
const text = (blocks: DocumentBlock[]) => JSON.stringify(blocks);

describe('the SDN and storage sections of an exported plan', () => {
  it('names the chosen option, its requirements and the workloads’ needs in English', async () => {
    const i18n = await createI18n('en');
    const t = i18n.getFixedT('en', 'choices');
    const sdn = text(sdnSectionToDocument(plan.sdn!, { t, language: 'en' }));
    expect(sdn).toContain('Calico');
    expect(sdn).toContain('Network policies are required between tenants.');
    const storage = text(storageSectionToDocument(plan.storage!, { t, language: 'en' }));
    expect(storage).toContain('stateful databases');
  });

  it('leaves out requirement and workload ids an older or newer plan names but this version does not know', async () => {
    const i18n = await createI18n('zh-CN');
    const t = i18n.getFixedT('zh-CN', 'choices');
    const sdn = sdnSectionToDocument(
      { ...plan.sdn!, requirements: { 'tenant-isolation': true, 'quantum-safe': true } },
      { t, language: 'zh-CN' },
    );
    const storage = storageSectionToDocument(
      { ...plan.storage!, needs: { ...plan.storage!.needs, 'ml-training-data': 'object' } },
      { t, language: 'zh-CN' },
    );
    for (const output of [text(sdn), text(storage)]) {
      expect(output).not.toMatch(/quantum-safe|ml-training-data|sdn\.requirements|storage\.workloads/);
    }
    expect(text(storage)).toContain('有状态数据库');
  });
});
