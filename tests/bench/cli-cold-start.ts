/**
 * The CLI's cold start: `node out/node/kube-planner.js sla 99.9 --json` (the package's bin, as a user
 * or a CI job calls it) against `node -e` doing the same arithmetic and printing the same JSON, run
 * in turns so both see the same machine. Wall time from spawn to exit, as the caller waits for it,
 * and, in rounds of their own, each process's CPU time: on a busy machine the wall-time ratio moves
 * with the load, the CPU time much less.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { percentile } from './catalogue-filter';
import { isMainModule } from './run-directly';

const CLI_BUNDLE = resolve(import.meta.dirname, '../../out/node/kube-planner.js');
const ROUNDS = 15;
const CPU_ROUNDS = 7;

/** Loaded before the timed script: prints the process's own CPU time (user + system, ms) as it exits. */
const REPORT_CPU_ON_EXIT =
  "data:text/javascript,process.on('exit',()=>{const u=process.cpuUsage();process.stderr.write('\\ncpu-ms '+(u.user+u.system)/1000+'\\n')})";
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
      /** CPU time (user + system) of one process, median of separate rounds. */
      cliCpuMedianMs: number;
      nodeCpuMedianMs: number;
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

function cpuOfRun(args: string[]): number {
  const run = spawnSync(process.execPath, ['--import', REPORT_CPU_ON_EXIT, ...args], { encoding: 'utf8' });
  const cpuMs = /cpu-ms (\d+(?:\.\d+)?)/u.exec(run.stderr)?.[1];
  if (run.status !== 0 || cpuMs === undefined) throw new Error(`node ${args.join(' ')} failed: ${run.stderr}`);
  return Number(cpuMs);
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
  const cliCpu: number[] = [];
  const plainCpu: number[] = [];
  for (let round = 0; round < CPU_ROUNDS; round += 1) {
    cliCpu.push(cpuOfRun([CLI_BUNDLE, 'sla', '99.9', '--json']));
    plainCpu.push(cpuOfRun(['-e', SAME_ARITHMETIC]));
  }
  const cliMedianMs = percentile(cli, 0.5);
  const nodeMedianMs = percentile(plain, 0.5);
  const ratio = Math.round((cliMedianMs / nodeMedianMs) * 100) / 100;
  return {
    command,
    rounds: ROUNDS,
    cliMedianMs,
    nodeMedianMs,
    ratio,
    cliCpuMedianMs: Math.round(percentile(cliCpu, 0.5)),
    nodeCpuMedianMs: Math.round(percentile(plainCpu, 0.5)),
    targetRatio: CLI_RATIO_TARGET,
    meetsTarget: ratio <= CLI_RATIO_TARGET,
  };
}

if (isMainModule(import.meta.url)) console.log(JSON.stringify(benchCliColdStart(), null, 2));
