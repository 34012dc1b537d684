/** One style rule: the at-rules it sits in (`@media (width < 960px)`), its selectors and the classes they name. */
export interface StyleRule {
  context: string[];
  selectors: string[];
  classes: string[];
}

/** At-rules whose blocks hold declarations or keyframes, not style rules. */
const NO_STYLE_RULES = /^@(keyframes|font-face|page|property)/;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Splits on the commas that separate selectors, not those inside `:is(a, b)` or `[title='a, b']`. */
function splitSelectors(list: string): string[] {
  const selectors: string[] = [];
  let depth = 0;
  let quote = '';
  let current = '';
  for (const char of list) {
    if (quote) {
      if (char === quote) quote = '';
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === ',' && depth === 0) {
      selectors.push(squash(current));
      current = '';
      continue;
    }
    current += char;
  }
  selectors.push(squash(current));
  return selectors.filter(Boolean);
}

function classesIn(selector: string): string[] {
  const withoutStrings = selector.replace(/(["'])(?:(?!\1).)*\1/g, '');
  return [...withoutStrings.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((match) => match[1]!);
}

/** Reads a stylesheet's rules; enough of CSS for the project's own files (no nesting inside style rules). */
export function parseStylesheet(css: string): StyleRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: StyleRule[] = [];
  const context: string[] = [];
  let prelude = '';
  let skipDepth = 0;
  let inDeclarations = false;
  for (const char of text) {
    if (skipDepth > 0) {
      if (char === '{') skipDepth += 1;
      if (char === '}') skipDepth -= 1;
      continue;
    }
    if (inDeclarations) {
      if (char === '}') inDeclarations = false;
      continue;
    }
    if (char === '{') {
      const head = squash(prelude);
      prelude = '';
      if (NO_STYLE_RULES.test(head)) skipDepth = 1;
      else if (head.startsWith('@')) context.push(head);
      else {
        const selectors = splitSelectors(head);
        rules.push({ context: [...context], selectors, classes: [...new Set(selectors.flatMap(classesIn))] });
        inDeclarations = true;
      }
    } else if (char === '}') {
      context.pop();
      prelude = '';
    } else if (char === ';') prelude = '';
    else prelude += char;
  }
  return rules;
}

/** The text of an attribute value: a quoted string, or a `{…}` expression with its braces balanced. */
function attributeValue(source: string, start: number): string {
  const opener = source[start];
  if (opener === '"' || opener === "'") return source.slice(start + 1, source.indexOf(opener, start + 1));
  if (opener !== '{') return '';
  let depth = 0;
  for (let index = start; index < source.length; index += 1) {
    if (source[index] === '{') depth += 1;
    if (source[index] === '}') depth -= 1;
    if (depth === 0) return source.slice(start + 1, index);
  }
  return '';
}

/**
 * The class names a component's markup names literally: every word of a string inside a `className`
 * value, whether on an element or passed to a component. Names built at run time (`stat-${key}`) are
 * not seen; their fixed parts are.
 */
export function classesUsedInMarkup(source: string): Set<string> {
  const names = new Set<string>();
  for (const match of source.matchAll(/\bclassName=/g)) {
    const value = attributeValue(source, match.index + match[0].length);
    const literal = /^[^'"`{}]*$/.test(value) ? [value] : [...value.matchAll(/(["'`])((?:(?!\1).)*)\1/g)].map((part) => part[2]!);
    for (const text of literal) {
      for (const word of text.replace(/\$\{[^}]*\}/g, ' ').split(/\s+/)) if (/^-?[_a-zA-Z][\w-]*$/.test(word)) names.add(word);
    }
  }
  return names;
}
