/** One item of a test landscape; fields left out are left out of the YAML too. */
export type LandscapeFixtureItem = {
  name?: string;
  homepage?: string;
  repository?: string;
  project?: string;
  description?: string;
};

/**
 * A landscape.yml in the current file's shape (`- category:` with a null value and `name` beside it)
 * whose one subcategory, Runtime › Cloud Native Network, holds `items`: the small imports the unit
 * and e2e tests run.
 */
export function networkLandscapeYaml(items: readonly LandscapeFixtureItem[]): string {
  const fields: [keyof LandscapeFixtureItem, string][] = [
    ['name', 'name'],
    ['homepage', 'homepage_url'],
    ['repository', 'repo_url'],
    ['project', 'project'],
    ['description', 'description'],
  ];
  const itemLines = items.flatMap((item) => [
    '          - item:',
    ...fields.flatMap(([field, key]) => (item[field] === undefined ? [] : [`            ${key}: ${item[field]}`])),
  ]);
  return [
    'landscape:',
    '  - category:',
    '    name: Runtime',
    '    subcategories:',
    '      - subcategory:',
    '        name: Cloud Native Network',
    '        items:',
    ...itemLines,
    '',
  ].join('\n');
}

/**
 * The three shapes of landscape.yml the project has seen:
 * - `current`: the 2026 file, `- item:` with the fields beside it, URLs unquoted;
 * - `older`: 2018–2020 files, hyphenated "Cloud-Native" subcategories, quoted URLs, `crunchbase`,
 *   `organization: {name}`;
 * - `name-only`: listings written as `- name:` without the `item:` key (two in the 2026 file).
 */
export const landscapeShapes = ['current', 'older', 'name-only'] as const;
export type LandscapeShape = (typeof landscapeShapes)[number];

export type ShapedLandscapeItem = { name: string; homepage?: string; repository?: string; organization?: string };

/** A landscape.yml of one shape whose one subcategory (Platform › Certified Kubernetes - Distribution) holds `items`. */
export function platformLandscapeYaml(shape: LandscapeShape, items: readonly ShapedLandscapeItem[]): string {
  const url = (value: string) => (shape === 'older' ? `'${value}'` : value);
  const itemLines = items.flatMap((item) => {
    const first = shape === 'name-only' ? [`          - name: ${item.name}`] : ['          - item:', `            name: ${item.name}`];
    return [
      ...first,
      ...(item.homepage === undefined ? [] : [`            homepage_url: ${url(item.homepage)}`]),
      ...(item.repository === undefined ? [] : [`            repo_url: ${url(item.repository)}`]),
      ...(shape === 'older' ? [`            crunchbase: ${url('https://www.crunchbase.com/organization/example')}`] : []),
      ...(shape === 'older' && item.organization !== undefined ? ['            organization:', `              name: ${item.organization}`] : []),
    ];
  });
  return [
    'landscape:',
    '  - category:',
    '    name: Platform',
    '    subcategories:',
    '      - subcategory:',
    '        name: Certified Kubernetes - Distribution',
    '        items:',
    ...itemLines,
    '',
  ].join('\n');
}
