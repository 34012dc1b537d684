import { describe, expect, it } from 'vitest';
import {
  importLandscapeFile,
  landscapeItemsToEntries,
  LandscapeImportError,
  mergeLandscapeIntoCatalogue,
  parseLandscapeFile,
  tagsForLandscapePath,
  type LandscapeImportErrorCode,
  type LandscapeItem,
} from './landscape-import';
import { importReportSchema, landscapeImportRecordSchema, MAX_LANDSCAPE_BYTES } from './landscape-import-report';
import { catalogueEntrySchema, type CatalogueEntry } from './schema';

const IMPORTED_AT = '2026-08-07T12:00:00.000Z';

/** The shape of the current landscape.yml: `- category:` with a null value and `name` beside it. */
const currentLandscape = `landscape:
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
const olderLandscape = `landscape:
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
function landscapeWith(items: string): string {
  return `landscape:
  - category:
    name: Runtime
    subcategories:
      - subcategory:
        name: Cloud Native Network
        items:
${items}`;
}

function expectImportError(text: string, code: LandscapeImportErrorCode): LandscapeImportError {
  try {
    parseLandscapeFile(text, 'landscape.yml');
  } catch (error) {
    expect(error).toBeInstanceOf(LandscapeImportError);
    const importError = error as LandscapeImportError;
    expect(importError.code).toBe(code);
    expect(importError.message).not.toContain('landscape.yml');
    return importError;
  }
  throw new Error(`expected a ${code} error`);
}

