import { beforeAll, describe, expect, it } from 'vitest';
import type { ParsedLandscape } from './landscape-fold';
import { importLandscapeFile } from './landscape-import';
import { mergeLandscapeIntoCatalogue } from './landscape-merge';
import { parseLandscapeFile } from './landscape-parse';
import { tagsForLandscapePath } from './landscape-tags';
import { importReportSchema, landscapeImportRecordSchema, type LandscapeImportRecord } from './landscape-import-report';
import type { CatalogueEntry } from './schema';
import { landscape2026 } from '../../tests/support/shared-reference';

const FILE_NAME = 'cncf-landscape-2026-08-07.yml';

describe.skipIf(!landscape2026.available)(
  `importing the real ${FILE_NAME}${landscape2026.skipNote}`,
  () => {
    // Read in beforeAll, which a skipped suite does not run; the suite body runs either way.
    let parsed: ParsedLandscape;
    let record: LandscapeImportRecord;
    beforeAll(() => {
      const text = landscape2026.read();
      parsed = parseLandscapeFile(text, FILE_NAME);
      record = importLandscapeFile(text, FILE_NAME, '2026-08-07T00:00:00.000Z');
    });

    it('accounts for every listing: 2,411 under `- item:` and 2 written as `- name:`', () => {
      const { report } = record;
      expect(report.totalItems).toBe(2_413);
      expect(record.entries.length + report.repeated.length + report.skipped.length).toBe(2_413);
      expect(record.entries).toHaveLength(2_405);
      expect(parsed.items.map((item) => item.name)).toEqual(expect.arrayContaining(['KubeReport', 'Volcano Engine APMPlus']));
    });

    it('folds the products the file lists twice and skips the one name used for two products', () => {
      const { report } = record;
      expect(report.repeated.map((listing) => listing.name).sort()).toEqual(
        ['k0rdent', 'Kgateway', 'MockServer', 'OpenGauss', 'Okahu', 'Trulens', 'Upbound (member)'].sort(),
      );
      expect(report.skipped).toHaveLength(1);
      expect(report.skipped[0]).toMatchObject({
        reason: 'duplicate',
        name: 'DeepFlow',
        category: 'AI Native Infra',
        subcategory: 'Observability',
      });
      const k0rdent = record.entries.find((entry) => entry.name === 'k0rdent');
      expect(k0rdent?.sources.map((source) => (source.kind === 'cncf-landscape' ? source.subcategory : ''))).toEqual([
        'Scheduling & Orchestration',
        'Certified Kubernetes - Distribution',
        'Certified Kubernetes - AI Platform',
      ]);
    });

    it('sees all 15 categories and 80 subcategories, maps each deliberately, and lists an item under each', () => {
      expect(new Set(parsed.subcategories.map((path) => path.category)).size).toBe(15);
      expect(parsed.subcategories).toHaveLength(80);
      expect(parsed.subcategories.filter((path) => tagsForLandscapePath(path) === undefined)).toEqual([]);
      const listed = new Set(
        record.entries.flatMap((entry) =>
          entry.sources.map((source) => (source.kind === 'cncf-landscape' ? `${source.category} / ${source.subcategory}` : '')),
        ),
      );
      expect(listed.size).toBe(80);
    });

    it('warns only about the two second paths that name no subcategory of the file', () => {
      expect(record.report.warnings.map((warning) => [warning.kind, warning.name])).toEqual([
        ['unknown-second-path', 'Open Policy Agent (OPA)'],
        ['unknown-second-path', 'OpenFunction'],
      ]);
    });

    it('reads maturities: Kubernetes is graduated; Project Calico is not a CNCF project', () => {
      const kubernetes = record.entries.find((entry) => entry.name === 'Kubernetes');
      expect(kubernetes).toMatchObject({ maturity: 'graduated', homepage: 'https://kubernetes.io/', tags: ['scheduling'] });
      const calico = record.entries.find((entry) => entry.name === 'Project Calico');
      expect(calico).toMatchObject({ repository: 'https://github.com/projectcalico/calico', tags: ['networking'] });
      expect(calico?.maturity).toBeUndefined();
      const counts = new Map<string, number>();
      for (const entry of record.entries) {
        if (entry.maturity) counts.set(entry.maturity, (counts.get(entry.maturity) ?? 0) + 1);
      }
      expect(Object.fromEntries(counts)).toEqual({ sandbox: 151, incubating: 38, graduated: 38, archived: 28 });
    });

    it('makes a record that validates as stored', () => {
      expect(landscapeImportRecordSchema.safeParse(JSON.parse(JSON.stringify(record))).success).toBe(true);
      expect(new Set(record.entries.map((entry) => entry.id)).size).toBe(record.entries.length);
    });

    it('merges into a built-in catalogue by name and alias, one row per product with both sources', () => {
      const builtIn: CatalogueEntry[] = [
        {
          id: 'calico',
          name: 'Calico',
          aliases: ['Project Calico'],
          tags: ['networking'],
          description: { en: 'Networking and network policy.', zh: '容器网络与网络策略。' },
          sources: [{ kind: 'seed', section: 'infrastructure', seedName: 'Calico' }],
        },
        {
          id: 'kubernetes',
          name: 'Kubernetes',
          aliases: [],
          tags: ['distribution'],
          sources: [{ kind: 'seed', section: 'distributions', seedName: 'Kubernetes' }],
        },
      ];
      const { entries, report } = mergeLandscapeIntoCatalogue(builtIn, record);
      expect(importReportSchema.safeParse(report).success).toBe(true);
      expect(entries).toHaveLength(2_405);
      expect(report.merged).toEqual([
        { name: 'Project Calico', builtInId: 'calico', rule: 'alias' },
        { name: 'Kubernetes', builtInId: 'kubernetes', rule: 'name' },
      ]);
      expect(report.added).toHaveLength(2_403);
      const calicoRows = entries.filter((entry) => /calico/iu.test(entry.name));
      expect(calicoRows).toHaveLength(1);
      expect(calicoRows[0]?.sources.map((source) => source.kind)).toEqual(['seed', 'cncf-landscape']);
      expect(entries.find((entry) => entry.id === 'kubernetes')).toMatchObject({
        name: 'Kubernetes',
        maturity: 'graduated',
        tags: ['distribution', 'scheduling'],
      });
    });
  },
);
