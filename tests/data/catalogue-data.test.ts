import { describe, expect, it } from 'vitest';
import distributionTypes from '../../data/catalogue/distribution-types.json';
import {
  distributionTypeSchema,
  distributionTypeTableSchema,
  type CatalogueEntry,
  type DistributionTypeTable,
  type SeedSection,
} from '../../shared/catalogue/schema';
import { SEED_ROWS, TOTAL_SEED_ROWS, entries, parsedCatalogue, seedSources } from './built-in-catalogue-fixture';

// Parsed without throwing, so a schema break fails the test below with its issues listed.
const parsedTable = distributionTypeTableSchema.safeParse(distributionTypes);
const table: DistributionTypeTable = parsedTable.data ?? { source: '', types: {} as DistributionTypeTable['types'], traits: [] };

/** Rows that name a product already listed: OpenShift Container Platform (twice in distributions), Tack, Container Linux. */
const TOTAL_ENTRIES = 143;

const hasSeedIn = (e: CatalogueEntry, section: SeedSection) => seedSources(e).some((s) => s.section === section);
const byName = (name: string) => entries.find((e) => e.name === name);
const fold = (s: string) => s.trim().toLowerCase();

describe('built-in catalogue files', () => {
  it('products.json parses with builtInCatalogueSchema', () => {
    expect(parsedCatalogue.error?.issues ?? []).toEqual([]);
    expect(parsedCatalogue.data?.source).toMatch(/State of the Kubernetes Ecosystem/);
  });

  it('distribution-types.json parses with distributionTypeTableSchema', () => {
    expect(parsedTable.error?.issues ?? []).toEqual([]);
    expect(parsedTable.data?.source).toMatch(/Table 1\.1/);
  });
});

describe('distribution types (Table 1.1)', () => {
  const allTypes = distributionTypeSchema.options;

  it('describes all four types, each with both languages', () => {
    expect(Object.keys(table.types).sort()).toEqual([...allTypes].sort());
    expect(table.types.community?.label.zh).toBe('社区支持');
    expect(table.types['application-platform']?.label.zh).toContain('PaaS');
  });

  it('has one trait per table row, each with a value for every type', () => {
    expect(table.traits.map((t) => t.label.zh)).toEqual([
      '开发者封装',
      '目标用户',
      '使用成熟度',
      '开发者工具/中间件',
      'DevOps 工具',
      'Vanilla 发行版',
      '控制环境',
      '优点',
      '企业支持',
    ]);
    expect(new Set(table.traits.map((t) => t.id)).size).toBe(table.traits.length);
    for (const trait of table.traits) expect(Object.keys(trait.values).sort()).toEqual([...allTypes].sort());
  });

  it('matches the table cells', () => {
    const cell = (id: string, type: (typeof allTypes)[number]) => table.traits.find((t) => t.id === id)?.values[type];
    expect(cell('developer-abstraction', 'application-platform')?.en).toBe('Yes');
    expect(cell('developer-abstraction', 'vendor-value-add')?.en).toBe('No');
    expect(cell('developer-tooling-middleware', 'vendor-value-add')?.en).toBe('Maybe');
    expect(cell('vanilla-distribution', 'community')?.en).toBe('Yes');
    expect(cell('vanilla-distribution', 'vendor')?.en).toBe('Maybe');
    expect(cell('control-of-environment', 'application-platform')?.en).toBe('No');
    expect(cell('enterprise-support', 'community')?.zh).toBe('没有，只有社区支持');
    expect(cell('usage-maturity', 'community')?.zh).toBe('准备阶段/PoC');
  });
});

