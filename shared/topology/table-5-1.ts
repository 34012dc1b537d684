import { z } from 'zod';
import table51Json from '../../data/topology/table-5-1.json';
import { type NamespaceQuota, splitNamespaceQuotas, sumOfShares } from './namespace-quotas';

/**
 * The seed's Table 5.1 and the example sentence above it, as printed. The seed writes "GB"; the
 * reproduction uses the same unit on both sides, so whether it meant GB or GiB does not matter.
 */
export const table51Schema = z.object({
  source: z.object({ document: z.string().min(1), section: z.string().min(1), lines: z.string().min(1) }),
  cluster: z.object({
    memoryGB: z.number().positive(),
    vCpus: z.number().positive(),
    namespaces: z.number().int().positive(),
  }),
  systemReserve: z.object({
    statedMemoryPercent: z.number().min(0).max(100),
    statedMemoryGB: z.number().nonnegative(),
    statedRemainingMemoryGB: z.number().nonnegative(),
  }),
  rows: z
    .array(
      z.object({
        namespace: z.string().min(1),
        loadPercent: z.number().min(0).max(100),
        vCpus: z.number().nonnegative(),
        memoryGB: z.number().nonnegative(),
      }),
    )
    .min(1),
});
export type Table51 = z.infer<typeof table51Schema>;

export const seedTable51: Table51 = table51Schema.parse(table51Json);

/** Printed figures have at most two decimals; closer than this is the same number. */
const SAME = 0.005;
const same = (a: number, b: number) => Math.abs(a - b) < SAME;

/**
 * Why a printed cell differs from the figure its own stated ratio gives, found by testing each
 * candidate against the printed number (first match wins), not asserted.
 */
export type DiscrepancyExplanation =
  | 'share-of-capacity-before-reserve'
  | 'rounded-down-to-whole'
  | 'rounded-up-to-whole'
  | 'remainder-of-column'
  | 'unexplained';

export type Table51Column = 'memoryGB' | 'vCpus';

export type Table51Discrepancy = {
  /** `reserve` for the sentence's "15 % (3 GB)", otherwise the row's namespace. */
  row: string;
  column: Table51Column | 'reserveMemoryGB';
  printed: number;
  computed: number;
  /** printed − computed. */
  difference: number;
  explanation: DiscrepancyExplanation;
  /** For a namespace cell, the share of the column the printed figure amounts to, in percent. */
  impliedSharePercent?: number;
};

export type Table51Row = {
  namespace: string;
  loadPercent: number;
  printed: { vCpus: number; memoryGB: number };
  /** The row's load share of the capacity left after the stated reserve, through `splitNamespaceQuotas`. */
  computed: { vCpus: number; memoryGB: number };
  /** What the seed's own 60/40 rule would have allotted: 60 % of the same capacity. */
  withSixtyFortyRule: { vCpus: number; memoryGB: number };
};

export type Table51Check = {
  check: 'load-shares-sum' | 'vcpus-sum' | 'memory-sum' | 'remaining-memory';
  printed: number;
  expected: number;
  holds: boolean;
};

/** Two rows with the same load share but different printed amounts: no single ratio can give both. */
export type Table51EqualShareMismatch = {
  rows: [string, string];
  column: Table51Column;
  loadPercent: number;
  printed: [number, number];
};

export type Table51Reproduction = {
  source: Table51['source'];
  reserve: {
    statedPercent: number;
    statedGB: number;
    /** The stated percentage of the stated memory. */
    computedGB: number;
    /** The percentage the stated GB amounts to. */
    impliedPercent: number;
  };
  /** Memory the namespaces share: total minus the reserve as printed (the figure the rows were split from). */
  remainingMemoryGB: number;
  rows: Table51Row[];
  checks: Table51Check[];
  discrepancies: Table51Discrepancy[];
  equalShareMismatches: Table51EqualShareMismatch[];
};

const toUnits = (quota: NamespaceQuota) => ({
  vCpus: quota.requests.cpuMillicores / 1_000,
  memoryGB: quota.requests.memoryMiB / 1_024,
});

function explain(
  printed: number,
  computed: number,
  candidates: { beforeReserve?: number; remainder: number },
): DiscrepancyExplanation {
  if (candidates.beforeReserve !== undefined && same(printed, candidates.beforeReserve)) return 'share-of-capacity-before-reserve';
  if (same(printed, Math.floor(computed))) return 'rounded-down-to-whole';
  if (same(printed, Math.ceil(computed))) return 'rounded-up-to-whole';
  if (same(printed, candidates.remainder)) return 'remainder-of-column';
  return 'unexplained';
}

/** The seed's 60/40 rule (Section 5): plan to allocate 60 % and keep 40 % for growth. */
const SIXTY_FORTY_PLANNED_SHARE = 0.6;

/**
 * Recomputes Table 5.1 from the figures its example states (memory, vCPUs, reserve, load shares)
 * and lists every printed cell the computation does not reproduce, with a tested explanation.
 */
