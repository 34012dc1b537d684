import { describe, expect, it } from 'vitest';
import networkPluginsJson from '../../data/choices/network-plugins.json' with { type: 'json' };
import questionnaireJson from '../../data/choices/questionnaire.json' with { type: 'json' };
import storageOptionsJson from '../../data/choices/storage-options.json' with { type: 'json' };
import profilesJson from '../../data/distributions/profiles.json' with { type: 'json' };
import conformanceJson from '../../data/conformance/k8s-conformance.json' with { type: 'json' };
import { conformanceDatasetSchema } from '../conformance/conformance-schema';
import { distributionProfilesSchema } from '../distributions/profile-schema';
import { resolveDistributionProfiles } from '../distributions/resolve-profiles';
import { choices as en } from '../i18n/en/choices';
import { choices as zh } from '../i18n/zh-CN/choices';
import { createEmptyPlan, planSchema } from '../plan/plan-schema';
import { emptyDecisionInput } from './decision/decision-registration';
import { anyDecision, decisionIds, tradeoffDataSchema } from './decision-registry';

const data = tradeoffDataSchema.parse({ caasPaas: questionnaireJson, sdn: networkPluginsJson, storage: storageOptionsJson, distributionChooser: resolveDistributionProfiles(distributionProfilesSchema.parse(profilesJson), conformanceDatasetSchema.parse(conformanceJson)) });

/** Every i18n key (in 'choices') a registration's page, ranking and plan section read for it. */
function keysOf(id: (typeof decisionIds)[number]): string[] {
  const registration = anyDecision(id);
  const { area } = registration;
  const decisionData = data[id];
  const criteria = registration.criteria(decisionData).map((criterion: { id: string }) => criterion.id);
  const answered = Object.fromEntries(
    registration.settings(decisionData).map((setting) => [setting.id, setting.choices.find((choice) => choice.id !== 'none')?.id ?? '']),
  );
  const requirementIds = registration.requirementIds(decisionData, { ...emptyDecisionInput, settings: answered });
  const generic = id === 'caasPaas' ? [] : [`${area}.heading`, `${area}.intro`, ...criteria.flatMap((c) => [`criteria.${area}.${c}.label`, `criteria.${area}.${c}.rubric`])];
  return [
    `tabs.${id}`,
    ...generic,
    ...(id === 'caasPaas' || requirementIds.length === 0 ? [] : [`${area}.requirementsLegend`]),
    ...(id === 'caasPaas' ? [] : requirementIds.flatMap((r) => [`${area}.requirementLabels.${r}`, `${area}.requirements.${r}`])),
    ...registration.settings(decisionData).flatMap((setting) => [
      setting.labelKey,
      ...(setting.groupKey ? [setting.groupKey] : []),
      ...setting.choices.map((choice) => choice.labelKey),
    ]),
  ];
}

const lookup = (texts: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), texts);

describe('the decision registry', () => {
  it.each(decisionIds)('%s has every text its page, ranking and document read, in both languages', (id) => {
    const keys = keysOf(id);
    expect(keys.length).toBeGreaterThan(3);
    for (const [language, texts] of [['en', en], ['zh-CN', zh]] as const) {
      const missing = keys.filter((key) => typeof lookup(texts, key) !== 'string');
      expect(missing, `${id} in ${language}`).toEqual([]);
    }
  });

  it('gives every decision a section of the plan, null in a new plan, and one CLI command each', () => {
    const plan = createEmptyPlan({ id: 'p', title: 'T', now: new Date('2026-01-01T00:00:00Z') });
    for (const id of decisionIds) expect(plan[id]).toBeNull();
    expect(Object.keys(planSchema.shape)).toEqual(expect.arrayContaining([...decisionIds]));
    const commands = decisionIds.map((id) => anyDecision(id).command);
    expect(new Set(commands).size).toBe(decisionIds.length);
  });

  it('stores a section its own schema accepts, from the top of the default ranking', () => {
    for (const id of decisionIds) {
      const registration = anyDecision(id);
      const settings = id === 'caasPaas' ? { operator: 'provider' } : registration.defaultSettings(data[id]);
      const input = { ...emptyDecisionInput, settings };
      const outcome = registration.rank(data[id], input);
      if (!outcome.ok) throw new Error(`${id}: expected a ranking`);
      const section = registration.toPlanSection(data[id], input, outcome, outcome.ranking[0], 'Why');
      expect(registration.sectionSchema.parse(section)).toEqual(section);
      expect(planSchema.shape[id].parse(section)).toEqual(section);
    }
  });
});
