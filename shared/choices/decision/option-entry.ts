import { criterionReasons, optionSources } from '../choice-plan-builders';
import { describeCriterionReason } from '../choice-plan-document';
import type { RankedNetworkPlugin } from '../rank-network-plugins';
import type { RankedStorageOption } from '../rank-storage-options';
import type { DocumentTranslate } from '../../plan/document-model';
import type { DecisionEntry, OptionFact } from './decision-registration';

/** Lines for saved input this version no longer knows, one per kind: "Left out weights for …". */
export function ignoredLines(kinds: readonly (readonly [key: string, ids: readonly string[]])[]): ((t: DocumentTranslate) => string)[] {
  return kinds.filter(([, ids]) => ids.length > 0).map(([key, ids]) => (t: DocumentTranslate) => t(key, { ids: ids.join(', ') }));
}

/**
 * A ranked option of a weighted-option decision (a network plugin, a storage option) as every
 * decision reports it: its strong, weak and unknown points worded from the criteria's labels.
 */
export function optionDecisionEntry<R extends RankedNetworkPlugin | RankedStorageOption>(
  ranked: R,
  area: 'sdn' | 'storage',
  facts: OptionFact[],
): DecisionEntry & { ranked: R } {
  return {
    ranked,
    optionId: ranked.optionId,
    name: { text: ranked.option.name },
    score: ranked.score,
    standing: ranked.standing,
    checks: ranked.checks,
    warnings: ranked.warnings,
    era: ranked.option.era,
    reasons: criterionReasons(ranked).map((reason) => ({
      effect: reason.effect,
      text: (t, language) => describeCriterionReason(reason, area, t, language),
    })),
    facts,
    sources: optionSources(ranked.option),
  };
}
