/**
 * Text folding shared by catalogue search and catalogue merging, so that what a user can find by typing
 * and what the import treats as "the same product" agree on case, width and accents.
 */

/**
 * Accents of Latin, Greek and Cyrillic letters (the Combining Diacritical Marks blocks). Only these are
 * removed, not every `\p{M}`: a kana voicing mark or an Indic vowel sign is part of the letter, and
 * dropping it would make "が" match "か".
 */
const DIACRITICS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/gu;
const WHITESPACE_RUN = /\s+/gu;

/**
 * Folds text for comparison: full-width and compatibility forms become their plain forms (NFKC), letters
 * become lower case, accents go ("Café" → "cafe"), and whitespace runs become one space. Chinese text is
 * unchanged apart from full-width punctuation and spaces.
 */
export function normalizeForMatching(text: string): string {
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

/** "(CNI)" at the end of a name: capitals and digits that start with a capital. */
const TRAILING_ABBREVIATION = /^(.*\S)\s*\(([\p{Lu}\p{N}][\p{L}\p{N}]*)\)$/u;
const WORD_SEPARATORS = /[\s\-_/]+/u;
/** Kept by merge keys because they tell products apart: "C" and "C++", "F" and "F#". */
const NOT_NAME_CHARACTERS = /[^\p{L}\p{N}+#]/gu;

/**
 * The key under which two spellings of one product name meet when catalogues are merged.
 *
 * It folds like {@link normalizeForMatching} and then drops spaces and punctuation, so "Kube-OVN",
 * "kube ovn" and "ＫｕｂｅＯＶＮ" share a key. A trailing parenthesised abbreviation of the words before it
 * is dropped too, so "Container Network Interface (CNI)" meets "Container Network Interface" and
 * "Azure Kubernetes Service (AKS)" meets "Azure Kubernetes Service". Anything else in parentheses stays,
 * because there it tells products apart: "Cosmonic (Wasm)", "Upbound (member)", "Alibaba Cloud (KCSP)".
 *
 * Different names of one product ("Project Calico" and "Calico") do not share a key: the catalogue
 * records those as aliases, and merging looks aliases up as well as names.
 */
export function normalizeProductName(name: string): string {
  const plain = name.normalize('NFKC').trim();
  const key = normalizeForMatching(withoutTrailingAbbreviation(plain)).replace(NOT_NAME_CHARACTERS, '');
  // A name made only of punctuation ("—") still needs a key that is not shared with every other such name.
  return key === '' ? normalizeForMatching(plain) : key;
}

function withoutTrailingAbbreviation(name: string): string {
  const match = TRAILING_ABBREVIATION.exec(name);
  if (!match) return name;
  const [, words = '', abbreviation = ''] = match;
  return abbreviates(abbreviation, words) ? words : name;
}

/** Whether the capitals of `abbreviation` (at least two) are the initials of some of `words`, in order. */
function abbreviates(abbreviation: string, words: string): boolean {
  const capitals = [...abbreviation].filter((character) => /\p{Lu}/u.test(character));
  if (capitals.length < 2) return false;
  const initials = words
    .split(WORD_SEPARATORS)
    .map((word) => [...word][0]?.toLowerCase())
    .filter((initial) => initial !== undefined);
  let next = 0;
  for (const initial of initials) {
    if (initial === capitals[next]?.toLowerCase()) next += 1;
    if (next === capitals.length) return true;
  }
  return false;
}
