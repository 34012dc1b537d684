import { describe, expect, it } from 'vitest';
import { table41Printed, table41Source } from '../../shared/sla/table-4-1';
import { referenceFile } from '../support/shared-reference';

/** The seed the data cites, beside the repository; a fresh clone has no copy, and the check then skips. */
const seedFile = referenceFile(table41Source.file.replace(/^shared\//u, ''));
const seed = seedFile.available ? seedFile.read() : undefined;

describe('Table 4.1 as data', () => {
  it.skipIf(seed === undefined)(`holds the figures the seed prints, row by row${seedFile.skipNote}`, () => {
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
