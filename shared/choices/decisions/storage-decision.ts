import { joinList } from '../../i18n/chinese-typography';
import type { Language } from '../../language';
import type { DocumentTranslate } from '../../plan/document-model';
import { storagePlanSection } from '../choice-plan-builders';
import { storageSectionToDocument } from '../choice-plan-document';
import { type StoragePlanSection, storagePlanSectionSchema } from '../choice-plan-sections';
import type { CliProblem, DecisionEntry, DecisionInput, DecisionRegistration } from '../decision/decision-registration';
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
const INFRASTRUCTURE_SETTING = 'infrastructure';

/** Where the cluster runs and what each workload needs, read from the settings over the data's defaults. */
function storageSettings(data: StorageData, settings: Readonly<Record<string, string>>) {
  const infrastructure: Infrastructure = infrastructureSchema.safeParse(settings[INFRASTRUCTURE_SETTING]).data ?? 'aws';
  const needs: Record<string, StorageNeed> = { ...data.defaultNeeds };
  for (const [id, value] of Object.entries(settings)) if (id !== INFRASTRUCTURE_SETTING) needs[id] = value as StorageNeed;
  return { infrastructure, needs };
}

/**
 * `--need object` says what the workloads need by kind: each kind goes to the workload the data
 * suggests it for (object to static content), and the workloads no kind was named for need none.
 * `--need static-content=object` names the workload itself. Repeated --need options add up.
 */
function applyNeeds(value: string, data: StorageData, input: DecisionInput): DecisionInput | { problem: CliProblem } {
  const settings: Record<string, string> = { ...input.settings };
  const named = new Set(storageWorkloadSchema.options.filter((workload) => input.settings[workload] !== undefined && input.settings[workload] !== 'none'));
  for (const part of value.split(',').map((item) => item.trim()).filter((item) => item !== '')) {
    const [left, right] = part.includes('=') ? part.split('=', 2) : [undefined, part];
    const kind = storageKindSchema.safeParse(right);
    if (!kind.success) return { problem: { key: 'invalidOption', params: { name: '--need', value: part, allowed: 'block|file|object' } } };
    const workload =
      left === undefined
        ? storageWorkloadSchema.options.find((candidate) => data.defaultNeeds[candidate] === kind.data)
        : storageWorkloadSchema.safeParse(left).data;
    if (workload === undefined) {
      return { problem: { key: 'invalidOption', params: { name: '--need', value: part, allowed: storageWorkloadSchema.options.map((workload) => `${workload}=KIND`).join('|') } } };
    }
    settings[workload] = kind.data;
    named.add(workload);
  }
  for (const workload of storageWorkloadSchema.options) if (!named.has(workload)) settings[workload] = 'none';
  return { ...input, settings };
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
            (t: DocumentTranslate, language: Language) =>
              t('storage.unavailable', {
                infrastructure: t(`storage.infrastructures.${infrastructure}`),
                options: joinList(language, result.unavailable.map((option) => option.name)),
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
          { termKey: 'storage.facts.status', text: { statusOf: ranked.option.id } },
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
  surveys: (data) => [data.kindsSurvey, data.survey],
  cli: {
    usage: '--infra aws|gcp|azure|on-prem --need block|file|object[,…] | WORKLOAD=KIND … [--weight CRITERION=0-5 …]',
    options: {
      infra: {
        kind: 'value',
        apply: (value, _data, input) => {
          const infrastructure = value === 'on-prem' ? 'on-premises' : value;
          const parsed = infrastructureSchema.safeParse(infrastructure);
          if (!parsed.success) return { problem: { key: 'invalidOption', params: { name: '--infra', value: String(value), allowed: 'aws|gcp|azure|on-prem' } } };
          return { ...input, settings: { ...input.settings, [INFRASTRUCTURE_SETTING]: parsed.data } };
        },
      },
      need: {
        kind: 'value',
        apply: (value, data, input) => applyNeeds(String(value), data, input),
      },
    },
  },
} satisfies DecisionRegistration<StorageData, StoragePlanSection, StorageEntry>;
