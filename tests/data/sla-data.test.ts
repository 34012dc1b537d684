import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { table41Printed, table41Source } from '../../shared/sla/table-4-1';

/** The seed beside the repository; every developer and CI has it, but the test skips cleanly without it. */
const seedPath = resolve(import.meta.dirname, '../../..', table41Source.file);
const seed = existsSync(seedPath) ? readFileSync(seedPath, 'utf8') : undefined;

describe('Table 4.1 as data', () => {
  it.skipIf(seed === undefined)('holds the figures the seed prints, row by row (skipped when ../shared/seeds is absent)', () => {
    const lines = seed!.split('\n');
    for (const row of table41Printed) {
      const printed = lines.find((line) => line.startsWith(`${row.availabilityPercent}%\t`));
      expect(printed, `the seed's row for ${row.availabilityPercent}%`).toBeDefined();
      const cells = printed!.split('\t').slice(1);
      expect(cells).toEqual(['year', 'month', 'week', 'day'].map((period) => {
        const value = row.values[period as keyof typeof row.values];
        return `${value.text} ${value.unit}`;
      }));
    }
  });
});
