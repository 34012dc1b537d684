import { execFile } from 'node:child_process';
import { access, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { fullPlanFixture } from '../../tests/fixtures/plans/full-plan';
import { createPlanTranslators, planToDocument } from '../../shared/plan/plan-document';
import { planToHtml } from '../../shared/plan/plan-to-html';
import { createChromiumPdfPrinter, isChromiumAvailable, renderPdfWithChromium } from './chromium-pdf';


const PDFTOTEXT = '/usr/bin/pdftotext';
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
    await expect(renderPdfWithChromium('<p>x</p>', { chromiumPath: '/nonexistent/chromium' })).rejects.toThrow(
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
