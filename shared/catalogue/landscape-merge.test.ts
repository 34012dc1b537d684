import { describe, expect, it } from 'vitest';
import { importLandscapeFile } from './landscape-import';
import { importReportSchema } from './landscape-import-report';
import { mergeLandscapeIntoCatalogue } from './landscape-merge';
import { catalogueEntrySchema, type CatalogueEntry } from './schema';
import { currentLandscapeYaml, olderLandscapeYaml } from '../../tests/support/landscape-fixture';

const IMPORTED_AT = '2026-08-07T12:00:00.000Z';

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
  const record = importLandscapeFile(currentLandscapeYaml, 'landscape.yml', IMPORTED_AT);

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
    const text = `${olderLandscapeYaml}          - item:
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
