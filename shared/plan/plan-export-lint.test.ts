import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fullPlanFixture } from '../../tests/fixtures/plans/full-plan';
import type { Language } from '../language';
import { createPlanTranslators, planToDocument } from './plan-document';
import { planToHtml } from './plan-to-html';
import { createEmptyPlan } from './plan-schema';
import { planToMarkdown } from './plan-to-markdown';

/**
 * The fixture plan's Markdown and HTML, in both languages, checked by the tools their readers use:
 * markdownlint (the committed .markdownlint-cli2.jsonc turns off line length, nothing else) and
 * html-validate (the committed .htmlvalidate.json: its recommended rules).
 */
const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', '.bin');
const run = promisify(execFile);
const scratch = await mkdtemp(join(tmpdir(), 'kube-planner-lint-test-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

const LANGUAGES: Language[] = ['en', 'zh-CN'];

async function exportsFor(language: Language) {
  const document = planToDocument(fullPlanFixture(), { language, translatorFor: await createPlanTranslators(language) });
  return { markdown: planToMarkdown(document), html: planToHtml(document) };
}

/** Runs a linter; its report is the failure message, so a failing test says what to fix. */
async function lint(command: string, args: string[]): Promise<string> {
  try {
    await run(join(BIN, command), args, { cwd: ROOT });
    return '';
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    return `${stdout ?? ''}${stderr ?? ''}` || String(error);
  }
}

describe('a new plan, with nothing decided yet', () => {
  it('passes markdownlint and html-validate too', async () => {
    const plan = createEmptyPlan({ id: 'empty', title: '', now: new Date('2026-01-01T00:00:00Z') });
    const document = planToDocument(plan, { language: 'zh-CN', translatorFor: await createPlanTranslators('zh-CN') });
    const [markdownPath, htmlPath] = [join(scratch, 'empty.md'), join(scratch, 'empty.html')];
    await writeFile(markdownPath, planToMarkdown(document), 'utf8');
    await writeFile(htmlPath, planToHtml(document), 'utf8');
    expect(await lint('markdownlint-cli2', [markdownPath])).toBe('');
    expect(await lint('html-validate', ['--config', join(ROOT, '.htmlvalidate.json'), htmlPath])).toBe('');
  }, 30_000);
});

describe.each(LANGUAGES)('the fixture plan exported in %s', (language) => {
  it('passes markdownlint', async () => {
    const path = join(scratch, `plan.${language}.md`);
    await writeFile(path, (await exportsFor(language)).markdown, 'utf8');
    expect(await lint('markdownlint-cli2', [path])).toBe('');
  }, 30_000);

  it('passes html-validate', async () => {
    const path = join(scratch, `plan.${language}.html`);
    await writeFile(path, (await exportsFor(language)).html, 'utf8');
    expect(await lint('html-validate', ['--config', join(ROOT, '.htmlvalidate.json'), path])).toBe('');
  }, 30_000);

  it('never repeats a label and never skips a heading level', async () => {
    const { markdown, html } = await exportsFor(language);
    for (const doubled of ['Source: Source:', '来源：来源：', 'Source</strong>Source', '来源：</strong>来源']) {
      expect(markdown).not.toContain(doubled);
      expect(html).not.toContain(doubled);
    }
    expect(markdown).not.toMatch(/\*\*(?:Source|来源)\*\*(?::|：)\s*(?:Source|来源)/u);
    const levels = [...html.matchAll(/<h([1-6])>/gu)].map((match) => Number(match[1]));
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1));
  });

  it('makes source addresses links', async () => {
    const { markdown, html } = await exportsFor(language);
    const url = 'https://docs.tigera.io/calico/latest/network-policy/';
    expect(markdown).toContain(`<${url}>`);
    expect(html).toContain(`<a href="${url}">${url}</a>`);
  });
});
