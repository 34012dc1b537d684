import fc from 'fast-check';
import { Marked } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeMarkdownLine } from './markdown-escape';
import { type TranslatorFor, createPlanTranslators, planToDocument } from './plan-document';
import { createEmptyPlan, planSchema } from './plan-schema';
import { planToMarkdown } from './plan-to-markdown';

/** GitHub-flavoured Markdown, as a wiki or a pull request would render the export. */
const markdownRenderer = new Marked({ gfm: true });
const render = (markdown: string) => markdownRenderer.parse(markdown, { async: false });

/** Bits of text that are Markdown syntax, or that would be if left unescaped. */
const SYNTAX_PIECES = [
  ...'#*_`[]()!<>|-+=.:/@&;~\\ \t1aZ中',
  '[x](javascript:alert(1))',
  '![i](https://evil.example/i.png)',
  '<img src=x onerror=alert(1)>',
  '<javascript:alert(1)>',
  'javascript:alert(1)',
  '# ',
  '1. ',
  '---',
  '| a | b |',
  '```',
  'someone@example.com',
  '&lt;',
  '&#60;',
  '\n',
];
const hostileText = fc.array(fc.constantFrom(...SYNTAX_PIECES), { maxLength: 12 }).map((pieces) => pieces.join(''));

/** The same text with every visible character replaced by "x": what the plan's layout alone renders to. */
const plainTwin = (text: string) => text.replace(/[^\s]/gu, 'x');

/** The tags of the rendered HTML in order, with links to http(s) addresses (GFM autolinks) set aside. */
function tagSequence(html: string): string[] {
  return [...html.matchAll(/<\/?([a-z0-9]+)([^>]*)>/giu)]
    .filter(([, name, attributes]) => !(name === 'a' && /^\s+href="https?:\/\//u.test(attributes ?? '')))
    .filter(([tag]) => tag !== '</a>')
    .map(([, name]) => name!.toLowerCase());
}

let translatorFor: TranslatorFor;
beforeAll(async () => {
  translatorFor = await createPlanTranslators('en');
});

function planMarkdown(text: string): string {
  const plan = planSchema.parse({
    ...createEmptyPlan({ id: 'p', title: text.replace(/\n/gu, ' '), now: new Date(Date.UTC(2026, 0, 1)) }),
    team: text,
    context: text,
    goals: [text],
    risks: [{ id: 'r1', description: text, mitigation: text, owner: text }],
    decisionLog: [{ id: 'd1', date: '2026-01-01', decision: text, by: text }],
    audit: {},
  });
  return planToMarkdown(planToDocument(plan, { language: 'en', translatorFor }));
}

describe('user text in the Markdown export is inert', () => {
  it('renders to the same structure as plain letters would: no link, image, heading, list, table, quote, code or HTML of its own', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const html = render(planMarkdown(text));
        expect(tagSequence(html)).toEqual(tagSequence(render(planMarkdown(plainTwin(text)))));
        for (const [, href] of html.matchAll(/href="([^"]*)"/gu)) expect(href).toMatch(/^(https?:\/\/|#)/u);
        expect(html).not.toMatch(/<img|<script/u);
      }),
      { numRuns: 200, seed: 42 },
    );
  }, 60_000);

  it('shows the text as it was typed, one line of it', () => {
    fc.assert(
      fc.property(
        hostileText.map((text) => text.replace(/\n/gu, ' ').trim()),
        (text) => {
          const html = render(escapeMarkdownLine(text)).trim();
          // GFM autolinks an http(s) address up to the next space, escapes and all: a link, but to an http(s) page.
          if (html.includes('<a href="http')) return;
          const shown = html
            .replace(/^<p>|<\/p>$/gu, '')
            .replace(/&lt;/gu, '<')
            .replace(/&gt;/gu, '>')
            .replace(/&quot;/gu, '"')
            .replace(/&#39;/gu, "'")
            .replace(/&amp;/gu, '&')
            .replace(/\s+/gu, ' ');
          expect(shown).toBe(text.replace(/\s+/gu, ' '));
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });

  it('turns the report’s examples into text', () => {
    const html = render(planMarkdown('[click](javascript:alert(1)) ![x](https://evil.example/x.png)\n# Heading\n| a | b |\n|---|---|'));
    expect(html).not.toMatch(/<a href="javascript|<img|<h[1-6][^>]*>Heading|<td>a<\/td>/u);
    expect(html).toContain('[click](javascript:alert(1))');
  });
});
