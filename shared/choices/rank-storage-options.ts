import { maintenanceWarnings, productStatusOf } from '../catalogue/product-status';
import type { ChoiceWarning } from './choice-plan-sections';
import { type ConstrainedEntry, type Requirement, rankWithRequirements } from './decision/constrained-ranking';
import { surveyRatings } from './survey-ratings';
import {
  type Infrastructure,
  type StorageData,
  type StorageKind,
  type StorageOption,
  type StorageWorkload,
  storageKindSchema,
  storageWorkloadSchema,
} from './tradeoff-schema';
import type { RankingProblem } from './weighted-ranking';

export type StorageNeed = StorageKind | 'none';
export type StorageNeeds = Partial<Record<StorageWorkload, StorageNeed>>;

/**
 * Whether an option serves a kind of storage. Shared files are served by a file system or by any
 * volume that many nodes can mount read-write (Longhorn and Portworx export theirs over NFS).
 */
export function providesKind(option: StorageOption, kind: StorageKind): boolean {
  if (option.kinds.includes(kind)) return true;
  return kind === 'file' && option.accessModes.includes('RWX');
}

/** The needs the user set that the data knows, and the ones it does not (from an old plan). */
export function readStorageNeeds(needs: Readonly<Record<string, unknown>>): {
  needs: Partial<Record<StorageWorkload, StorageKind>>;
  ignoredNeedIds: string[];
} {
  const known: Partial<Record<StorageWorkload, StorageKind>> = {};
  const ignoredNeedIds: string[] = [];
  for (const [workload, need] of Object.entries(needs)) {
    const parsedWorkload = storageWorkloadSchema.safeParse(workload);
    if (!parsedWorkload.success || (need !== 'none' && !storageKindSchema.safeParse(need).success)) {
      ignoredNeedIds.push(workload);
    } else if (need !== 'none') known[parsedWorkload.data] = need as StorageKind;
  }
  return { needs: known, ignoredNeedIds };
}

/**
 * A workload's need as a constraint: an option that does not serve the kind of storage it needs ranks
 * below every option that serves all of them. The kinds an option serves are facts of the data, so
 * the verdict is never unknown; the fact shown is the kinds it offers, from the passages that describe it.
 */
function needRequirement(workload: StorageWorkload, kind: StorageKind): Requirement<{ option: StorageOption }> {
  return {
    id: workload,
    check: ({ option }) => ({
      verdict: providesKind(option, kind) ? 'meets' : 'fails',
      fact: { key: 'standing.offers', keys: option.kinds.map((offered) => `storage.kindLabels.${offered}`) },
      sources: option.integration.sources,
    }),
  };
}

export function storageOptionWarnings(
  option: StorageOption,
  needs: Partial<Record<StorageWorkload, StorageKind>>,
): ChoiceWarning[] {
  const warnings: ChoiceWarning[] = maintenanceWarnings(productStatusOf(option.id));
  for (const [workload, kind] of Object.entries(needs) as [StorageWorkload, StorageKind][]) {
    if (!providesKind(option, kind)) warnings.push({ code: 'uncovered-need', workload, kind });
  }
  return warnings;
}

export type RankedStorageOption = ConstrainedEntry & { option: StorageOption; warnings: ChoiceWarning[] };
export type StorageRanking =
  | {
      ok: true;
      ranking: RankedStorageOption[];
      /** Options that do not run on the chosen infrastructure (EBS off AWS, …), in data order. */
      unavailable: StorageOption[];
      ignoredWeightIds: string[];
      ignoredNeedIds: string[];
    }
  | {
      ok: false;
      problem: RankingProblem | { code: 'no-needs' };
      ignoredWeightIds: string[];
      ignoredNeedIds: string[];
    };

/**
 * Ranks the storage options that run on the user's infrastructure by the weighted criteria, with
 * each workload's need as a constraint: an option that serves every kind needed outranks any that
 * leaves one out.
 */
export function rankStorageOptions(
  data: StorageData,
  input: { infrastructure: Infrastructure; needs: Readonly<Record<string, unknown>>; weights: Readonly<Record<string, unknown>> },
): StorageRanking {
  const { needs, ignoredNeedIds } = readStorageNeeds(input.needs);
  const available = data.options.filter((option) => option.infrastructures.includes(input.infrastructure));
  const unavailable = data.options.filter((option) => !option.infrastructures.includes(input.infrastructure));
  const adoption = surveyRatings(data.survey);
  const rated = available.map((option) => ({
    id: option.id,
    option,
    ratings: {
      ...Object.fromEntries(Object.entries(option.ratings).map(([id, fact]) => [id, fact.rating])),
      'adoption-2017': adoption[option.id] ?? null,
    },
  }));
  const requirements = (Object.entries(needs) as [StorageWorkload, StorageKind][]).map(([workload, kind]) => needRequirement(workload, kind));
  const result = rankWithRequirements(rated, data.criteria, input.weights, requirements);
  if (!result.ok) return { ...result, ignoredNeedIds };
  if (Object.keys(needs).length === 0) {
    return { ok: false, problem: { code: 'no-needs' }, ignoredWeightIds: result.ignoredWeightIds, ignoredNeedIds };
  }
  const byId = new Map(available.map((option) => [option.id, option]));
  return {
    ok: true,
    unavailable,
    ignoredWeightIds: result.ignoredWeightIds,
    ignoredNeedIds,
    ranking: result.ranking.map((ranked) => {
      const option = byId.get(ranked.optionId)!;
      return { ...ranked, option, warnings: storageOptionWarnings(option, needs) };
    }),
  };
}
