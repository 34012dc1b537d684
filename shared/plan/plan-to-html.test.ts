import { describe, expect, it } from 'vitest';
import { fullPlanFixture } from '../../tests/fixtures/plans/full-plan';
import type { Language } from '../language';
import { createPlanTranslators, planToDocument } from './plan-document';
import { createEmptyPlan } from './plan-schema';
import { escapeHtml, planToHtml } from './plan-to-html';


async function htmlFor(language: Language, plan = fullPlanFixture()): Promise<string> {
  return planToHtml(planToDocument(plan, { language, translatorFor: await createPlanTranslators(language) }));
}

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
});

describe('planToHtml', () => {
  it('escapes every piece of user text: no tag from the plan reaches the document', async () => {
    const html = await htmlFor('en');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<Kubernetes>');
    expect(html).toContain('Keep &lt;script&gt;alert(1)&lt;/script&gt; out of every report');
    expect(html).toContain('<title>Payments platform | 支付平台 &lt;Kubernetes&gt; rollout</title>');
    expect(html).toContain('Platform &amp; SRE (平台组)');
  });

  it('is self-contained: inline styles, no scripts, no external resources', async () => {
    const html = await htmlFor('zh-CN');
    expect(html).toMatch(/<style>[\s\S]+<\/style>/u);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/iu);
    expect(html).not.toMatch(/src=/u);
    // Links are the contents' anchors and the web addresses of sources, which load nothing when printed.
    expect([...html.matchAll(/href="([^"]*)"/gu)].map((match) => match[1]).filter((href) => !/^(?:#|https:\/\/)/u.test(href!))).toEqual([]);
    // Its own policy forbids scripts even if a viewer opened it with one injected.
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });

  it('names CJK and Latin fonts, printing CJK from a TrueType face first', async () => {
    const html = await htmlFor('en');
    for (const font of ['"Noto Sans CJK SC"', '"PingFang SC"', '"Microsoft YaHei"', 'Arial']) expect(html).toContain(font);
    expect(html).toMatch(/@media print \{\n {2}html \{ font-family: [^;]*"Kube Planner Print CJK", "WenQuanYi Micro Hei"/u);
  });

  it('lets sections flow from page to page: no section forces a page break', async () => {
    const html = await htmlFor('en');
    expect(html).toContain('<table class="signatures"><thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Signature</th>');
    expect(html).toMatch(/table\.signatures td \{ height: 3\.2em;/u);
    expect(html).not.toMatch(/break-before: page|page-break-before/u);
    expect(html.match(/<section id="[a-zA-Z]+">/gu)).toHaveLength(18);
  });

  it('is written in the requested language, with lang set for the fonts and screen readers', async () => {
    const zh = await htmlFor('zh-CN');
    expect(zh).toContain('<html lang="zh-CN">');
    expect(zh).toContain('<h2>发行版决策</h2>');
    const en = await htmlFor('en');
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('<h2>Distribution decision</h2>');
  });

  it('keeps line breaks of table cells and paragraphs through CSS, not through markup from the plan', async () => {
    const html = await htmlFor('en');
    expect(html).toContain('<td>Two base images | need rebuilding.\n见工单 OPS-12。</td>');
  });

  it('renders a plan with nothing decided yet', async () => {
    const html = await htmlFor('en', createEmptyPlan({ id: 'empty', title: '', now: new Date('2026-01-01T00:00:00Z') }));
    expect(html).toContain('<h1>Untitled plan</h1>');
    expect(html).toContain('Not decided yet: the SLA page fills this section in.');
  });
});
