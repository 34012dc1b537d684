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
