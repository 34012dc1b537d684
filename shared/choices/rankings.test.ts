import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import networkPlugins from '../../data/choices/network-plugins.json';
import questionnaireJson from '../../data/choices/questionnaire.json';
import storageOptions from '../../data/choices/storage-options.json';
import { rankDistributionTypes } from './rank-distribution-types';
import { rankNetworkPlugins } from './rank-network-plugins';
import { rankStorageOptions } from './rank-storage-options';
import { questionnaireSchema, sdnDataSchema, storageDataSchema } from './tradeoff-schema';
import { UNKNOWN_RATING, explainContributions, rankByWeights } from './weighted-ranking';

const sdn = sdnDataSchema.parse(networkPlugins);
const storage = storageDataSchema.parse(storageOptions);
const questionnaire = questionnaireSchema.parse(questionnaireJson);
const defaults = (criteria: { id: string; defaultWeight: number }[]) =>
  Object.fromEntries(criteria.map((criterion) => [criterion.id, criterion.defaultWeight]));
const order = (ranking: { ok: boolean; ranking?: { optionId: string }[] }) => ranking.ranking?.map((entry) => entry.optionId) ?? [];

describe('rankNetworkPlugins', () => {
  it('lifts Calico and Canal above flannel when network policy weighs most (seed: only Calico/Canal/Weave Net do policy)', () => {
    const weights = { ...Object.fromEntries(sdn.criteria.map((c) => [c.id, 0])), simplicity: 3, maintenance: 4, 'adoption-2017': 1 };
    const before = order(rankNetworkPlugins(sdn, weights));
    expect(before.indexOf('flannel')).toBeLessThan(before.indexOf('calico'));
    const after = order(rankNetworkPlugins(sdn, { ...weights, 'network-policy': 5 }));
    expect(after.indexOf('calico')).toBeLessThan(after.indexOf('flannel'));
    expect(after.indexOf('canal')).toBeLessThan(after.indexOf('flannel'));
  });

  it('warns about Weave Net (Weaveworks closed in 2024) and about flannel when tenants must be isolated', () => {
    const result = rankNetworkPlugins(sdn, defaults(sdn.criteria), { 'tenant-isolation': true });
    if (!result.ok) throw new Error('expected a ranking');
    const warningsOf = (id: string) => result.ranking.find((entry) => entry.optionId === id)!.warnings;
    expect(warningsOf('weave-net')).toContainEqual({ code: 'not-maintained', state: 'unmaintained' });
    expect(warningsOf('flannel')).toContainEqual({ code: 'missing-requirement', requirementId: 'tenant-isolation', known: true });
    expect(warningsOf('calico')).toEqual([]);
    expect(warningsOf('canal')).toEqual([{ code: 'folded-into-other' }]);
  });

  it('refuses to rank when every weight is 0, and names a bad weight', () => {
    const zero = Object.fromEntries(sdn.criteria.map((c) => [c.id, 0]));
    expect(rankNetworkPlugins(sdn, zero)).toMatchObject({ ok: false, problem: { code: 'all-weights-zero' } });
    expect(rankNetworkPlugins(sdn, { encryption: Number.NaN })).toMatchObject({
      ok: false,
      problem: { code: 'invalid-weight', criterionId: 'encryption' },
    });
    expect(rankNetworkPlugins(sdn, { encryption: 7 })).toMatchObject({ ok: false, problem: { code: 'invalid-weight' } });
  });

  it('reports weights and requirements an old plan saved for criteria the data no longer has', () => {
    const result = rankNetworkPlugins(sdn, { 'ipv6-support': 4 }, { 'legacy-requirement': true });
    expect(result).toMatchObject({ ok: true, ignoredWeightIds: ['ipv6-support'], ignoredRequirementIds: ['legacy-requirement'] });
  });

  it('rates 2017 adoption from the seed survey: flannel 45% gets 5, Calico 28% gets 28/45 of that', () => {
    const result = rankNetworkPlugins(sdn, { ...Object.fromEntries(sdn.criteria.map((c) => [c.id, 0])), 'adoption-2017': 1 });
    if (!result.ok) throw new Error('expected a ranking');
    expect(result.ranking[0]!.optionId).toBe('flannel');
    expect(result.ranking[0]!.score).toBe(100);
    expect(result.ranking.find((entry) => entry.optionId === 'calico')!.score).toBeCloseTo((100 * 28) / 45);
  });
});

