/**
 * Text folding shared by catalogue search and catalogue merging, so that what a user can find by typing
 * and what the import treats as "the same product" agree on case, width and accents.
 */

/**
 * Accents of Latin, Greek and Cyrillic letters (the Combining Diacritical Marks blocks). Only these are
 * removed, not every `\p{M}`: a kana voicing mark or an Indic vowel sign is part of the letter, and
 * dropping it would make "が" match "か".
 */
const DIACRITICS = /[\u0300-\u036f]|[\u1ab0-\u1aff]|[\u1dc0-\u1dff]|[\u20d0-\u20ff]|[\ufe20-\ufe2f]/gu;
const WHITESPACE_RUN = /\s+/gu;
const ASCII_ONLY = /^\p{ASCII}*$/u;

/**
 * Folds text for comparison: full-width and compatibility forms become their plain forms (NFKC), letters
 * become lower case, accents go ("Café" → "cafe"), and whitespace runs become one space. Chinese text is
 * unchanged apart from full-width punctuation and spaces.
 */
export function normalizeForMatching(text: string): string {
  // ASCII is its own NFKC, NFD and NFC form; most catalogue text is ASCII, and skipping the three
  // normalizations makes building the search text of 50,000 rows several times faster.
  if (ASCII_ONLY.test(text)) return text.toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .normalize('NFC')
    .replace(WHITESPACE_RUN, ' ')
    .trim();
}

/** "(cni)" at the end of a folded name: one word in parentheses. */
const TRAILING_ABBREVIATION = /^(.*\S)\s*\(([\p{L}\p{N}]+)\)$/u;
const WORD_SEPARATORS = /[\s\-_/]+/u;
const LETTER = /\p{L}/u;
/** Kept by merge keys because they tell products apart: "C" and "C++", "F" and "F#". */
const NOT_NAME_CHARACTERS = /[^\p{L}\p{N}+#]/gu;

/**
 * The key under which two spellings of one product name meet when catalogues are merged.
 *
 * It folds like {@link normalizeForMatching} and then drops spaces and punctuation, so "Kube-OVN",
 * "kube ovn" and "ＫｕｂｅＯＶＮ" share a key. A trailing parenthesised abbreviation of the words before it
 * is dropped too (its letters are initials of those words, in order), so "Container Network Interface
 * (CNI)" meets "Container Network Interface" and "Amazon Elastic Container Registry (ECR)" meets "Amazon
 * Elastic Container Registry". Anything else in parentheses stays, because there it tells products
 * apart: "Cosmonic (Wasm)", "Upbound (member)", "Alibaba Cloud (KCSP)", "Kubernetes (K8s)".
 *
 * Different names of one product ("Project Calico" and "Calico") do not share a key: the catalogue
 * records those as aliases, and merging looks aliases up as well as names.
 */
export function normalizeProductName(name: string): string {
  const folded = normalizeForMatching(name);
  const key = withoutTrailingAbbreviation(folded).replace(NOT_NAME_CHARACTERS, '');
  // A name made only of punctuation ("—") still needs a key that is not shared with every other such name.
  return key === '' ? folded : key;
}

function withoutTrailingAbbreviation(name: string): string {
  const match = TRAILING_ABBREVIATION.exec(name);
  if (!match) return name;
  const [, words = '', abbreviation = ''] = match;
  return abbreviates(abbreviation, words) ? words : name;
}

/** Whether the letters of `abbreviation` (at least two) are initials of some of `words`, in order. */
function abbreviates(abbreviation: string, words: string): boolean {
  const letters = [...abbreviation].filter((character) => LETTER.test(character));
  if (letters.length < 2) return false;
  let next = 0;
  for (const word of words.split(WORD_SEPARATORS)) {
    if (word.startsWith(letters[next] ?? '')) next += 1;
    if (next === letters.length) return true;
  }
  return false;
}