export function reproduceTable51(table: Table51 = seedTable51): Table51Reproduction {
  const { cluster, systemReserve } = table;
  const computedReserveGB = (cluster.memoryGB * systemReserve.statedMemoryPercent) / 100;
  const remainingMemoryGB = cluster.memoryGB - systemReserve.statedMemoryGB;
  const shares = table.rows.map((row) => ({ name: row.namespace, loadSharePercent: row.loadPercent }));
  const sharesTotal = sumOfShares(shares);
  // The split needs shares that add up to 100; a table whose shares do not is reported below and
  // split by its shares as printed, normalized, so the other columns can still be checked.
  const normalized = shares.map((share) => ({ ...share, loadSharePercent: (share.loadSharePercent * 100) / (sharesTotal || 1) }));
  const capacity = { cpuCores: cluster.vCpus, memoryGiB: remainingMemoryGB };
  const computed = splitNamespaceQuotas(capacity, normalized).map(toUnits);
  const sixtyForty = splitNamespaceQuotas(
    { cpuCores: capacity.cpuCores * SIXTY_FORTY_PLANNED_SHARE, memoryGiB: capacity.memoryGiB * SIXTY_FORTY_PLANNED_SHARE },
    normalized,
  ).map(toUnits);

  const rows: Table51Row[] = table.rows.map((row, index) => ({
    namespace: row.namespace,
    loadPercent: row.loadPercent,
    printed: { vCpus: row.vCpus, memoryGB: row.memoryGB },
    computed: computed[index] ?? { vCpus: 0, memoryGB: 0 },
    withSixtyFortyRule: sixtyForty[index] ?? { vCpus: 0, memoryGB: 0 },
  }));

  const columnTotals: Record<Table51Column, number> = { vCpus: cluster.vCpus, memoryGB: remainingMemoryGB };
  const columnBeforeReserve: Record<Table51Column, number> = { vCpus: cluster.vCpus, memoryGB: cluster.memoryGB };
  const printedSum = (column: Table51Column) => table.rows.reduce((sum, row) => sum + row[column], 0);

  const discrepancies: Table51Discrepancy[] = [];
  if (!same(systemReserve.statedMemoryGB, computedReserveGB)) {
    discrepancies.push({
      row: 'reserve',
      column: 'reserveMemoryGB',
      printed: systemReserve.statedMemoryGB,
      computed: computedReserveGB,
      difference: systemReserve.statedMemoryGB - computedReserveGB,
      explanation: explain(systemReserve.statedMemoryGB, computedReserveGB, { remainder: Number.NaN }),
    });
  }
  for (const row of rows) {
    for (const column of ['vCpus', 'memoryGB'] as const) {
      const printed = row.printed[column];
      const value = row.computed[column];
      if (same(printed, value)) continue;
      discrepancies.push({
        row: row.namespace,
        column,
        printed,
        computed: value,
        difference: printed - value,
        explanation: explain(printed, value, {
          beforeReserve: column === 'memoryGB' ? (columnBeforeReserve[column] * row.loadPercent) / 100 : undefined,
          remainder: columnTotals[column] - (printedSum(column) - printed),
        }),
        impliedSharePercent: (printed / columnTotals[column]) * 100,
      });
    }
  }

  const checks: Table51Check[] = [
    { check: 'load-shares-sum', printed: sharesTotal, expected: 100, holds: same(sharesTotal, 100) },
    { check: 'vcpus-sum', printed: printedSum('vCpus'), expected: cluster.vCpus, holds: same(printedSum('vCpus'), cluster.vCpus) },
    {
      check: 'memory-sum',
      printed: printedSum('memoryGB'),
      expected: remainingMemoryGB,
      holds: same(printedSum('memoryGB'), remainingMemoryGB),
    },
    {
      check: 'remaining-memory',
      printed: systemReserve.statedRemainingMemoryGB,
      expected: remainingMemoryGB,
      holds: same(systemReserve.statedRemainingMemoryGB, remainingMemoryGB),
    },
  ];

  const equalShareMismatches: Table51EqualShareMismatch[] = [];
  table.rows.forEach((first, index) => {
    for (const second of table.rows.slice(index + 1)) {
      if (!same(first.loadPercent, second.loadPercent)) continue;
      for (const column of ['vCpus', 'memoryGB'] as const) {
        if (same(first[column], second[column])) continue;
        equalShareMismatches.push({
          rows: [first.namespace, second.namespace],
          column,
          loadPercent: first.loadPercent,
          printed: [first[column], second[column]],
        });
      }
    }
  });

  return {
    source: table.source,
    reserve: {
      statedPercent: systemReserve.statedMemoryPercent,
      statedGB: systemReserve.statedMemoryGB,
      computedGB: computedReserveGB,
      impliedPercent: (systemReserve.statedMemoryGB / cluster.memoryGB) * 100,
    },
    remainingMemoryGB,
    rows,
    checks,
    discrepancies,
    equalShareMismatches,
  };
}