describe('parseLandscapeFile', () => {
  it('reads the items of a current landscape file with their paths and lines', () => {
    const { items, subcategories, report } = parseLandscapeFile(currentLandscape, 'landscape.yml');
    expect(items.map((item) => item.name)).toEqual(['Project Calico', 'Container Network Interface (CNI)', 'Kubernetes']);
    expect(items[2]).toEqual({
      name: 'Kubernetes',
      category: 'Orchestration & Management',
      subcategory: 'Scheduling & Orchestration',
      homepage: 'https://kubernetes.io/',
      repository: 'https://github.com/kubernetes/kubernetes',
      description:
        'Kubernetes is an open-source system for automating deployment, scaling, and management of containerized applications',
      maturity: 'graduated',
      line: 31,
    });
    expect(items[0]?.maturity).toBeUndefined();
    expect(items[0]?.line).toBe(8);
    expect(subcategories).toEqual([
      { category: 'Runtime', subcategory: 'Cloud Native Network' },
      { category: 'Runtime', subcategory: 'Cloud Native Storage' },
      { category: 'Orchestration & Management', subcategory: 'Scheduling & Orchestration' },
    ]);
    expect(report).toEqual({ totalItems: 3, repeated: [], skipped: [], warnings: [] });
  });

  it('reads an older landscape file: second paths, organizations, items without description or name', () => {
    const { items, report } = parseLandscapeFile(olderLandscape, 'landscape-2019.yml');
    expect(items.map((item) => item.name)).toEqual(['CNI', 'Flannel', 'Weave Net', 'Prometheus', 'Fluentd']);
    const byName = new Map(items.map((item) => [item.name, item]));
    expect(byName.get('Flannel')?.organization).toBe('CoreOS');
    expect(byName.get('Weave Net')?.description).toBeUndefined();
    expect(byName.get('Weave Net')?.repository).toBeUndefined();
    expect(byName.get('Fluentd')?.otherPaths).toEqual([
      { category: 'Observability and Analysis', subcategory: 'Monitoring' },
    ]);
    expect(report.totalItems).toBe(6);
    expect(report.skipped).toEqual([
      {
        reason: 'missing-name',
        category: 'Runtime',
        subcategory: 'Cloud-Native Network',
        line: 22,
        detail: 'An item in Runtime / Cloud-Native Network (line 22) has no name.',
      },
    ]);
  });

  it('treats one product listed twice with the same homepage or repository as one item in both places', () => {
    const text = `${currentLandscape}      - subcategory:
        name: Service Mesh
        items:
          - item:
            name: kubernetes
            homepage_url: https://www.kubernetes.io
          - item:
            name: Project-Calico
            homepage_url: https://projectcalico.org/
            repo_url: https://github.com/projectcalico/calico.git
`;
    const { items, report } = parseLandscapeFile(text, 'landscape.yml');
    expect(items).toHaveLength(3);
    expect(items.find((item) => item.name === 'Kubernetes')?.otherPaths).toEqual([
      { category: 'Orchestration & Management', subcategory: 'Service Mesh' },
    ]);
    expect(items.find((item) => item.name === 'Project Calico')?.otherPaths).toHaveLength(1);
    expect(report.repeated).toEqual([
      { name: 'kubernetes', category: 'Orchestration & Management', subcategory: 'Service Mesh', line: 41, firstLine: 31 },
      {
        name: 'Project-Calico',
        category: 'Orchestration & Management',
        subcategory: 'Service Mesh',
        line: 44,
        firstLine: 8,
      },
    ]);
    expect(report.totalItems).toBe(items.length + report.repeated.length + report.skipped.length);
  });

  it('skips a second product under a name already used, naming both places', () => {
    const text = landscapeWith(`          - item:
            name: Antrea
            homepage_url: https://antrea.io/
          - item:
            name: ANTREA
            homepage_url: https://example.com/another-antrea
`);
    const { items, report } = parseLandscapeFile(text, 'landscape.yml');
    expect(items.map((item) => item.name)).toEqual(['Antrea']);
    expect(report.skipped).toEqual([
      {
        reason: 'duplicate',
        name: 'ANTREA',
        category: 'Runtime',
        subcategory: 'Cloud Native Network',
        line: 11,
        first: { category: 'Runtime', subcategory: 'Cloud Native Network', line: 8 },
        detail:
          'ANTREA in Runtime / Cloud Native Network (line 11) has the name of Antrea in Runtime / Cloud Native Network (line 8) but a different homepage; only the first was imported.',
      },
    ]);
  });

  it('reads numeric names as text and ignores empty descriptions', () => {
    const { items } = parseLandscapeFile(
      landscapeWith(`          - name: 2048
            description:
            homepage_url: https://example.com/
`),
      'landscape.yml',
    );
    expect(items).toEqual([
      { name: '2048', category: 'Runtime', subcategory: 'Cloud Native Network', homepage: 'https://example.com/', line: 8 },
    ]);
  });

  it('reads a second path written as one text instead of a list', () => {
    const { items } = parseLandscapeFile(
      `${currentLandscape}            second_path: Runtime / Cloud Native Storage\n`,
      'landscape.yml',
    );
    expect(items.find((item) => item.name === 'Kubernetes')?.otherPaths).toEqual([
      { category: 'Runtime', subcategory: 'Cloud Native Storage' },
    ]);
  });

  it('warns about second paths and maturities it does not know, and keeps the item', () => {
    const { items, report } = parseLandscapeFile(
      landscapeWith(`          - item:
            name: Cilium
            project: mature
            second_path:
              - Runtime / Cloud Native Storage
              - Runtime/Cloud Native Network
              - runtime / cloud native network
`),
      'landscape.yml',
    );
    expect(items[0]?.maturity).toBeUndefined();
    expect(items[0]?.otherPaths).toBeUndefined();
    expect(report.warnings.map((warning) => warning.kind)).toEqual([
      'unknown-maturity',
      'unknown-second-path',
      'unknown-second-path',
    ]);
    expect(report.warnings[0]?.detail).toBe(
      'Cilium: the project maturity "mature" is not one of sandbox, incubating, graduated, archived; it was left out.',
    );
  });
});

