import { describe, expect, it } from 'vitest';
import conformanceJson from '../../../data/conformance/k8s-conformance.json' with { type: 'json' };
import profilesJson from '../../../data/distributions/profiles.json' with { type: 'json' };
import { normalizeProductName } from '../../catalogue/normalize-name';
import { conformanceDatasetSchema } from '../../conformance/conformance-schema';
import { distributionProfilesSchema } from '../../distributions/profile-schema';
import { resolveDistributionProfiles } from '../../distributions/resolve-profiles';
import { createI18n } from '../../i18n/create-i18n';
import type { DocumentTranslate } from '../../plan/document-model';
import { planSchema } from '../../plan/plan-schema';
import type { DecisionInput } from '../decision/decision-registration';
import { distributionChooserSectionSchema, distributionDecision } from './distribution-decision';
import { recordWithChooserOptions } from './distribution-madr';

const data = resolveDistributionProfiles(distributionProfilesSchema.parse(profilesJson), conformanceDatasetSchema.parse(conformanceJson));
const i18n = await createI18n('en');
const translate = (language: 'en' | 'zh-CN') => i18n.getFixedT(language, 'choices') as unknown as DocumentTranslate;

const onPremises: DecisionInput = {
  weights: {},
  requirements: { 'certified-since': true, target: true, 'air-gap': true, sdn: true },
  settings: { certifiedSince: 'v1.34', target: 'bare-metal', sdn: 'calico' },
};
const outcome = distributionDecision.rank(data, onPremises);
if (!outcome.ok) throw new Error('expected a ranking');
const [first, second, third] = outcome.ranking;
if (!first || !second || !third) throw new Error('expected at least three ranked distributions');
const section = distributionChooserSectionSchema.parse(distributionDecision.toPlanSection(data, onPremises, outcome, first, ''));

/** Catalogue rows for the top three: one under a catalogue name of its profile, one by an alias, one duplicated name-less. */
const entries = [
  { id: 'row-third', name: third.profile.catalogueNames.at(-1)!, aliases: [] },
  { id: 'row-first', name: 'Something else entirely', aliases: [first.profile.catalogueNames[0]!] },
  { id: 'row-second', name: second.profile.catalogueNames[0]!, aliases: [] },
  { id: 'row-unrelated', name: 'Not a distribution', aliases: [] },
];
const profiles = data.profiles;
const emptyRecord = planSchema.shape.distribution.parse(undefined);

describe('the plan’s distribution record from the chooser', () => {
  it('considers the ranked distributions that have a catalogue row, best first, and chooses the chooser’s pick', () => {
    const { record, unmatched } = recordWithChooserOptions({ record: emptyRecord, section, entries, profiles, t: translate('en') });
    expect(record.consideredEntryIds).toEqual(['row-first', 'row-second', 'row-third']);
    expect(record.chosenEntryIds).toEqual(['row-first']);
    expect(unmatched).toEqual(section.ranking.slice(3).map((option) => option.optionName));
    expect(record.optionArguments['row-unrelated']).toBeUndefined();
  });

  it('writes each option’s pros and cons one a line, as the chooser’s export words them, in both languages', () => {
    for (const language of ['en', 'zh-CN'] as const) {
      const { record } = recordWithChooserOptions({ record: emptyRecord, section, entries, profiles, t: translate(language) });
      const firstArguments = record.optionArguments['row-first']!;
      const goodLines = firstArguments.good.split('\n');
      expect(goodLines).toContain(language === 'en' ? 'meets: runs on Bare metal' : '满足：可运行在裸金属上');
      expect(goodLines.length).toBe(first.strengths.length + section.ranking[0]!.met.length);
      const allText = Object.values(record.optionArguments)
        .flatMap((item) => [item.good, item.bad])
        .join('\n');
      expect(allText).not.toMatch(/distribution\.|criteria\./u);
      expect(allText).not.toMatch(language === 'en' ? /[\u4e00-\u9fff]/u : /meets:|fails:/u);
    }
  });

  it('takes the row under the profile’s first catalogue name over one under an older name', () => {
    const namesOf = (optionId: string) => profiles.find((profile) => profile.id === optionId)?.catalogueNames ?? [];
    const renamed = section.ranking.find((option) => {
      const [current, older] = namesOf(option.optionId);
      return current !== undefined && older !== undefined && normalizeProductName(current) !== normalizeProductName(older);
    })!;
    const [current, older] = namesOf(renamed.optionId);
    const rows = [
      { id: 'row-older', name: older!, aliases: [] },
      { id: 'row-current', name: current!, aliases: [] },
    ];
    const { record } = recordWithChooserOptions({ record: emptyRecord, section, entries: rows, profiles, t: translate('en') });
    expect(record.consideredEntryIds).toEqual(['row-current']);
  });

  it('matches by the option’s own name when its profile is not at hand', () => {
    const byName = [{ id: 'row-by-name', name: first.profile.name, aliases: [] }];
    const { record, unmatched } = recordWithChooserOptions({ record: emptyRecord, section, entries: byName, profiles: [], t: translate('en') });
    expect(record.consideredEntryIds).toEqual(['row-by-name']);
    expect(record.chosenEntryIds).toEqual(['row-by-name']);
    expect(unmatched).toHaveLength(section.ranking.length - 1);
  });

  it('keeps what the user wrote: context, drivers, rationale and the neutral arguments of options still considered', () => {
    const written = {
      ...emptyRecord,
      status: 'accepted' as const,
      context: 'We run on our own hardware.',
      drivers: ['Air-gapped sites'],
      rationale: 'Support contract in place.',
      consideredEntryIds: ['row-second', 'row-gone'],
      optionArguments: {
        'row-second': { good: 'old good', neutral: 'Our team knows it.', bad: 'old bad' },
        'row-gone': { good: 'dropped', neutral: '', bad: '' },
      },
      chosenEntryIds: ['row-gone'],
    };
    const { record } = recordWithChooserOptions({ record: written, section, entries, profiles, t: translate('en') });
    expect(record).toMatchObject({ status: 'accepted', context: written.context, drivers: written.drivers, rationale: written.rationale });
    expect(record.optionArguments['row-second']?.neutral).toBe('Our team knows it.');
    expect(record.optionArguments['row-second']?.good).not.toContain('old good');
    expect(record.optionArguments['row-gone']).toBeUndefined();
    expect(record.chosenEntryIds).toEqual(['row-first']);
    expect(planSchema.shape.distribution.parse(record)).toEqual(record);
  });
});
