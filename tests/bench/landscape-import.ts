/**
 * How long importing a landscape takes in main: reading the YAML, mapping items to entries and merging
 * them with the built-in catalogue (the shared functions the handler calls), median of five runs.
 */
import { readFile } from 'node:fs/promises';
import builtInJson from '../../data/catalogue/products.json' with { type: 'json' };
import { importLandscapeFile } from '../../shared/catalogue/landscape-import';
import { mergeLandscapeIntoCatalogue } from '../../shared/catalogue/landscape-merge';
import { builtInCatalogueSchema } from '../../shared/catalogue/schema';
import { isMainModule } from './run-directly';
import { syntheticLandscapeYaml } from './synthetic-landscape';
import { landscape2026 } from '../support/shared-reference';

export const LANDSCAPE_2026 = landscape2026.path;
export const SYNTHETIC_ITEMS = 50_000;
const RUNS = 5;
const TARGET_MS = 1_000;

export type ImportTiming =
  | { file: string; bytes: number; items: number; runsMs: number[]; medianMs: number; targetMs?: number; meetsTarget?: boolean }
  | { file: string; skipped: string };

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** `targetMs` applies to a real landscape file; the 50,000-item file is timed for scale, with no target. */
function timeImport(file: string, text: string, targetMs?: number): ImportTiming {
  const builtIn = builtInCatalogueSchema.parse(builtInJson).entries;
  const runsMs: number[] = [];
  let items = 0;
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const record = importLandscapeFile(text, file, new Date().toISOString());
    const { entries } = mergeLandscapeIntoCatalogue(builtIn, record);
    runsMs.push(Math.round((performance.now() - started) * 10) / 10);
    items = entries.length;
  }
  const medianMs = median(runsMs);
  const timing = { file, bytes: Buffer.byteLength(text), items, runsMs, medianMs };
  return targetMs === undefined ? timing : { ...timing, targetMs, meetsTarget: medianMs < targetMs };
}

export async function benchLandscapeImport(): Promise<ImportTiming[]> {
  const real = await readFile(LANDSCAPE_2026, 'utf8').catch(() => undefined);
  return [
    real === undefined
      ? { file: 'cncf-landscape-2026-08-07.yml', skipped: '../shared/data is absent in this checkout' }
      : timeImport('cncf-landscape-2026-08-07.yml', real, TARGET_MS),
    timeImport(`synthetic-${SYNTHETIC_ITEMS}.yml`, syntheticLandscapeYaml(SYNTHETIC_ITEMS)),
  ];
}

if (isMainModule(import.meta.url)) console.log(JSON.stringify(await benchLandscapeImport(), null, 2));
