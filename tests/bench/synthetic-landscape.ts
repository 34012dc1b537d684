/**
 * A landscape.yml of any size with made-up but varied product names ("Quindra Velmo 04213"), so that a
 * search narrows the way it does on real names instead of matching every row.
 */
const syllables = ['ka', 'lo', 'mi', 'ne', 'tor', 'vex', 'quin', 'dra', 'sul', 'bri', 'zan', 'pel', 'rho', 'gat', 'fen', 'wyl', 'oc', 'tum'];
const maturities = ['sandbox', 'incubating', 'graduated', undefined, undefined, undefined];

/** mulberry32: a small seeded generator, so every run builds the same file. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticLandscapeYaml(itemCount: number, seed = 2026): string {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  const word = (parts: number) => {
    const text = Array.from({ length: parts }, () => pick(syllables)).join('');
    return text.charAt(0).toUpperCase() + text.slice(1);
  };
  const categories = 12;
  const subcategoriesPerCategory = 8;
  const perSubcategory = Math.ceil(itemCount / (categories * subcategoriesPerCategory));
  const lines = ['landscape:'];
  let made = 0;
  for (let category = 1; category <= categories; category += 1) {
    lines.push('  - category:', `    name: Synthetic Category ${category}`, '    subcategories:');
    for (let subcategory = 1; subcategory <= subcategoriesPerCategory; subcategory += 1) {
      lines.push('      - subcategory:', `        name: Synthetic Subcategory ${category}.${subcategory}`, '        items:');
      for (let index = 0; index < perSubcategory && made < itemCount; index += 1, made += 1) {
        const name = `${word(2)} ${word(2)} ${String(made).padStart(5, '0')}`;
        const slug = name.toLowerCase().replaceAll(' ', '-');
        lines.push(
          '          - item:',
          `            name: ${name}`,
          `            homepage_url: https://${slug}.example.org`,
          `            repo_url: https://github.com/synthetic/${slug}`,
          `            description: ${word(3)} ${pick(['storage', 'networking', 'observability', 'security', 'delivery'])} for ${word(2)} clusters`,
        );
        const maturity = pick(maturities);
        if (maturity) lines.push(`            project: ${maturity}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
