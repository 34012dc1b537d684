import { storagePlanSection } from '../choice-plan-builders';
import { storageSectionToDocument } from '../choice-plan-document';
import { type StoragePlanSection, storagePlanSectionSchema } from '../choice-plan-sections';
import type { DecisionEntry, DecisionRegistration } from '../decision/decision-registration';
import { ignoredLines, optionDecisionEntry } from '../decision/option-entry';
import { type RankedStorageOption, type StorageNeed, rankStorageOptions } from '../rank-storage-options';
import {
  type Infrastructure,
  type StorageData,
  infrastructureSchema,
  storageDataSchema,
  storageKindSchema,
  storageWorkloadSchema,
} from '../tradeoff-schema';
import { resolveWeights } from '../weighted-ranking';
import { chosenOptionName } from './sdn-decision';

type StorageEntry = DecisionEntry & { ranked: RankedStorageOption };

/** The setting that says where the cluster runs; every other setting is a workload's need. */
export const INFRASTRUCTURE_SETTING = 'infrastructure';

/** Where the cluster runs and what each workload needs, read from the settings over the data's defaults. */
export function storageSettings(data: StorageData, settings: Readonly<Record<string, string>>) {
  const infrastructure: Infrastructure = infrastructureSchema.safeParse(settings[INFRASTRUCTURE_SETTING]).data ?? 'aws';
  const needs: Record<string, StorageNeed> = { ...data.defaultNeeds };
  for (const [id, value] of Object.entries(settings)) if (id !== INFRASTRUCTURE_SETTING) needs[id] = value as StorageNeed;
  return { infrastructure, needs };
}

/** Storage: the options of data/choices/storage-options.json that run where the cluster runs, with each workload's need as a requirement. */
export const storageDecision = {
  id: 'storage',
  command: 'storage',
  area: 'storage',
  dataSchema: storageDataSchema,
  sectionSchema: storagePlanSectionSchema,
  criteria: (data) => data.criteria,
  requirementIds: () => [],
  settings: () => [
    {
      id: INFRASTRUCTURE_SETTING,
      labelKey: 'storage.infrastructureLabel',
      choices: infrastructureSchema.options.map((id) => ({ id, labelKey: `storage.infrastructures.${id}` })),
    },
    ...storageWorkloadSchema.options.map((workload) => ({
      id: workload,
      labelKey: `storage.workloadLabels.${workload}`,
      groupKey: 'storage.needsLegend',
      choices: [...storageKindSchema.options, 'none' as const].map((id) => ({ id, labelKey: `storage.kindLabels.${id}` })),
    })),
  ],
  describeRequirement: (data, input, workload, t) => {
    const kind = storageSettings(data, input.settings).needs[workload];
    return t('document.need', { workload: t(`storage.workloads.${workload}`), kind: t(`storage.kinds.${kind}`) });
  },
  defaultSettings: (data) => ({ [INFRASTRUCTURE_SETTING]: 'aws', ...data.defaultNeeds }),
  rank: (data, input) => {
    const { infrastructure, needs } = storageSettings(data, input.settings);
    const result = rankStorageOptions(data, { infrastructure, needs, weights: input.weights });
    const ignored = ignoredLines([
      ['ignored.weights', result.ignoredWeightIds],
      ['ignored.needs', result.ignoredNeedIds],
    ]);
    if (!result.ok) return { ok: false, problem: result.problem, ignored };
    const notes =
      result.unavailable.length === 0
        ? []
        : [
            (t: (key: string, options?: Record<string, unknown>) => string) =>
              t('storage.unavailable', {
                infrastructure: t(`storage.infrastructures.${infrastructure}`),
                options: result.unavailable.map((option) => option.name).join(', '),
              }),
          ];
    return {
      ok: true,
      ignored,
      notes,
      ranking: result.ranking.map((ranked) =>
        optionDecisionEntry(ranked, 'storage', [
          { termKey: 'storage.facts.kinds', text: { keys: ranked.option.kinds.map((kind) => `storage.kindLabels.${kind}`) } },
          {
            termKey: 'storage.facts.accessModes',
            text:
              ranked.option.accessModes.length > 0
                ? { en: ranked.option.accessModes.join(', '), zh: ranked.option.accessModes.join('、') }
                : { keys: ['storage.facts.accessModesNone'] },
          },
          { termKey: 'storage.facts.integration', text: ranked.option.integration.text },
          { termKey: 'storage.facts.status', text: ranked.option.status.note },
        ]),
      ),
    };
  },
  toPlanSection: (data, input, outcome, chosen, rationale) => {
    const { infrastructure, needs } = storageSettings(data, input.settings);
    const weights = resolveWeights(data.criteria, input.weights).weights;
    return storagePlanSection(
      outcome.ranking.map((entry) => entry.ranked),
      chosen.ranked,
      { infrastructure, needs, weights },
      rationale,
    );
  },
  sectionToDocument: storageSectionToDocument,
  summary: (section, t) => t('overview.chosen', { option: chosenOptionName(section) }),
  survey: (data) => data.survey,
} satisfies DecisionRegistration<StorageData, StoragePlanSection, StorageEntry>;
