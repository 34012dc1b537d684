const han = '\\p{Script=Han}';
const chineseValued = '(?:infrastructure|workload|kind|page|place|type)';

/**
 * Chinese typography the locale must keep: full-width punctuation next to Chinese text, and no
 * space between two Chinese characters. Spaces around Latin words and numbers are a style choice
 * the locale makes consistently, so they are not flagged.
 */
const rules: { problem: string; pattern: RegExp }[] = [
  { problem: 'ASCII punctuation after Chinese', pattern: new RegExp(`${han}[,;:!?]`, 'u') },
  { problem: 'ASCII punctuation before Chinese', pattern: new RegExp(`[,;!?]\\s*${han}`, 'u') },
  { problem: 'a space between Chinese characters', pattern: new RegExp(`${han} +${han}`, 'u') },
  { problem: 'ASCII parentheses around Chinese', pattern: new RegExp(`\\([^()]*${han}[^()]*\\)`, 'u') },
  // These placeholders hold Chinese words in the Chinese UI ("本地数据中心"), so a space beside them splits Chinese from Chinese.
  {
    problem: 'a space between Chinese and a Chinese word filled in',
    pattern: new RegExp(`${han} +\\{\\{${chineseValued}\\}\\}|\\{\\{${chineseValued}\\}\\} +${han}`, 'u'),
  },
];

/** What is wrong with a Chinese text's punctuation and spacing, one line per problem found. */
export function chineseTypographyProblems(text: string): string[] {
  return rules.flatMap(({ problem, pattern }) => {
    const match = pattern.exec(text);
    return match ? [`${problem}: “${match[0]}”`] : [];
  });
}

/**
 * A list joined the way each language writes one: 、 between Chinese items (no spaces), the
 * locale's own list format otherwise ("A, B and C").
 */
export function joinList(language: string, items: readonly string[]): string {
  if (language.startsWith('zh')) return items.join('、');
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(items);
}
