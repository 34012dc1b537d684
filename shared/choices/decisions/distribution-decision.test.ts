import { describe, expect, it } from 'vitest';
import conformanceJson from '../../../data/conformance/k8s-conformance.json' with { type: 'json' };
import profilesJson from '../../../data/distributions/profiles.json' with { type: 'json' };
import { conformanceDatasetSchema } from '../../conformance/conformance-schema';
import { distributionProfilesSchema } from '../../distributions/profile-schema';
import { resolveDistributionProfiles } from '../../distributions/resolve-profiles';
import { createI18n } from '../../i18n/create-i18n';
import type { DocumentTranslate } from '../../plan/document-model';
import type { DecisionInput } from '../decision/decision-registration';
import { distributionChooserSectionSchema, distributionChooserToDocument, distributionDecision, startFromPlan } from './distribution-decision';

const data = resolveDistributionProfiles(distributionProfilesSchema.parse(profilesJson), conformanceDatasetSchema.parse(conformanceJson));

/** "Certified for v1.34 or newer, on-premises bare metal, air-gapped, Calico", as the page and the CLI state it. */
const onPremises: DecisionInput = {
  weights: {},
  requirements: { 'certified-since': true, target: true, 'air-gap': true, sdn: true },
  settings: { certifiedSince: 'v1.34', target: 'bare-metal', sdn: 'calico' },
};

const i18n = await createI18n('en');
const translate = (language: 'en' | 'zh-CN') => i18n.getFixedT(language, 'choices') as unknown as DocumentTranslate;

function rank(input: DecisionInput) {
  const outcome = distributionDecision.rank(data, input);
  if (!outcome.ok) throw new Error('expected a ranking');
  return outcome;
}

