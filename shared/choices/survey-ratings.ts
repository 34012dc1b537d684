import { MAX_RATING, type Survey } from './tradeoff-schema';

/**
 * Turns the seed's survey shares into 0–5 ratings, the most cited option getting 5. Options the
 * survey did not count (most of them newer than 2017) get no rating: unknown, not zero use.
 * Where two shares name the same option, the larger counts: respondents could cite both.
 */
export function surveyRatings(survey: Survey): Record<string, number> {
  const percentByOption = new Map<string, number>();
  for (const share of survey.shares) {
    for (const id of share.optionIds) percentByOption.set(id, Math.max(percentByOption.get(id) ?? 0, share.percent));
  }
  const highest = Math.max(0, ...percentByOption.values());
  if (highest === 0) return {};
  return Object.fromEntries([...percentByOption].map(([id, percent]) => [id, (MAX_RATING * percent) / highest]));
}