describe('catalogue entries', () => {
  it(`has ${TOTAL_ENTRIES} entries covering ${TOTAL_SEED_ROWS} seed rows`, () => {
    expect(entries).toHaveLength(TOTAL_ENTRIES);
    expect(entries.reduce((n, e) => n + seedSources(e).length, 0)).toBe(TOTAL_SEED_ROWS);
  });

  it.each(Object.entries(SEED_ROWS))('seed section %s has %i rows', (section, count) => {
    const rows = entries.flatMap((e) => seedSources(e).filter((s) => s.section === section));
    expect(rows).toHaveLength(count);
  });

  it('never cites the same seed row twice', () => {
    const keys = entries.flatMap((e) => seedSources(e).map((s) => `${s.section}/${s.seedName}`));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has unique ids', () => {
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has names and aliases that never clash across entries (case-insensitive)', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of entries) {
      // An alias may differ from the entry's own name only in case (the seed's "Kops" for kops).
      expect(new Set([e.name, ...e.aliases]).size, `${e.id} repeats its own name or an alias`).toBe(e.aliases.length + 1);
      const own = new Set([e.name, ...e.aliases].map(fold));
      for (const key of own) {
        const prev = owner.get(key);
        if (prev && prev !== e.id) clashes.push(`${key}: ${prev} / ${e.id}`);
        owner.set(key, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('sets seedSection to the first section a product appears in', () => {
    const order: SeedSection[] = ['distributions', 'tools-services', 'devops', 'infrastructure'];
    for (const e of entries) {
      const first = order.find((s) => hasSeedIn(e, s));
      expect(e.seedSection, e.id).toBe(first);
    }
  });

  it('gives every entry a tag and a bilingual description', () => {
    for (const e of entries) {
      expect(e.tags.length, e.id).toBeGreaterThan(0);
      expect(new Set(e.tags).size, e.id).toBe(e.tags.length);
      expect(e.description?.en, e.id).toBeTruthy();
      expect(e.description?.zh, e.id).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives every distributions entry a distributionKind, except Minikube whose row leaves it blank', () => {
    for (const e of entries.filter((x) => hasSeedIn(x, 'distributions'))) {
      if (e.name === 'Minikube') expect(e.distributionKind).toBeUndefined();
      else expect(e.distributionKind, e.id).toBeDefined();
    }
  });

  it('keeps distribution-only fields on distributions entries', () => {
    for (const e of entries.filter((x) => !hasSeedIn(x, 'distributions'))) {
      expect(e.distributionKind, e.id).toBeUndefined();
      expect(e.distributionType, e.id).toBeUndefined();
    }
  });

  it('gives every devops entry a devopsStage, and only those', () => {
    for (const e of entries) {
      if (hasSeedIn(e, 'devops')) expect(e.devopsStage, e.id).toBeDefined();
      else expect(e.devopsStage, e.id).toBeUndefined();
    }
  });

  it('sets professionalService only on tools-and-services entries', () => {
    const withService = entries.filter((e) => e.professionalService);
    for (const e of withService) expect(hasSeedIn(e, 'tools-services'), e.id).toBe(true);
    expect(withService.map((e) => e.name).sort()).toEqual(
      ['Endocode', 'Heptio Professional Services and Support', 'Jetstack Container Services', 'ReactiveOps', 'Supergiant Support'].sort(),
    );
  });

  it('records a successor for every renamed or acquired product, and no year for active ones', () => {
    for (const e of entries) {
      const s = e.status;
      if (!s) continue;
      if (s.state === 'renamed' || s.state === 'acquired') expect(s.successor, e.id).toBeTruthy();
      if (s.state === 'active') expect(s.year, e.id).toBeUndefined();
      // The year is recorded only where a source gives it.
      if (s.year !== undefined) expect(s.year, e.id).toBeGreaterThanOrEqual(2017);
      if (s.year !== undefined) expect(s.year, e.id).toBeLessThanOrEqual(2026);
    }
  });

  it('makes a renamed product findable by its successor name', () => {
    for (const e of entries.filter((x) => x.status?.state === 'renamed')) {
      expect(e.aliases.map(fold), e.id).toContain(fold(e.status?.successor ?? ''));
    }
  });

  it('uses https for links', () => {
    for (const e of entries) {
      if (e.homepage) expect(e.homepage, e.id).toMatch(/^https:\/\//);
      if (e.repository) expect(e.repository, e.id).toMatch(/^https:\/\//);
    }
  });
});

describe('spot checks', () => {
  it('lists Calico under infrastructure, tagged networking, with the seed spelling as alias', () => {
    const calico = byName('Calico');
    expect(calico?.seedSection).toBe('infrastructure');
    expect(calico?.tags).toContain('networking');
    expect(calico?.aliases).toContain('Project Calico');
    expect(calico?.organization).toBe('Tigera');
  });

  it('corrects Kupespray to Kubespray', () => {
    const k = byName('Kubespray');
    expect(k?.aliases).toContain('Kupespray');
    expect(k?.seedSection).toBe('tools-services');
    expect(seedSources(k!).map((s) => s.seedName)).toEqual(['Kupespray']);
    expect(k?.organization).toBeUndefined();
  });

  it('corrects Tritone to Trireme and Network Interface (CNI) to Container Network Interface (CNI)', () => {
    expect(byName('Trireme')?.aliases).toContain('Tritone');
    expect(byName('Trireme')?.organization).toBe('Aporeto');
    expect(byName('Container Network Interface (CNI)')?.aliases).toContain('Network Interface (CNI)');
  });

  it('has flannel and Weave Net with the networking tag', () => {
    for (const name of ['flannel', 'Weave Net']) {
      const e = byName(name);
      expect(e?.seedSection, name).toBe('infrastructure');
      expect(e?.tags, name).toContain('networking');
    }
  });

  it('does not invent Canal (it is only mentioned in a description, not a directory row)', () => {
    expect(entries.find((e) => [e.name, ...e.aliases].some((n) => fold(n) === 'canal'))).toBeUndefined();
  });

  it('merges products that the seed lists twice', () => {
    const tack = byName('Tack');
    expect(tack?.seedSection).toBe('tools-services');
    expect(seedSources(tack!).map((s) => s.section)).toEqual(['tools-services', 'devops']);
    expect(tack?.devopsStage).toBe('package-release');

    const containerLinux = byName('CoreOS Container Linux');
    expect(containerLinux?.seedSection).toBe('devops');
    expect(seedSources(containerLinux!).map((s) => s.seedName)).toEqual(['Container Linux', 'CoreOS Container Linux']);

    const ocp = byName('Red Hat OpenShift Container Platform');
    expect(seedSources(ocp!).map((s) => s.seedName)).toEqual([
      'OpenShift Container Platform',
      'Red Hat OpenShift Container Platform',
    ]);
    // The CNCF Landscape's "Red Hat OpenShift" is this platform, so an import merges into it, not into OpenShift.io.
    expect(ocp?.aliases).toContain('Red Hat OpenShift');
    expect(byName('Red Hat OpenShift.io')?.aliases).not.toContain('Red Hat OpenShift');
  });

  it('omits the organization where the seed says N/A', () => {
    for (const name of ['Bootkube', 'cAdvisor', 'Kubernetes service-catalog', 'Kubespray', 'Tack', 'Istio', 'Romana']) {
      expect(byName(name), name).toBeDefined();
      expect(byName(name)?.organization, name).toBeUndefined();
    }
  });

  it('records Table 1.1 types the seed supports', () => {
    expect(byName('Kubernetes')?.distributionType).toBe('community');
    expect(byName('Minikube')?.distributionType).toBe('community');
    expect(byName('Tectonic')?.distributionType).toBe('vendor');
    expect(byName('Canonical Distribution of Kubernetes')?.distributionType).toBe('vendor');
    for (const name of ['OpenShift Origin', 'Deis Workflow', 'APPUiO', 'Kel']) {
      expect(byName(name)?.distributionType, name).toBe('application-platform');
    }
  });

  it('records well-known renames', () => {
    expect(byName('Google Container Engine')?.status).toMatchObject({ state: 'renamed', successor: 'Google Kubernetes Engine' });
    expect(byName('Ark')?.status).toMatchObject({ state: 'renamed', year: 2019, successor: 'Velero', maintainer: 'velero-io' });
    expect(byName('Pivotal Container Service')?.status).toMatchObject({ state: 'renamed', successor: 'VMware Tanzu Kubernetes Grid Integrated Edition' });
    expect(byName('Canonical Distribution of Kubernetes')?.status).toMatchObject({ state: 'renamed', successor: 'Charmed Kubernetes' });
    expect(byName('StackPointCloud')?.status).toMatchObject({ state: 'acquired', successor: 'NetApp' });
    expect(byName('rkt')?.status).toMatchObject({ state: 'archived', year: 2019 });
    expect(byName('Kubernetes')?.status).toMatchObject({ state: 'active' });
  });

  it('records the fates of 2024–2026 the issue lists', () => {
    expect(byName('Codeship Pro')?.status).toMatchObject({ state: 'discontinued', year: 2026 });
    expect(byName('MinIO')?.status).toMatchObject({ state: 'archived', year: 2026 });
    expect(byName('Kubernetes Dashboard')?.status).toMatchObject({ state: 'archived', year: 2026 });
    expect(byName('Weave Net')?.status).toMatchObject({ state: 'unmaintained', year: 2024 });
    for (const name of ['Weave Scope', 'Kubediff']) expect(byName(name)?.status, name).toMatchObject({ state: 'archived' });
    expect(byName('Weave Cloud')?.status).toMatchObject({ state: 'discontinued' });
  });
});
