import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Requirement, type RequirementVerdict, rankWithRequirements } from './constrained-ranking';

const criteria = ['a', 'b', 'c'].map((id) => ({ id, defaultWeight: 0 }));
const rating = fc.option(fc.integer({ min: 0, max: 5 }), { nil: null });
const verdict = fc.constantFrom<RequirementVerdict>('meets', 'fails', 'unknown');
const requirementIds = ['r1', 'r2', 'r3', 'r4'];

/** Options with ratings on three criteria and, per requirement, what the facts say of them. */
const options = fc
  .array(fc.record({ ratings: fc.record({ a: rating, b: rating, c: rating }), verdicts: fc.tuple(verdict, verdict, verdict, verdict) }), {
    minLength: 2,
    maxLength: 7,
  })
  .map((list) => list.map((option, index) => ({ id: `o${index}`, ...option })));
type Option = { id: string; verdicts: RequirementVerdict[] };
const weights = fc.record({ a: fc.integer({ min: 1, max: 5 }), b: fc.integer({ min: 0, max: 5 }), c: fc.integer({ min: 0, max: 5 }) });

const requirement = (index: number): Requirement<Option> => ({
  id: requirementIds[index]!,
  check: (option) => ({ verdict: option.verdicts[index]!, fact: null, sources: [] }),
});
const rank = (opts: (Option & { ratings: Record<string, number | null> })[], w: Record<string, number>, required: number[]) => {
  const result = rankWithRequirements(opts, criteria, w, required.map(requirement));
  if (!result.ok) throw new Error('expected a ranking');
  return result.ranking;
};
const subsetOfRequirements = fc.subarray([0, 1, 2, 3]);

describe('rankWithRequirements laws', () => {
  it('adding a requirement never lifts an option that fails it', () => {
    fc.assert(
      fc.property(options, weights, subsetOfRequirements, fc.integer({ min: 0, max: 3 }), (opts, w, required, added) => {
        fc.pre(!required.includes(added));
        const before = rank(opts, w, required).map((entry) => entry.optionId);
        const after = rank(opts, w, [...required, added]).map((entry) => entry.optionId);
        for (const option of opts.filter((candidate) => candidate.verdicts[added] === 'fails')) {
          expect(after.indexOf(option.id)).toBeGreaterThanOrEqual(before.indexOf(option.id));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an option meeting every requirement always outranks one that fails any', () => {
    fc.assert(
      fc.property(options, weights, subsetOfRequirements, (opts, w, required) => {
        const ranking = rank(opts, w, required);
        const lastMeeting = ranking.map((entry) => entry.standing).lastIndexOf('meets-all');
        const firstFailing = ranking.findIndex((entry) => entry.checks.some((check) => check.verdict === 'fails'));
        if (lastMeeting >= 0 && firstFailing >= 0) expect(lastMeeting).toBeLessThan(firstFailing);
      }),
    );
  });

  it('an option no source settles ranks after every option that meets the requirements, and before every one that fails', () => {
    fc.assert(
      fc.property(options, weights, subsetOfRequirements, (opts, w, required) => {
        const standings = rank(opts, w, required).map((entry) => entry.standing);
        const order = { 'meets-all': 0, unknown: 1, fails: 2 };
        expect(standings.map((standing) => order[standing])).toEqual([...standings.map((standing) => order[standing])].sort());
      }),
    );
  });

  it('a requirement changes no score, and without requirements the weights alone decide', () => {
    fc.assert(
      fc.property(options, weights, subsetOfRequirements, (opts, w, required) => {
        const scores = (ranking: ReturnType<typeof rank>) => Object.fromEntries(ranking.map((entry) => [entry.optionId, entry.score]));
        expect(scores(rank(opts, w, required))).toEqual(scores(rank(opts, w, [])));
        const unconstrained = rank(opts, w, []);
        expect(unconstrained.every((entry) => entry.standing === 'meets-all')).toBe(true);
        const ordered = unconstrained.map((entry) => entry.score);
        expect(ordered).toEqual([...ordered].sort((x, y) => y - x));
      }),
    );
  });

  it('keeps each check with the fact and the sources that decided it', () => {
    const source = { kind: 'web' as const, url: 'https://example.org/policy', asOf: 2026 };
    const result = rankWithRequirements(
      [
        { id: 'x', ratings: { a: 5 } },
        { id: 'y', ratings: { a: 1 } },
      ],
      [{ id: 'a', defaultWeight: 1 }],
      {},
      [{ id: 'policy', check: (option) => ({ verdict: option.id === 'x' ? 'fails' : 'meets', fact: { en: 'none', zh: '无' }, sources: [source] }) }],
    );
    expect(result.ok && result.ranking.map((entry) => [entry.optionId, entry.standing])).toEqual([
      ['y', 'meets-all'],
      ['x', 'fails'],
    ]);
    expect(result.ok && result.ranking[1]!.checks).toEqual([{ requirementId: 'policy', verdict: 'fails', fact: { en: 'none', zh: '无' }, sources: [source] }]);
  });
});
