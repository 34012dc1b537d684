import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fullPlanFixture } from '../../tests/fixtures/plans/full-plan';
import type { Language } from '../language';
import { createPlanTranslators, planToDocument } from './plan-document';
import { createEmptyPlan } from './plan-schema';
import { planToMarkdown } from './plan-to-markdown';


/**
 * Golden files: the Markdown export of the fixture plan, one per language. After an intended change
 * to the document, regenerate them and review the diff:
 *   UPDATE_GOLDEN=1 npx vitest run shared/plan/plan-to-markdown.test.ts
 */
const GOLDEN_DIR = join(import.meta.dirname, '__golden__');
const updateGolden = process.env['UPDATE_GOLDEN'] === '1';

async function markdownFor(language: Language, plan = fullPlanFixture()): Promise<string> {
  return planToMarkdown(planToDocument(plan, { language, translatorFor: await createPlanTranslators(language) }));
}

describe('planToMarkdown', () => {
  it.each([
    ['en', 'full-plan.en.md'],
    ['zh-CN', 'full-plan.zh-CN.md'],
  ] as const)('matches the golden file for the full plan in %s', async (language, file) => {
    const markdown = await markdownFor(language);
    const path = join(GOLDEN_DIR, file);
    if (updateGolden) await writeFile(path, markdown, 'utf8');
    expect(markdown).toBe(await readFile(path, 'utf8'));
  });

  it('escapes pipes and joins the lines of table cells, so a cell never splits the row', async () => {
    const markdown = await markdownFor('en');
    expect(markdown).toContain('| Two base images \\| need rebuilding. 见工单 OPS-12。 |');
  });

  it('keeps user text from becoming HTML when the Markdown is rendered', async () => {
    const markdown = await markdownFor('en');
    expect(markdown).not.toContain('<script>');
    expect(markdown).toContain('&lt;script>alert(1)&lt;/script>');
  });

  it('names chosen catalogue entries when a catalogue is given, and marks ids it does not know', async () => {
    const plan = fullPlanFixture();
    const document = planToDocument(plan, {
      language: 'en',
      translatorFor: await createPlanTranslators('en'),
      entryNames: new Map([['rancher', 'Rancher']]),
    });
    const markdown = planToMarkdown(document);
    expect(markdown).toContain('Chosen option: Rancher.');
    expect(markdown).toContain('4. retired-product-id (not in the catalogue)');
  });

  it('reads well for a plan whose feature sections are all still empty', async () => {
    const plan = createEmptyPlan({ id: 'empty', title: '', now: new Date('2026-01-01T00:00:00Z') });
    const markdown = await markdownFor('zh-CN', plan);
    expect(markdown).toMatch(/^# 未命名方案\n/u);
    expect(markdown).toContain('## 可用性目标与停机预算\n\n尚未决定：请在“SLA”页面完成这一部分。');
    expect(markdown).toContain('尚未记录任何风险。');
    expect(markdown).not.toMatch(/\{\{|undefined|document\./u);
  });
});
