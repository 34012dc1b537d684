import { execFile } from 'node:child_process';
import { access, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fullPlanFixture } from '../../tests/fixtures/plans/full-plan';
import { createPlanTranslators, planToDocument } from '../../shared/plan/plan-document';
import { planPrintFrame } from '../../shared/plan/plan-print-frame';
import { planToHtml } from '../../shared/plan/plan-to-html';
import { createChromiumPdfPrinter, isChromiumAvailable, renderPdfWithChromium } from './chromium-pdf';


const PDFTOTEXT = '/usr/bin/pdftotext';
const PDFINFO = '/usr/bin/pdfinfo';
const PDFFONTS = '/usr/bin/pdffonts';
/** poppler's pdftohtml writes a PDF's outline (its bookmarks) as <outline><item> in its XML. */
const PDFTOHTML = '/usr/bin/pdftohtml';
const WQY_MICROHEI = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );
const hasChromium = await isChromiumAvailable();
const hasPdftotext = await access(PDFTOTEXT).then(
  () => true,
  () => false,
);
const skipReason = !hasChromium ? 'needs /usr/bin/chromium' : !hasPdftotext ? 'needs /usr/bin/pdftotext (poppler-utils)' : '';
const scratch = await mkdtemp(join(tmpdir(), 'kube-planner-pdf-test-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** The printers' private folders (this test's own scratch folder aside). */
async function pdfFolders(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((name) => name.startsWith('kube-planner-pdf-') && !name.startsWith('kube-planner-pdf-test-'));
}

/** The PDF's text as pdftotext reads it: what a search or a screen reader finds in the file. */
async function pdfText(pdf: Uint8Array): Promise<string> {
  const path = join(scratch, `${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(path, pdf);
  const { stdout } = await promisify(execFile)(PDFTOTEXT, ['-enc', 'UTF-8', path, '-']);
  return stdout;
}

describe.skipIf(skipReason !== '')(`renderPdfWithChromium ${skipReason && `(skipped: ${skipReason})`}`, () => {
  it.each([
    ['en', ['Distribution decision', 'Production-readiness audit', 'Decision log', 'Payments platform']],
    ['zh-CN', ['发行版决策', '生产就绪审计', '决策记录', '支付平台']],
  ] as const)('prints the full plan in %s with its headings findable in the PDF text', async (language, headings) => {
    const html = planToHtml(planToDocument(fullPlanFixture(), { language, translatorFor: await createPlanTranslators(language) }));
    const pdf = await renderPdfWithChromium(html);
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    const text = await pdfText(pdf);
    for (const heading of headings) expect(text).toContain(heading);
  }, 60_000);

  it('leaves no temporary folder behind', async () => {
    const before = await pdfFolders();
    await renderPdfWithChromium('<!doctype html><p>x</p>');
    expect((await pdfFolders()).filter((name) => !before.includes(name))).toEqual([]);
  }, 60_000);
});

describe('renderPdfWithChromium without Chromium', () => {
  it('says where it looked and how to install it', async () => {
    await expect(renderPdfWithChromium('<p>x</p>', undefined, { chromiumPath: '/nonexistent/chromium' })).rejects.toThrow(
      'Chromium was not found at /nonexistent/chromium',
    );
  });
});

describe.skipIf(skipReason !== '')(`createChromiumPdfPrinter ${skipReason && `(skipped: ${skipReason})`}`, () => {
  it('prints one plan after another with the same browser, each in its own language', async () => {
    const printer = createChromiumPdfPrinter();
    try {
      for (const [language, heading] of [
        ['en', 'Distribution decision'],
        ['zh-CN', '发行版决策'],
        ['en', 'Decision log'],
      ] as const) {
        const html = planToHtml(planToDocument(fullPlanFixture(), { language, translatorFor: await createPlanTranslators(language) }));
        expect(await pdfText(await printer.renderPdf(html))).toContain(heading);
      }
    } finally {
      await printer.close();
    }
  }, 90_000);

  it('fails with a clear message when a print takes too long, and prints again afterwards', async () => {
    const printer = createChromiumPdfPrinter({ timeoutMs: 1 });
    try {
      await expect(printer.renderPdf('<p>x</p>')).rejects.toThrow('Chromium did not finish within 0.001 s.');
    } finally {
      await printer.close();
    }
    const patient = createChromiumPdfPrinter();
    try {
      expect(await pdfText(await patient.renderPdf('<!doctype html><p>after</p>'))).toContain('after');
    } finally {
      await patient.close();
    }
  }, 90_000);

  it('removes its temporary folder when closed', async () => {
    const before = await pdfFolders();
    const printer = createChromiumPdfPrinter();
    await printer.renderPdf('<p>x</p>');
    await printer.close();
    expect((await pdfFolders()).filter((name) => !before.includes(name))).toEqual([]);
  }, 60_000);
});

const run = promisify(execFile);
const popplerTools = [PDFINFO, PDFFONTS, PDFTOHTML];
const missingTool = (await Promise.all(popplerTools.map(async (tool) => ((await exists(tool)) ? '' : tool)))).find((tool) => tool !== '');
const planPdfSkipReason = skipReason || (missingTool ? `needs ${missingTool} (poppler-utils)` : '');
const hasTrueTypeCjkFont = await exists(WQY_MICROHEI);

describe.skipIf(planPdfSkipReason !== '')(`the fixture plan's PDF ${planPdfSkipReason && `(skipped: ${planPdfSkipReason})`}`, () => {
  const printed = new Map<string, Promise<string>>();
  /** Prints the fixture once per language, into a file the poppler tools read. */
  const printedPlan = (language: 'en' | 'zh-CN') => {
    let path = printed.get(language);
    if (path === undefined) {
      path = (async () => {
        const document = planToDocument(fullPlanFixture(), { language, translatorFor: await createPlanTranslators(language) });
        const file = join(scratch, `plan.${language}.pdf`);
        await writeFile(file, await renderPdfWithChromium(planToHtml(document), planPrintFrame(document)));
        return file;
      })();
      printed.set(language, path);
    }
    return path;
  };
  const pageCount = async (file: string) => Number(/^Pages:\s+(\d+)$/mu.exec((await run(PDFINFO, [file])).stdout)?.[1]);

  it.each([
    ['en', 'Page 1 of', 'In review · version 1.2 · March 15, 2026'],
    ['zh-CN', '第1页，共', '评审中 · 版本 1.2 · 2026年3月15日'],
  ] as const)('prints the plan in %s in at most 8 pages, each numbered under a running header', async (language, firstPage, header) => {
    const file = await printedPlan(language);
    const pages = await pageCount(file);
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(8);
    const text = (await run(PDFTOTEXT, ['-enc', 'UTF-8', file, '-'])).stdout;
    const pagesOfText = text.split('\f').filter((page) => page.trim() !== '');
    expect(pagesOfText).toHaveLength(pages);
    pagesOfText.forEach((page, index) => {
      expect(page).toContain(header);
      expect(page).toContain(firstPage.replace('1', String(index + 1)));
    });
    expect(text).toContain(language === 'en' ? `Page ${pages} of ${pages}` : `第${pages}页，共${pages}页`);
    expect(text).not.toMatch(/Source:\s*Source:|来源：\s*来源：/u);
  }, 60_000);

  it.each(['en', 'zh-CN'] as const)('in %s, is tagged, has bookmarks for its headings and says its language', async (language) => {
    const file = await printedPlan(language);
    expect((await run(PDFINFO, [file])).stdout).toMatch(/^Tagged:\s+yes$/mu);
    const outline = (await run(PDFTOHTML, ['-xml', '-i', '-q', '-stdout', file])).stdout;
    const bookmarks = [...outline.matchAll(/<item page="\d+">([^<]+)<\/item>/gu)].map((match) => match[1]);
    expect(bookmarks).toContain(language === 'en' ? 'Distribution decision' : '发行版决策');
    expect(bookmarks).toContain(language === 'en' ? 'Sign-off' : '签署');
    // The document catalogue's /Lang, which pdfinfo does not print; Chromium writes it unencoded.
    expect((await readFile(file)).toString('latin1')).toContain(`/Lang (${language})`);
  }, 60_000);

  it.skipIf(!hasTrueTypeCjkFont)(
    `embeds the Chinese text as a real font, never as Type 3 glyphs ${hasTrueTypeCjkFont ? '' : '(skipped: needs fonts-wqy-microhei, a CJK face with TrueType outlines)'}`,
    async () => {
      const fonts = (await run(PDFFONTS, [await printedPlan('zh-CN')])).stdout;
      expect(fonts).toMatch(/WenQuanYiMicroHei\s+CID TrueType/u);
      expect(fonts).not.toContain('Type 3');
    },
    60_000,
  );
});