describe('rankStorageOptions', () => {
  const input = { infrastructure: 'aws' as const, needs: storage.defaultNeeds, weights: defaults(storage.criteria) };

  it('lists only what runs on the infrastructure: EBS on AWS, not GCE PD or Azure', () => {
    const result = rankStorageOptions(storage, input);
    if (!result.ok) throw new Error('expected a ranking');
    expect(order(result)).toContain('aws-ebs');
    expect(result.unavailable.map((option) => option.id)).toEqual(['gce-pd', 'azure-disk', 'azure-files']);
  });

  it('warns when the chosen option leaves a workload uncovered', () => {
    const result = rankStorageOptions(storage, input);
    if (!result.ok) throw new Error('expected a ranking');
    const ebs = result.ranking.find((entry) => entry.optionId === 'aws-ebs')!;
    expect(ebs.warnings).toContainEqual({ code: 'uncovered-need', workload: 'legacy-shared-files', kind: 'file' });
    expect(ebs.warnings).toContainEqual({ code: 'uncovered-need', workload: 'static-content', kind: 'object' });
  });

  it('puts shared-file storage first for shared files when only fit matters', () => {
    const weights = { ...Object.fromEntries(storage.criteria.map((c) => [c.id, 0])), 'fits-needs': 5 };
    const result = rankStorageOptions(storage, { infrastructure: 'on-premises', needs: { 'legacy-shared-files': 'file' }, weights });
    if (!result.ok) throw new Error('expected a ranking');
    const top = result.ranking.filter((entry) => entry.score === 100).map((entry) => entry.optionId);
    expect(top).toEqual(expect.arrayContaining(['nfs', 'cephfs-rook', 'glusterfs', 'longhorn']));
    expect(top).not.toContain('ceph-rbd-rook');
  });

  it('puts the only object store first for static content on AWS, though its other facts are unknown, with the default weights', () => {
    const result = rankStorageOptions(storage, { infrastructure: 'aws', needs: { 'static-content': 'object' }, weights: {} });
    if (!result.ok) throw new Error('expected a ranking');
    expect(order(result)[0]).toBe('minio');
  });

  it('says there is nothing to rank when every workload needs nothing, and drops unknown needs', () => {
    expect(rankStorageOptions(storage, { ...input, needs: { 'stateful-databases': 'none' } })).toMatchObject({
      ok: false,
      problem: { code: 'no-needs' },
    });
    const result = rankStorageOptions(storage, { ...input, needs: { 'stateful-databases': 'block', mainframe: 'tape' } });
    expect(result).toMatchObject({ ok: true, ignoredNeedIds: ['mainframe'] });
  });
});

describe('rankDistributionTypes', () => {
  it('ranks the application platform first for a team that wants Kubernetes hidden and has little skill', () => {
    const result = rankDistributionTypes(
      questionnaire,
      { 'developer-abstraction': 'hide-kubernetes', 'kubernetes-skills': 'none', operator: 'provider' },
      {},
    );
    if (!result.ok) throw new Error('expected a ranking');
    expect(result.ranking[0]!.type).toBe('application-platform');
    expect(result.ranking[0]!.for).toContainEqual({ questionId: 'developer-abstraction', answerId: 'hide-kubernetes' });
    expect(result.ranking.at(-1)!.type).toBe('community');
  });

  it('ranks community first for a proof of concept by a skilled team wanting vanilla Kubernetes', () => {
    const result = rankDistributionTypes(
      questionnaire,
      { 'usage-stage': 'proof-of-concept', 'kubernetes-skills': 'strong', 'vanilla-kubernetes': 'must-be-vanilla', 'enterprise-support': 'community-is-enough' },
      {},
    );
    expect(result.ok && result.ranking[0]!.type).toBe('community');
  });

  it('asks for an answer first, and ignores answers an old plan kept for questions or answers that are gone', () => {
    expect(rankDistributionTypes(questionnaire, {}, {})).toMatchObject({ ok: false, problem: { code: 'no-answers' } });
    const result = rankDistributionTypes(questionnaire, { operator: 'outsourced', 'cloud-budget': 'big', 'usage-stage': 'production' }, {});
    expect(result).toMatchObject({
      ok: true,
      answeredCount: 1,
      ignoredAnswers: [
        { questionId: 'operator', answerId: 'outsourced' },
        { questionId: 'cloud-budget', answerId: 'big' },
      ],
    });
  });

  it('refuses to rank when every answered question weighs 0', () => {
    expect(rankDistributionTypes(questionnaire, { operator: 'provider' }, { operator: 0 })).toMatchObject({
      ok: false,
      problem: { code: 'all-weights-zero' },
    });
  });
});

