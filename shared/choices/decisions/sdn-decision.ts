import { sdnPlanSection } from '../choice-plan-builders';
import { sdnSectionToDocument } from '../choice-plan-document';
import { type SdnPlanSection, sdnPlanSectionSchema, sdnRequirementIdSchema } from '../choice-plan-sections';
import type { DecisionEntry, DecisionRegistration } from '../decision/decision-registration';
import { ignoredLines, optionDecisionEntry } from '../decision/option-entry';
import { type RankedNetworkPlugin, criterionForRequirement, rankNetworkPlugins } from '../rank-network-plugins';
import { type SdnData, sdnDataSchema } from '../tradeoff-schema';
import { resolveWeights } from '../weighted-ranking';

type SdnEntry = DecisionEntry & { ranked: RankedNetworkPlugin };

/** Network (SDN): the plugins of data/choices/network-plugins.json, with what the network must do as requirements. */
export const sdnDecision = {
  id: 'sdn',
  command: 'sdn',
  area: 'sdn',
  dataSchema: sdnDataSchema,
  sectionSchema: sdnPlanSectionSchema,
  criteria: (data) => data.criteria,
  requirementIds: () => sdnRequirementIdSchema.options,
  settings: () => [],
  describeRequirement: (_data, _input, requirementId, t) => t(`sdn.requirements.${requirementId}`),
  defaultSettings: () => ({}),
  rank: (data, input) => {
    const result = rankNetworkPlugins(data, input.weights, input.requirements);
    const ignored = ignoredLines([
      ['ignored.weights', result.ignoredWeightIds],
      ['ignored.requirements', result.ignoredRequirementIds],
    ]);
    if (!result.ok) return { ok: false, problem: result.problem, ignored };
    return {
      ok: true,
      ignored,
      notes: [],
      ranking: result.ranking.map((ranked) =>
        optionDecisionEntry(ranked, 'sdn', [
          { termKey: 'sdn.facts.encapsulation', text: ranked.option.encapsulation.text },
          { termKey: 'sdn.facts.routing', text: ranked.option.routing.text },
          { termKey: 'sdn.facts.status', text: { statusOf: ranked.option.id } },
          ...ranked.option.remarks.map((remark) => ({ termKey: 'sdn.facts.remarks', text: remark.text })),
        ]),
      ),
    };
  },
  toPlanSection: (data, input, outcome, chosen, rationale) =>
    sdnPlanSection(
      outcome.ranking.map((entry) => entry.ranked),
      chosen.ranked,
      resolveWeights(data.criteria, input.weights).weights,
      { ...input.requirements },
      rationale,
    ),
  sectionToDocument: sdnSectionToDocument,
  summary: (section, t) => t('overview.chosen', { option: chosenOptionName(section) }),
  surveys: (data) => [data.survey],
  cli: {
    usage: `[--require ${sdnRequirementIdSchema.options.join(',')}] [--weight CRITERION=0-5 …]`,
    options: {},
    // Teams name a requirement by what the plugin must do: `--require network-policy,encryption`.
    requirementAliases: Object.fromEntries(Object.entries(criterionForRequirement).map(([requirement, criterion]) => [criterion, requirement])),
  },
} satisfies DecisionRegistration<SdnData, SdnPlanSection, SdnEntry>;

/** The chosen option's name as the ranking recorded it; the id only for a plan saved without names. */
export function chosenOptionName(section: { chosenOptionId: string; ranking: { optionId: string; optionName?: string }[] }): string {
  return section.ranking.find((entry) => entry.optionId === section.chosenOptionId)?.optionName || section.chosenOptionId;
}