describe('parseLandscapeFile on bad input', () => {
  it('refuses text that is not YAML, naming the line', () => {
    const error = expectImportError('key: [unclosed', 'not-yaml');
    expect(error.line).toBe(1);
    expect(error.message).toMatch(/^Not valid YAML: .+ \(line 1, column \d+\)\.$/u);
  });

  it('refuses YAML with a key given twice or an alias to nothing', () => {
    expect(expectImportError('landscape: []\nlandscape: []\n', 'not-yaml').line).toBe(2);
    const alias = expectImportError('landscape:\n  - *nowhere\n', 'not-yaml');
    expect(alias.line).toBe(2);
    expect(alias.message).toContain('line 2');
  });

  it('refuses YAML that is not a landscape', () => {
    expect(expectImportError('[1, 2]', 'not-landscape').message).toBe(
      'Not a CNCF landscape file: at the top level, expected a mapping with a top-level `landscape:` list of categories (line 1).',
    );
    expect(expectImportError('landscape: 5', 'not-landscape').message).toContain(
      'at landscape, expected a list of categories (line 1)',
    );
    expectImportError('', 'not-landscape');
  });

  it('names the path and line of the first thing that is not landscape-shaped', () => {
    const error = expectImportError(
      `landscape:
  - category:
    name: Runtime
    subcategories:
      - subcategory:
        items: []
`,
      'not-landscape',
    );
    expect(error.line).toBe(5);
    expect(error.message).toBe(
      'Not a CNCF landscape file: at landscape[0].subcategories[0].name, expected a name (line 5).',
    );
  });

  // Without the alias cap this would expand to a billion nodes and never return: vitest's timeout
  // is the guard; how fast it fails is for the benchmarks, not a test.
  it('refuses a billion-laughs alias bomb', () => {
    const levels = 'abcdefghi';
    const lines = [`a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
    for (let level = 1; level < levels.length; level += 1) {
      const previous = `*${levels[level - 1]}`;
      lines.push(`${levels[level]}: &${levels[level]} [${Array(9).fill(previous).join(',')}]`);
    }
    const error = expectImportError(`landscape:\n  - ${lines.join('\n    ')}\n`, 'alias-bomb');
    expect(error.message).toContain('aliases');
  });

  it('refuses a file over 50 MB', () => {
    // Three UTF-8 bytes per character: under the limit in characters, over it in bytes.
    const text = '网'.repeat(Math.floor(MAX_LANDSCAPE_BYTES / 3) + 1);
    expect(expectImportError(text, 'too-large').message).toBe(
      'The file is larger than 50 MB, the most a landscape file may be.',
    );
  });

  it('refuses a file whose items all lack a name, naming the first one and its line', () => {
    const error = expectImportError(
      landscapeWith(`          - item:
            homepage_url: https://example.com/
          -
`),
      'missing-name',
    );
    expect(error.line).toBe(8);
    expect(error.message).toBe(
      'No item has a name; the first item without one is in Runtime / Cloud Native Network (line 8).',
    );
  });

  it('refuses a landscape with no items', () => {
    expectImportError('landscape: []\n', 'no-items');
    expectImportError(landscapeWith(''), 'no-items');
  });
});

describe('tagsForLandscapePath', () => {
  it('maps subcategories deliberately, whatever their punctuation', () => {
    expect(tagsForLandscapePath({ category: 'Platform', subcategory: 'Certified Kubernetes - Hosted' })).toEqual([
      'managed-service',
    ]);
    expect(tagsForLandscapePath({ category: 'Runtime', subcategory: 'Cloud-Native Storage' })).toEqual(['storage']);
    expect(
      tagsForLandscapePath({ category: 'AI Native Infra', subcategory: 'Governance, Policy & Security' }),
    ).toEqual(['security']);
    expect(tagsForLandscapePath({ category: 'CNCF Members', subcategory: 'Silver' })).toEqual([]);
  });

  it('tags anything under Serverless as serverless, and knows nothing else it was not told', () => {
    expect(tagsForLandscapePath({ category: 'Serverless', subcategory: 'Platform' })).toEqual(['serverless']);
    expect(tagsForLandscapePath({ category: 'Cloud', subcategory: 'Public' })).toBeUndefined();
  });
});

describe('landscapeItemsToEntries', () => {
  const item = (fields: Partial<LandscapeItem> & { name: string }): LandscapeItem => ({
    category: 'Runtime',
    subcategory: 'Cloud Native Network',
    ...fields,
  });

  it('maps items to valid catalogue entries with a source per path and tags from every path', () => {
    const { entries, warnings } = landscapeItemsToEntries(
      parseLandscapeFile(olderLandscape, 'landscape-2019.yml').items,
      'landscape-2019.yml',
    );
    expect(warnings).toEqual([]);
    for (const entry of entries) expect(catalogueEntrySchema.parse(entry)).toEqual(entry);
    const fluentd = entries.find((entry) => entry.name === 'Fluentd');
    expect(fluentd).toEqual({
      id: 'cncf-fluentd',
      name: 'Fluentd',
      aliases: [],
      tags: ['logging', 'monitoring'],
      maturity: 'graduated',
      homepage: 'https://www.fluentd.org/',
      repository: 'https://github.com/fluent/fluentd',
      sources: [
        { kind: 'cncf-landscape', category: 'Observability and Analysis', subcategory: 'Logging', file: 'landscape-2019.yml' },
        { kind: 'cncf-landscape', category: 'Observability and Analysis', subcategory: 'Monitoring', file: 'landscape-2019.yml' },
      ],
    });
    expect(entries.find((entry) => entry.name === 'Flannel')?.organization).toBe('CoreOS');
    expect(entries.find((entry) => entry.name === 'CNI')?.tags).toEqual(['networking']);
  });

  it('gives every entry a unique cncf- id, also for names without Latin letters', () => {
    const { entries } = landscapeItemsToEntries(
      [item({ name: 'Foo Bar' }), item({ name: 'Foo.Bar' }), item({ name: '灵雀云' }), item({ name: 'C++' })],
      'landscape.yml',
    );
    expect(entries.map((entry) => entry.id)).toEqual(['cncf-foo-bar', 'cncf-foo-bar-2', 'cncf-item', 'cncf-c-plus-plus']);
  });

  it('leaves out links that are not web addresses and warns about each', () => {
    const { entries, warnings } = landscapeItemsToEntries(
      [
        item({ name: 'A', homepage: 'javascript:alert(1)', repository: 'github.com/a/a' }),
        item({ name: 'B', homepage: 'ftp://example.com/', repository: 'https://github.com/b/b', line: 12 }),
      ],
      'landscape.yml',
    );
    expect(entries[0]?.homepage).toBeUndefined();
    expect(entries[0]?.repository).toBeUndefined();
    expect(entries[1]?.repository).toBe('https://github.com/b/b');
    expect(warnings.map((warning) => [warning.kind, warning.name])).toEqual([
      ['invalid-url', 'A'],
      ['invalid-url', 'A'],
      ['invalid-url', 'B'],
    ]);
    expect(warnings[2]).toEqual({
      kind: 'invalid-url',
      name: 'B',
      line: 12,
      value: 'ftp://example.com/',
      detail: 'B: the homepage "ftp://example.com/" is not a web address; it was left out.',
    });
  });

  it('leaves tags empty for a subcategory it has no tag for', () => {
    const { entries } = landscapeItemsToEntries(
      [item({ name: 'etcd', category: 'Orchestration & Management', subcategory: 'Coordination & Service Discovery' })],
      'landscape.yml',
    );
    expect(entries[0]?.tags).toEqual([]);
  });
});

describe('importLandscapeFile', () => {
  it('makes a record that main can store and read back', () => {
    const record = importLandscapeFile(currentLandscape, 'landscape.yml', IMPORTED_AT);
    const stored: unknown = JSON.parse(JSON.stringify(record));
    expect(landscapeImportRecordSchema.parse(stored)).toEqual(record);
    expect(record.entries.map((entry) => entry.id)).toEqual([
      'cncf-project-calico',
      'cncf-container-network-interface-cni',
      'cncf-kubernetes',
    ]);
  });

  it('refuses a record whose time is not an ISO date', () => {
    const record = importLandscapeFile(currentLandscape, 'landscape.yml', IMPORTED_AT);
    expect(landscapeImportRecordSchema.safeParse({ ...record, importedAt: 'yesterday' }).success).toBe(false);
  });
});

describe('mergeLandscapeIntoCatalogue', () => {
  const calico: CatalogueEntry = {
    id: 'calico',
    name: 'Calico',
    aliases: ['Project Calico'],
    organization: 'Tigera',
    tags: ['networking', 'security'],
    description: { en: 'Networking and network policy.', zh: '容器网络与网络策略。' },
    homepage: 'https://www.projectcalico.org/',
    sources: [{ kind: 'seed', section: 'infrastructure', seedName: 'Calico' }],
  };
  const cni: CatalogueEntry = {
    id: 'cni',
    name: 'Container Network Interface',
    aliases: [],
    tags: ['networking'],
    maturity: 'sandbox',
    sources: [{ kind: 'seed', section: 'infrastructure', seedName: 'CNI' }],
  };
  const kubernetesDistribution: CatalogueEntry = {
    id: 'cncf-kubernetes',
    name: 'Vanilla Kubernetes',
    aliases: [],
    tags: ['distribution'],
    sources: [{ kind: 'seed', section: 'distributions', seedName: 'Kubernetes' }],
  };
  const builtIn = [calico, cni, kubernetesDistribution];
  const record = importLandscapeFile(currentLandscape, 'landscape.yml', IMPORTED_AT);

  it('merges an imported entry into the built-in row whose alias it matches, keeping both sources', () => {
    const { entries, report } = mergeLandscapeIntoCatalogue(builtIn, record);
    const merged = entries.filter((entry) => entry.name === 'Calico' || entry.name === 'Project Calico');
    expect(merged).toEqual([
      {
        ...calico,
        repository: 'https://github.com/projectcalico/calico',
        sources: [
          calico.sources[0],
          { kind: 'cncf-landscape', category: 'Runtime', subcategory: 'Cloud Native Network', file: 'landscape.yml' },
        ],
      },
    ]);
    expect(report.merged).toContainEqual({ name: 'Project Calico', builtInId: 'calico', rule: 'alias' });
  });

  it('merges a name with a trailing abbreviation and takes the landscape maturity and description', () => {
    const { entries } = mergeLandscapeIntoCatalogue(builtIn, record);
    const row = entries.find((entry) => entry.id === 'cni');
    expect(row?.name).toBe('Container Network Interface');
    expect(row?.maturity).toBe('incubating');
    expect(row?.landscapeDescription).toBe('Container Network Interface - networking for Linux containers');
    expect(row?.homepage).toBe('https://www.cni.dev/');
  });

  it('adds entries that match nothing after the built-in rows, renaming an id that is taken', () => {
    const { entries, report } = mergeLandscapeIntoCatalogue(builtIn, record);
    expect(entries.map((entry) => entry.id)).toEqual(['calico', 'cni', 'cncf-kubernetes', 'cncf-kubernetes-2']);
    expect(entries[3]?.name).toBe('Kubernetes');
    expect(report.added).toEqual(['Kubernetes']);
    for (const entry of entries) expect(catalogueEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('prefers a built-in name over another built-in alias', () => {
    const projectCalico: CatalogueEntry = { ...calico, id: 'project-calico', name: 'Project Calico', aliases: [] };
    const { report } = mergeLandscapeIntoCatalogue([calico, projectCalico], record);
    expect(report.merged).toContainEqual({ name: 'Project Calico', builtInId: 'project-calico', rule: 'name' });
  });

  it('reports every listing of the file: added, merged, repeated or skipped', () => {
    const text = `${olderLandscape}          - item:
            name: FluentD
            homepage_url: https://fluentd.org
          - item:
            name: Prometheus
            homepage_url: https://example.com/not-prometheus
`;
    const withAlias = [calico, { ...cni, aliases: ['CNI'] }];
    const { report } = mergeLandscapeIntoCatalogue(withAlias, importLandscapeFile(text, 'old.yml', IMPORTED_AT));
    expect(importReportSchema.parse(report)).toEqual(report);
    expect(report.fileName).toBe('old.yml');
    expect(report.totalItems).toBe(8);
    expect(report.merged.map((merge) => merge.builtInId)).toEqual(['cni']);
    expect(report.added).toEqual(['Flannel', 'Weave Net', 'Prometheus', 'Fluentd']);
    expect(report.repeated.map((listing) => listing.name)).toEqual(['FluentD']);
    expect(report.skipped.map((listing) => listing.reason)).toEqual(['missing-name', 'duplicate']);
    expect(report.added.length + report.merged.length + report.repeated.length + report.skipped.length).toBe(
      report.totalItems,
    );
  });

  it('leaves its inputs unchanged', () => {
    const before = JSON.stringify([builtIn, record]);
    mergeLandscapeIntoCatalogue(builtIn, record);
    expect(JSON.stringify([builtIn, record])).toBe(before);
  });
});
