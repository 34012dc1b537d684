import { describe, expect, it } from 'vitest';
import { type Table51, reproduceTable51, seedTable51 } from './table-5-1';

// Source: the seed, Section 5 (resource quotas), the example before Table 5.1 and the table itself.
describe('reproduceTable51 on the seed’s table', () => {
  const result = reproduceTable51();

  it('reads the printed inputs from data/topology/table-5-1.json', () => {
    expect(seedTable51.cluster).toEqual({ memoryGB: 16, vCpus: 8, namespaces: 3 });
    expect(seedTable51.rows.map((row) => row.loadPercent)).toEqual([50, 25, 25]);
    expect(seedTable51.source.lines).toBe('1460-1468');
  });

  it('reproduces the vCPU column from the load shares (4, 2, 2 of 8)', () => {
    expect(result.rows.map((row) => row.computed.vCpus)).toEqual([4, 2, 2]);
    expect(result.discrepancies.filter((d) => d.column === 'vCpus')).toEqual([]);
  });

  it('finds that 15 % of 16 GB is 2.4 GB, not the 3 GB printed (3 GB is 18.75 %, 2.4 rounded up)', () => {
    const reserve = result.discrepancies.find((d) => d.row === 'reserve');
    expect(reserve?.computed).toBeCloseTo(2.4, 10);
    expect(reserve?.difference).toBeCloseTo(0.6, 10);
    expect(reserve?.explanation).toBe('rounded-up-to-whole');
    expect(result.reserve.impliedPercent).toBeCloseTo(18.75, 10);
  });

  it('splits the remaining 13 GB as 6.5 / 3.25 / 3.25 where the table prints 8 / 3 / 2', () => {
    expect(result.remainingMemoryGB).toBe(13);
    expect(result.rows.map((row) => row.computed.memoryGB)).toEqual([6.5, 3.25, 3.25]);
    const memory = result.discrepancies.filter((d) => d.column === 'memoryGB');
    expect(memory.map((d) => [d.row, d.printed, d.difference, d.explanation])).toEqual([
      ['NamespaceA', 8, 1.5, 'share-of-capacity-before-reserve'],
      ['NamespaceB', 3, -0.25, 'rounded-down-to-whole'],
      ['NamespaceC', 2, -1.25, 'remainder-of-column'],
    ]);
    expect(memory[0]?.impliedSharePercent).toBeCloseTo(61.54, 2);
  });

  it('finds B and C have the same 25 % load but 3 GB and 2 GB of memory', () => {
    expect(result.equalShareMismatches).toEqual([
      { rows: ['NamespaceB', 'NamespaceC'], column: 'memoryGB', loadPercent: 25, printed: [3, 2] },
    ]);
  });

  it('finds the columns themselves add up: 100 %, 8 vCPUs, 13 GB', () => {
    expect(result.checks.every((check) => check.holds)).toBe(true);
  });

  it('shows what the seed’s 60/40 rule would have allotted instead', () => {
    expect(result.rows[0]?.withSixtyFortyRule.vCpus).toBeCloseTo(2.4, 10);
    expect(result.rows[0]?.withSixtyFortyRule.memoryGB).toBeCloseTo(3.9, 2);
  });
});

describe('reproduceTable51 on other tables', () => {
  it('reports shares that do not add up to 100 % and still checks the other columns', () => {
    const table: Table51 = {
      ...seedTable51,
      rows: [
        { namespace: 'A', loadPercent: 50, vCpus: 4, memoryGB: 6.5 },
        { namespace: 'B', loadPercent: 40, vCpus: 4, memoryGB: 6.5 },
      ],
    };
    const result = reproduceTable51(table);
    expect(result.checks.find((check) => check.check === 'load-shares-sum')).toMatchObject({ printed: 90, holds: false });
  });

  it('finds nothing wrong in a table that follows its own ratio', () => {
    const table: Table51 = {
      ...seedTable51,
      systemReserve: { statedMemoryPercent: 25, statedMemoryGB: 4, statedRemainingMemoryGB: 12 },
      rows: [
        { namespace: 'A', loadPercent: 50, vCpus: 4, memoryGB: 6 },
        { namespace: 'B', loadPercent: 50, vCpus: 4, memoryGB: 6 },
      ],
    };
    const result = reproduceTable51(table);
    expect(result.discrepancies).toEqual([]);
    expect(result.checks.every((check) => check.holds)).toBe(true);
  });

  it('calls a cell no candidate explains unexplained', () => {
    const table: Table51 = {
      ...seedTable51,
      systemReserve: { statedMemoryPercent: 25, statedMemoryGB: 4, statedRemainingMemoryGB: 12 },
      rows: [
        { namespace: 'A', loadPercent: 50, vCpus: 4, memoryGB: 1.7 },
        { namespace: 'B', loadPercent: 50, vCpus: 4, memoryGB: 6 },
      ],
    };
    expect(reproduceTable51(table).discrepancies[0]?.explanation).toBe('unexplained');
  });
});
