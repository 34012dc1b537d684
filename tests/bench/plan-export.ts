/**
 * How long exporting the full fixture plan takes, per format, through the same `exportPlan` handler
 * the browser host uses (PDF with headless Debian Chromium, kept running between prints as the browser
 * host keeps it). Runs alternate English and Chinese. The first run of each format is reported apart
 * (`firstMs`): it builds the translators and loads the catalogue once, and for PDF starts Chromium.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createChromiumPdfPrinter, isChromiumAvailable } from '../../electron/core/chromium-pdf';
import { createHandlers } from '../../electron/core/handlers';
import { type PlanExportFormat, planExportFormatSchema } from '../../shared/ipc/contract';
import { fullPlanFixture } from '../fixtures/plans/full-plan';
import { percentile } from './catalogue-filter';
import { median } from './landscape-import';
import { isMainModule } from './run-directly';

const TARGET_MS = 1_000;
/** PDF runs take longest, so fewer of them keep the benchmark short on two cores. */
const RUNS: Record<PlanExportFormat, number> = { md: 30, html: 30, pdf: 12, json: 30, yaml: 30 };

export type PlanExportTiming =
  | { format: PlanExportFormat; runs: number; firstMs: number; medianMs: number; p95Ms: number; bytes: number; targetMs: number; meetsTarget: boolean }
  | { format: PlanExportFormat; skipped: string };

export async function benchPlanExport(): Promise<PlanExportTiming[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'kube-planner-bench-export-'));
  const printer = createChromiumPdfPrinter();
  const handlers = createHandlers({
    dataDir,
    transport: 'web',
    version: 'bench',
    locale: 'en',
    openExternal: async () => false,
    renderPdf: printer.renderPdf,
  });
  const plan = fullPlanFixture();
  const results: PlanExportTiming[] = [];
  try {
    for (const format of planExportFormatSchema.options) {
      if (format === 'pdf' && !(await isChromiumAvailable())) {
        results.push({ format, skipped: 'needs /usr/bin/chromium' });
        continue;
      }
      const timings: number[] = [];
      let bytes = 0;
      for (let run = 0; run <= RUNS[format]; run += 1) {
        const started = performance.now();
        const result = await handlers.exportPlan({ plan, format, language: run % 2 === 0 ? 'en' : 'zh-CN' });
        timings.push(performance.now() - started);
        bytes = Math.round(((result.download?.base64.length ?? 0) * 3) / 4);
      }
      const [first = NaN, ...rest] = timings;
      const medianMs = Math.round(median(rest) * 100) / 100;
      const p95Ms = percentile(rest, 0.95);
      results.push({
        format,
        runs: rest.length,
        firstMs: Math.round(first * 100) / 100,
        medianMs,
        p95Ms,
        bytes,
        targetMs: TARGET_MS,
        meetsTarget: p95Ms < TARGET_MS,
      });
    }
  } finally {
    await printer.close();
    await rm(dataDir, { recursive: true, force: true });
  }
  return results;
}

if (isMainModule(import.meta.url)) console.log(JSON.stringify(await benchPlanExport(), null, 2));
