/**
 * The CLI's cold start: `node out/node/kube-planner.js sla 99.9 --json` (the package's bin, as a user
 * or a CI job calls it) against `node -e` doing the same arithmetic and printing the same JSON, run
 * in turns so both see the same machine. Wall time from spawn to exit, as the caller waits for it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { percentile } from './catalogue-filter';
import { isMainModule } from './run-directly';

const CLI_BUNDLE = resolve(import.meta.dirname, '../../out/node/kube-planner.js');
const ROUNDS = 15;
export const CLI_RATIO_TARGET = 3;

/** The same figures `sla 99.9 --json` prints (365-day year, month = year ÷ 12), computed inline. */
const SAME_ARITHMETIC = `
const unavailable = 1 - 99.9 / 100;
const year = 365 * 86400;
const seconds = { day: 86400 * unavailable, week: 7 * 86400 * unavailable, month: (year / 12) * unavailable, quarter: (year / 4) * unavailable, year: year * unavailable };
console.log(JSON.stringify({ availabilityPercent: 99.9, convention: 'year-365', seconds }, null, 2));
`;

export type CliColdStart =
  | {
      command: string;
      rounds: number;
      cliMedianMs: number;
      nodeMedianMs: number;
      /** CLI median ÷ plain node median. */
      ratio: number;
      targetRatio: number;
      meetsTarget: boolean;
    }
  | { command: string; skipped: string };

function timeSpawn(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: 'utf8' });
  const elapsed = performance.now() - started;
  if (run.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return elapsed;
}

export function benchCliColdStart(): CliColdStart {
  const command = 'node out/node/kube-planner.js sla 99.9 --json';
  if (!existsSync(CLI_BUNDLE)) return { command, skipped: 'out/node/kube-planner.js is not built (npm run build:node)' };
  const cli: number[] = [];
  const plain: number[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    cli.push(timeSpawn([CLI_BUNDLE, 'sla', '99.9', '--json']));
    plain.push(timeSpawn(['-e', SAME_ARITHMETIC]));
  }
  const cliMedianMs = percentile(cli, 0.5);
  const nodeMedianMs = percentile(plain, 0.5);
  const ratio = Math.round((cliMedianMs / nodeMedianMs) * 100) / 100;
  return { command, rounds: ROUNDS, cliMedianMs, nodeMedianMs, ratio, targetRatio: CLI_RATIO_TARGET, meetsTarget: ratio <= CLI_RATIO_TARGET };
}

if (isMainModule(import.meta.url)) console.log(JSON.stringify(benchCliColdStart(), null, 2));