describe('the distribution chooser', () => {
  it('ranks real distributions with nothing failing a requirement above one meeting them all, and unknown ones in between', () => {
    const { ranking } = rank(onPremises);
    expect(ranking).toHaveLength(data.profiles.length);
    const standings = ranking.map((entry) => entry.standing);
    const order = { 'meets-all': 0, unknown: 1, fails: 2 } as const;
    expect(standings.map((standing) => order[standing])).toEqual([...standings.map((standing) => order[standing])].sort((a, b) => a - b));
    const meetingAll = ranking.filter((entry) => entry.standing === 'meets-all');
    expect(meetingAll.length).toBeGreaterThan(0);
    for (const entry of meetingAll) {
      const profile = data.profiles.find((candidate) => candidate.id === entry.optionId)!;
      expect(profile.airGap?.value).toBe(true);
      expect(profile.installTargets['bare-metal']?.value).toBe(true);
      expect(profile.sdnSupport.calico?.value).toBe(true);
      expect(profile.certification!.versions.some((version) => Number(version.slice(3)) >= 34)).toBe(true);
      expect(entry.sources.length).toBeGreaterThan(0);
      expect(entry.reasons.filter((reason) => reason.effect === 'for')).toHaveLength(4);
    }
  });

  it('never lets a distribution that fails a requirement outrank one the sources do not settle, whatever the weights', () => {
    for (const weight of [0, 5]) {
      const { ranking } = rank({ ...onPremises, weights: { certification: weight, 'open-source': 5 - weight, footprint: 5 } });
      const firstFailing = ranking.findIndex((entry) => entry.standing === 'fails');
      if (firstFailing >= 0) expect(ranking.slice(firstFailing).every((entry) => entry.standing === 'fails')).toBe(true);
    }
  });

  it('puts a distribution whose certification stops before the version asked for among those that fail, with the versions as the fact', () => {
    const { ranking } = rank({ weights: {}, requirements: { 'certified-since': true }, settings: { certifiedSince: data.newestVersion } });
    const behind = ranking.find((entry) => entry.checks[0]!.verdict === 'fails' && entry.checks[0]!.fact !== null && 'en' in entry.checks[0]!.fact);
    expect(behind, 'a profile certified only before the newest version').toBeDefined();
    expect(behind!.standing).toBe('fails');
    expect(ranking.indexOf(behind!)).toBeGreaterThan(ranking.findLastIndex((entry) => entry.standing !== 'fails'));
  });

  it('warns of a certification more than two minor versions behind the newest, and of none closer', () => {
    // The bundled data has no profile that far behind: two certified profiles are moved to lag 2 and 3.
    const [twoBehind, threeBehind] = data.profiles.filter((profile) => profile.certification !== null);
    const behind = (lag: number) => (profile: (typeof data.profiles)[number]) => ({ ...profile, certification: { ...profile.certification!, lag } });
    const lagged = {
      ...data,
      profiles: data.profiles.map((profile) => (profile === twoBehind ? behind(2)(profile) : profile === threeBehind ? behind(3)(profile) : profile)),
    };
    const outcome = distributionDecision.rank(lagged, { weights: {}, requirements: {}, settings: {} });
    if (!outcome.ok) throw new Error('expected a ranking');
    const warned = outcome.ranking.filter((entry) => entry.warnings.some((warning) => warning.code === 'lagging')).map((entry) => entry.optionId);
    expect(warned).toEqual([threeBehind!.id]);
  });

  it('offers a requirement fed by a setting only once the setting has an answer', () => {
    expect(distributionDecision.requirementIds(data, { weights: {}, requirements: {}, settings: {} })).toEqual(['air-gap', 'open-source', 'fips']);
    expect(distributionDecision.requirementIds(data, onPremises)).toEqual(['certified-since', 'target', 'air-gap', 'sdn', 'open-source', 'fips']);
  });

  it('stores the ranking as the options considered and words each one’s pros and cons in both languages', () => {
    const outcome = rank(onPremises);
    const chosen = outcome.ranking[0]!;
    const section = distributionChooserSectionSchema.parse(distributionDecision.toPlanSection(data, onPremises, outcome, chosen, 'Runs where we run.'));
    expect(section.ranking.map((entry) => entry.optionId)).toEqual(outcome.ranking.map((entry) => entry.optionId));
    expect(section.chosenFacts.sdnSupport.calico).toBe(true);
    for (const language of ['en', 'zh-CN'] as const) {
      const blocks = distributionChooserToDocument(section, { t: translate(language), language });
      const list = blocks.find((block) => block.kind === 'list');
      expect(list && list.kind === 'list' ? list.items[0] : '').toContain(chosen.profile.name);
      const text = JSON.stringify(blocks);
      expect(text).toContain(language === 'en' ? 'meets: runs on Bare metal' : '满足：可运行在裸金属上');
      expect(text).toContain(language === 'en' ? 'not known: installs air-gapped' : '未知：支持离线（气隙）安装');
      expect(text).not.toMatch(/distribution\.|criteria\./u);
    }
  });
});

describe('the chooser’s starting point', () => {
  it('takes the top CaaS/PaaS type, the infrastructure, the SDN and the Kubernetes version from the plan, as requirements', () => {
    const start = startFromPlan(data, {
      caasPaas: { ranking: [{ type: 'vendor' }, { type: 'community' }] },
      sdn: { chosenOptionId: 'calico' },
      storage: { infrastructure: 'on-premises', chosenOptionId: 'ceph-rbd' },
      cluster: { kubernetesVersion: '1.34.2' },
    });
    expect(start).toEqual({
      settings: { preferredType: 'vendor', target: 'bare-metal', sdn: 'calico', certifiedSince: 'v1.34' },
      // No profile records storage support for Ceph RBD, so it is not offered as a requirement.
      requirements: { target: true, sdn: true, 'certified-since': true },
    });
  });

  it('starts from nothing where the plan has decided nothing', () => {
    expect(startFromPlan(data, { caasPaas: null, sdn: null, storage: null, cluster: { kubernetesVersion: '' } })).toEqual({ settings: {}, requirements: {} });
  });
});
