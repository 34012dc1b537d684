import { describe, expect, it } from 'vitest';
import { fullPlanFixture } from '../../tests/fixtures/plans/full-plan';
import { createPlanTranslators, planToDocument } from './plan-document';
import { planPrintFrame } from './plan-print-frame';

async function frameFor(language: 'en' | 'zh-CN', plan = fullPlanFixture()) {
  return planPrintFrame(planToDocument(plan, { language, translatorFor: await createPlanTranslators(language) }));
}

describe('planPrintFrame', () => {
  it('heads every page with the title, status, version and date, the title escaped', async () => {
    const { headerTemplate } = await frameFor('en');
    expect(headerTemplate).toContain('Payments platform | 支付平台 &lt;Kubernetes&gt; rollout · In review · version 1.2 · March 15, 2026');
    expect(headerTemplate).toContain('lang="en"');
  });

  it('numbers every page in the document language, leaving the numbers to Chromium', async () => {
    expect((await frameFor('en')).footerTemplate).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
    expect((await frameFor('zh-CN')).footerTemplate).toContain('第<span class="pageNumber"></span>页，共<span class="totalPages"></span>页');
  });

  it('leaves the version out when the plan has none', async () => {
    const plan = fullPlanFixture();
    const { headerTemplate } = await frameFor('zh-CN', { ...plan, approval: { ...plan.approval, status: 'draft', version: ' ' } });
    expect(headerTemplate).toContain('rollout · 草稿 · 2026年3月15日');
    expect(headerTemplate).not.toContain('版本');
  });

  it('sets its own type size and fonts, since the page styles do not reach the templates', async () => {
    const { headerTemplate, footerTemplate } = await frameFor('en');
    for (const template of [headerTemplate, footerTemplate]) expect(template).toMatch(/font-size: 8pt;[^']*"WenQuanYi Micro Hei"/u);
  });
});