describe('explainContributions', () => {
  it('tells strong, weak and unknown points apart, heaviest first, and leaves out what weighs nothing', () => {
    const criteria = ['fast', 'simple', 'cheap', 'loved', 'ignored'].map((id) => ({ id, defaultWeight: 0 }));
    const result = rankByWeights(
      [{ id: 'x', ratings: { fast: 5, simple: 1, cheap: null, loved: null, ignored: 0 } }],
      criteria,
      { fast: 2, simple: 3, cheap: 1, loved: 4, ignored: 0 },
    );
    if (!result.ok) throw new Error('expected a ranking');
    const { strengths, weaknesses, unknowns } = explainContributions(result.ranking[0]!.contributions);
    expect(strengths.map((c) => c.criterionId)).toEqual(['fast']);
    expect(weaknesses.map((c) => c.criterionId)).toEqual(['simple']);
    expect(unknowns.map((c) => c.criterionId)).toEqual(['loved', 'cheap']);
    // 2×5 + 3×1 + (1 + 4)×2.5 out of 10×5.
    expect(result.ranking[0]!.score).toBeCloseTo((100 * (10 + 3 + 12.5)) / 50);
  });
});

describe('rankByWeights laws', () => {
  const criteriaIds = ['a', 'b', 'c', 'd'];
  const criteria = criteriaIds.map((id) => ({ id, defaultWeight: 0 }));
  const rating = fc.option(fc.integer({ min: 0, max: 5 }), { nil: null });
  const options = fc.array(
    fc.record({ a: rating, b: rating, c: rating, d: rating }).map((ratings) => ratings),
    { minLength: 2, maxLength: 6 },
  ).map((list) => list.map((ratings, index) => ({ id: `o${index}`, ratings })));
  const weights = fc.record({
    a: fc.integer({ min: 0, max: 5 }),
    b: fc.integer({ min: 0, max: 5 }),
    c: fc.integer({ min: 0, max: 5 }),
    d: fc.integer({ min: 1, max: 5 }),
  });

  it('scaling every weight by a positive factor keeps the order and the scores', () => {
    fc.assert(
      fc.property(options, weights, fc.double({ min: 0.1, max: 1, noNaN: true }), (opts, w, factor) => {
        const scaled = Object.fromEntries(Object.entries(w).map(([id, value]) => [id, value * factor]));
        const base = rankByWeights(opts, criteria, w);
        const other = rankByWeights(opts, criteria, scaled);
        expect(order(other)).toEqual(order(base));
      }),
    );
  });

  it('raising one criterion’s weight never moves down an option that is best on that criterion', () => {
    fc.assert(
      fc.property(options, weights, fc.constantFrom(...criteriaIds), fc.integer({ min: 1, max: 5 }), (opts, w, criterion, raise) => {
        const key = criterion as keyof typeof w;
        const effective = (option: (typeof opts)[number]) => option.ratings[key] ?? UNKNOWN_RATING;
        const best = Math.max(...opts.map(effective));
        const leader = opts.find((option) => effective(option) === best)!;
        const raised = { ...w, [key]: Math.min(5, w[key] + raise) };
        const before = order(rankByWeights(opts, criteria, w)).indexOf(leader.id);
        const after = order(rankByWeights(opts, criteria, raised)).indexOf(leader.id);
        expect(after).toBeLessThanOrEqual(before);
      }),
    );
  });

  it('scores stay between 0 and 100', () => {
    fc.assert(
      fc.property(options, weights, (opts, w) => {
        const result = rankByWeights(opts, criteria, w);
        for (const entry of result.ok ? result.ranking : []) {
          expect(entry.score).toBeGreaterThanOrEqual(0);
          expect(entry.score).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
