import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import networkPlugins from '../../data/choices/network-plugins.json';
import distributionTypesJson from '../../data/catalogue/distribution-types.json';
import questionnaireJson from '../../data/choices/questionnaire.json';
import { distributionTypeTableSchema } from '../catalogue/schema';
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

  it('ranks no plugin without network policy above one that has it once tenant isolation is required, whatever the weights', () => {
    fc.assert(
      fc.property(fc.record(Object.fromEntries(sdn.criteria.map((c) => [c.id, fc.integer({ min: 0, max: 5 })]))), (weights) => {
        const result = rankNetworkPlugins(sdn, weights, { 'tenant-isolation': true });
        if (!result.ok) return;
        const hasPolicy = result.ranking.map((entry) => (entry.option.ratings['network-policy'].rating ?? 0) > 0);
        const firstWithout = hasPolicy.indexOf(false);
        if (firstWithout >= 0) expect(hasPolicy.slice(firstWithout)).not.toContain(true);
        expect(result.ranking.at(-1)!.optionId).toBe('flannel');
      }),
    );
  });

  it('marks a plugin no source confirms encryption for, and ranks it after those that encrypt', () => {
    const result = rankNetworkPlugins(sdn, defaults(sdn.criteria), { 'encrypted-traffic': true });
    if (!result.ok) throw new Error('expected a ranking');
    // network-plugins.json: Canal's encryption rating is unknown; every other plugin rates 4 or 5.
    const canal = result.ranking.find((entry) => entry.optionId === 'canal')!;
    expect(canal.standing).toBe('unknown');
    expect(canal.warnings).toContainEqual({ code: 'missing-requirement', requirementId: 'encrypted-traffic', known: false });
    expect(order(result).at(-1)).toBe('canal');
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

  it('puts every option that serves shared files above those that do not, whatever the weights say', () => {
    // Snapshots alone would favour Ceph RBD (5) over NFS and GlusterFS (unknown, 2.5).
    const weights = { ...Object.fromEntries(storage.criteria.map((c) => [c.id, 0])), snapshots: 5 };
    const result = rankStorageOptions(storage, { infrastructure: 'on-premises', needs: { 'legacy-shared-files': 'file' }, weights });
    if (!result.ok) throw new Error('expected a ranking');
    const meeting = result.ranking.filter((entry) => entry.standing === 'meets-all').map((entry) => entry.optionId);
    expect(meeting).toEqual(expect.arrayContaining(['nfs', 'cephfs-rook', 'glusterfs', 'longhorn', 'portworx']));
    expect(order(result).slice(meeting.length)).toEqual(['ceph-rbd-rook', 'minio']);
    const rbd = result.ranking.find((entry) => entry.optionId === 'ceph-rbd-rook')!;
    expect(rbd.score).toBeGreaterThan(result.ranking.find((entry) => entry.optionId === 'nfs')!.score);
    expect(rbd.checks).toEqual([expect.objectContaining({ requirementId: 'legacy-shared-files', verdict: 'fails' })]);
  });

  it('ranks MinIO and every other object store above every block-only option when object storage is the only need', () => {
    for (const infrastructure of ['aws', 'gcp', 'azure', 'on-premises'] as const) {
      const result = rankStorageOptions(storage, { infrastructure, needs: { 'static-content': 'object' }, weights: {} });
      if (!result.ok) throw new Error('expected a ranking');
      const objectStores = result.ranking.filter((entry) => entry.option.kinds.includes('object')).map((entry) => entry.optionId);
      expect(objectStores).toContain('minio');
      expect(order(result).slice(0, objectStores.length)).toEqual(objectStores);
      for (const entry of result.ranking.slice(objectStores.length)) expect(entry.standing).toBe('fails');
    }
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

  it('ranks a type Table 1.1 says lacks a must-have below every type that has it', () => {
    // Support weighted 0: the answer adds nothing to any score, and only the must-have can move community.
    const answers = { 'kubernetes-skills': 'strong', 'usage-stage': 'proof-of-concept', 'enterprise-support': 'required' };
    const weights = { 'enterprise-support': 0 };
    const loose = rankDistributionTypes(questionnaire, answers, weights);
    expect(loose.ok && loose.ranking[0]!.type).toBe('community');
    const strict = rankDistributionTypes(questionnaire, answers, weights, { 'enterprise-support': true });
    if (!strict.ok) throw new Error('expected a ranking');
    expect(strict.ranking.at(-1)).toMatchObject({ type: 'community', standing: 'fails' });
    expect(strict.ranking.at(-1)!.checks[0]).toMatchObject({ requirementId: 'enterprise-support', verdict: 'fails', sources: [expect.objectContaining({ kind: 'seed' })] });
    // Vanilla Kubernetes: Table 1.1 says "Maybe" for vendor distributions, so it is not known to meet it.
    const vanilla = rankDistributionTypes(questionnaire, { 'vanilla-kubernetes': 'must-be-vanilla' }, {}, { 'vanilla-kubernetes': true });
    expect(vanilla.ok && vanilla.ranking.map((entry) => [entry.type, entry.standing])).toEqual([
      ['community', 'meets-all'],
      ['vendor', 'unknown'],
      ['vendor-value-add', 'fails'],
      ['application-platform', 'fails'],
    ]);
  });

  it('reports a must-have on a question left unanswered, and ranks as if it were not there', () => {
    const result = rankDistributionTypes(questionnaire, { operator: 'provider' }, {}, { 'enterprise-support': true });
    expect(result).toMatchObject({ ok: true, ignoredMustHaveIds: ['enterprise-support'] });
    expect(result.ok && result.ranking.every((entry) => entry.standing === 'meets-all')).toBe(true);
  });

  it('reads every must-have off Table 1.1: Yes meets, No fails, Maybe is not known', () => {
    const table = distributionTypeTableSchema.parse(distributionTypesJson);
    const verdict = (cell: string) => (cell.startsWith('Yes') ? true : cell.startsWith('No') ? false : cell === 'Maybe' ? null : 'unreadable');
    let count = 0;
    for (const question of questionnaire.questions) {
      for (const answer of question.answers.filter((candidate) => candidate.mustHave !== undefined)) {
        const trait = table.traits.find((candidate) => candidate.id === question.traitId);
        expect(trait, `${question.id} names no Table 1.1 row`).toBeDefined();
        const expected = Object.fromEntries(Object.entries(trait!.values).map(([type, cell]) => [type, verdict(cell.en)]));
        // An answer asking for the opposite of the row ("full control" where the row is "control of the environment") reads it as it is.
        expect(answer.mustHave, `${question.id}/${answer.id}`).toEqual(expected);
        count += 1;
      }
    }
    expect(count).toBe(7);
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
