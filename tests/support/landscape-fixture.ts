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

/** The shape of the current landscape.yml: `- category:` with a null value and `name` beside it. */
export const currentLandscapeYaml = `landscape:
  - category:
    name: Runtime
    subcategories:
      - subcategory:
        name: Cloud Native Network
        items:
          - item:
            name: Project Calico
            homepage_url: https://www.tigera.io/project-calico
            repo_url: https://github.com/projectcalico/calico
            logo: project-calico.svg
            crunchbase: https://www.crunchbase.com/organization/tigera
          - item:
            name: Container Network Interface (CNI)
            description: Container Network Interface - networking for Linux containers
            homepage_url: https://www.cni.dev/
            repo_url: https://github.com/containernetworking/cni
            project: incubating
            extra:
              accepted: '2017-05-23'
      - subcategory:
        name: Cloud Native Storage
        items: []
  - category:
    name: Orchestration & Management
    subcategories:
      - subcategory:
        name: Scheduling & Orchestration
        items:
          - item:
            name: Kubernetes
            description: Kubernetes is an open-source system for automating deployment, scaling, and management of containerized applications
            homepage_url: https://kubernetes.io/
            project: graduated
            repo_url: https://github.com/kubernetes/kubernetes
            logo: kubernetes.svg
`;

/**
 * The shape of landscape.yml around 2018–2020: hyphenated "Cloud-Native" subcategories, Monitoring and
 * Logging as their own subcategories, `second_path`, `organization: {name}`, `unnamed_organization`,
 * `enduser`, `joined`, items without description or repo_url, and an `- item:` with nothing under it.
 */
export const olderLandscapeYaml = `landscape:
  - category:
    name: Runtime
    subcategories:
      - subcategory:
        name: Cloud-Native Network
        items:
          - item:
            name: CNI
            homepage_url: https://github.com/containernetworking/cni
            logo: cni.svg
            twitter: https://twitter.com/cncf
            crunchbase: https://www.crunchbase.com/organization/cloud-native-computing-foundation
            project: incubating
          - item:
            name: Flannel
            homepage_url: https://github.com/coreos/flannel
            repo_url: https://github.com/coreos/flannel
            logo: flannel.svg
            organization:
              name: CoreOS
          - item:
          - item:
            name: Weave Net
            homepage_url: https://www.weave.works/oss/net/
            logo: weave-net.svg
            unnamed_organization: true
            enduser: true
            joined: 2017-05-01
  - category:
    name: Observability and Analysis
    subcategories:
      - subcategory:
        name: Monitoring
        items:
          - item:
            name: Prometheus
            homepage_url: https://prometheus.io/
            repo_url: https://github.com/prometheus/prometheus
            logo: prometheus.svg
            project: graduated
      - subcategory:
        name: Logging
        items:
          - item:
            name: Fluentd
            homepage_url: https://www.fluentd.org/
            repo_url: https://github.com/fluent/fluentd
            logo: fluentd.svg
            project: graduated
            second_path:
              - Observability and Analysis / Monitoring
`;

/** A landscape with one category and subcategory holding `items` (YAML, indented as list entries). */
export function oneSubcategoryLandscapeYaml(items: string): string {
  return `landscape:
  - category:
    name: Runtime
    subcategories:
      - subcategory:
        name: Cloud Native Network
        items:
${items}`;
}
