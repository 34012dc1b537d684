import type { CatalogueEntry } from '../../catalogue/schema';
import type { DistributionProfile } from '../../distributions/profile-schema';
import { profileForEntry } from '../../distributions/match-profile';
import type { DocumentTranslate } from '../../plan/document-model';
import type { OptionArguments, Plan } from '../../plan/plan-schema';
import { type DistributionChooserSection, prosAndCons } from './distribution-decision';

type DistributionRecord = Plan['distribution'];

/** The plan's record holds at most this many options considered and arguments (see plan-schema). */
const MAX_CONSIDERED = 50;

export type ChooserOptionsOutcome = {
  record: DistributionRecord;
  /** Names of ranked distributions no catalogue row stands for: the record cannot name them. */
  unmatched: string[];
};

/**
 * The plan's distribution record with the chooser's ranking as its options considered (best first),
 * each with the pros and cons the chooser's export words, and the chooser's pick as the outcome.
 * A ranked distribution meets its catalogue row by its profile's catalogue names, the first that has a
 * row, or by its own name when the profile is not at hand. What the user wrote (context, drivers, neutral arguments, rationale
 * …) stays; arguments of options the ranking no longer lists go with them.
 */
export function recordWithChooserOptions({
  record,
  section,
  entries,
  profiles,
  t,
}: {
  record: DistributionRecord;
  section: DistributionChooserSection;
  entries: readonly Pick<CatalogueEntry, 'id' | 'name' | 'aliases'>[];
  profiles: readonly Pick<DistributionProfile, 'id' | 'catalogueNames'>[];
  /** The `choices` namespace's translate, in the language the record is written in. */
  t: DocumentTranslate;
}): ChooserOptionsOutcome {
  const considered: string[] = [];
  const optionArguments: Record<string, OptionArguments> = {};
  const unmatched: string[] = [];
  let chosenEntryId: string | undefined;
  for (const option of section.ranking) {
    const catalogueNames = profiles.find((profile) => profile.id === option.optionId)?.catalogueNames ?? [option.optionName];
    // The profile lists its current name first; a row under an older name is taken only when no newer one is listed.
    const entry = catalogueNames
      .map((name) => entries.find((candidate) => profileForEntry([{ catalogueNames: [name] }], candidate)))
      .find((candidate) => candidate !== undefined);
    if (!entry) {
      unmatched.push(option.optionName);
      continue;
    }
    if (option.optionId === section.chosenOptionId) chosenEntryId = entry.id;
    // Two profiles meeting one row (a product and its older name) are one option to the record.
    if (considered.includes(entry.id) || considered.length >= MAX_CONSIDERED) continue;
    considered.push(entry.id);
    const { good, bad } = prosAndCons(section, option, t);
    optionArguments[entry.id] = { good: good.join('\n'), neutral: record.optionArguments[entry.id]?.neutral ?? '', bad: bad.join('\n') };
  }
  const chosenEntryIds = chosenEntryId !== undefined && considered.includes(chosenEntryId) ? [chosenEntryId] : record.chosenEntryIds.filter((id) => considered.includes(id));
  return { record: { ...record, consideredEntryIds: considered, optionArguments, chosenEntryIds }, unmatched };
}
