/**
 * A ranking score as every page, export and the CLI show it: a whole number out of 100, rounded half
 * away from zero (92.5 reads 93 everywhere), in the language's digits.
 */
export function formatScore(score: number, language: string): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 0, roundingMode: 'halfExpand' }).format(score);
}
