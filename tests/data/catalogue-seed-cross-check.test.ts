import { describe, expect, it } from 'vitest';
import type { DevopsStage, DistributionKind, ProfessionalService, SeedSection } from '../../shared/catalogue/schema';
import { seedDocument } from '../support/shared-reference';
import { SEED_ROWS, TOTAL_SEED_ROWS, bySeedName, entries, seedSources } from './built-in-catalogue-fixture';

// Cross-check of the built-in catalogue against the seed itself, when it is available.

interface SeedRow {
  section: SeedSection;
  name: string;
  org: string;
  column: string;
}

const SECTION_TITLES: Record<string, SeedSection> = {
  'KUBERNETES 产品发行': 'distributions',
  工具和服务: 'tools-services',
  '相关的 DEVOPS 技术': 'devops',
  相关的基础设施技术: 'infrastructure',
};

/**
 * Reads the product rows of the seed's "KUBERNETES 解决方案目录". A row starts with
 * "Name (Organization)" – on a line of its own (the description follows on the next
 * non-empty line) or followed by its description on the same line; the section's own
 * column (distribution kind, service type, lifecycle stage) sits after the last tab.
 */
function parseSeedDirectory(text: string): SeedRow[] {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((l) => l.trim() === 'KUBERNETES 解决方案目录');
  const rows: SeedRow[] = [];
  if (start < 0) return rows;
  let section: SeedSection | undefined;
  let expectDescription = false;
  const headerOnly = /^([A-Za-z0-9][^()]*?(?: \([^()]+\))?) \(([^()]+)\)$/;
  const inline = /^([A-Za-z0-9][^()]*?(?: \([^()]+\))?) \(([^()]+)\)(?= [^(])/;
  for (const raw of lines.slice(start + 1)) {
    const title = raw.trim();
    if (title === '更多信息') break;
    if (SECTION_TITLES[title]) {
      section = SECTION_TITLES[title];
      expectDescription = false;
      continue;
    }
    if (!section || title === '') continue;
    const tab = raw.lastIndexOf('\t');
    const column = tab >= 0 ? raw.slice(tab + 1).trim() : '';
    const line = (tab >= 0 ? raw.slice(0, tab) : raw)
      .replace(/^产品\/项目\(公司\/支持组织机构\)/, '')
      .replace(/<\/?p>/g, '')
      .replace(/\*\*/g, '')
      .replace(/\]\(#\)/g, '')
      .replace(/\[/g, '')
      .replace(/\\([()])/g, '$1')
      .trim();
    const head = headerOnly.exec(line);
    if (head) {
      rows.push({ section, name: head[1]!, org: head[2]!, column });
      expectDescription = true;
      continue;
    }
    if (expectDescription) {
      expectDescription = false; // the description of the row above
      continue;
    }
    const row = inline.exec(line);
    if (row) rows.push({ section, name: row[1]!, org: row[2]!, column });
  }
  return rows;
}

const KINDS: Record<string, DistributionKind> = { 平台: 'platform', 服务商: 'service-provider' };
const SERVICES: Record<string, ProfessionalService> = { 咨询: 'consulting', 支持: 'support', 培训: 'training' };
const STAGES: Record<string, DevopsStage> = {
  创建: 'create',
  构建: 'build',
  '打包/发布': 'package-release',
  配置: 'configure',
  监控: 'monitor',
  支持: 'support',
};

describe('seed cross-check', () => {
  const rows = seedDocument.available ? parseSeedDirectory(seedDocument.read()) : [];

  it.skipIf(!seedDocument.available)(`finds every seed row as an entry seedName${seedDocument.skipNote}`, () => {
    const missing = rows.filter((r) => !bySeedName(r.section, r.name)).map((r) => `${r.section}: ${r.name}`);
    expect(missing).toEqual([]);
    for (const [section, count] of Object.entries(SEED_ROWS)) {
      expect(rows.filter((r) => r.section === section), section).toHaveLength(count);
    }
    expect(rows).toHaveLength(TOTAL_SEED_ROWS);
  });

  it.skipIf(!seedDocument.available)(`cites no seedName the seed does not have${seedDocument.skipNote}`, () => {
    const known = new Set(rows.map((r) => `${r.section}/${r.name}`));
    const extra = entries.flatMap((e) =>
      seedSources(e)
        .map((s) => `${s.section}/${s.seedName}`)
        .filter((k) => !known.has(k)),
    );
    expect(extra).toEqual([]);
  });

  it.skipIf(!seedDocument.available)(`copies the seed columns and organizations${seedDocument.skipNote}`, () => {
    for (const r of rows) {
      const e = bySeedName(r.section, r.name);
      if (!e) continue;
      const label = `${r.section}: ${r.name}`;
      if (r.org === 'N/A') expect(e.organization, label).toBeUndefined();
      else expect(e.organization, label).toBe(r.org);
      if (r.section === 'distributions') expect(e.distributionKind, label).toBe(KINDS[r.column]);
      if (r.section === 'tools-services') expect(e.professionalService, label).toBe(SERVICES[r.column]);
      if (r.section === 'devops') expect(e.devopsStage, label).toBe(STAGES[r.column]);
    }
  });
});
