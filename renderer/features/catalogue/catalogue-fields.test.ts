import { beforeAll, describe, expect, it } from 'vitest';
import { describeProductStatus } from '../../../shared/catalogue/product-status';
import { type Translate, fieldText, formatList, rememberTranslations } from './catalogue-fields';
import { facetValuesOf, sourceKindOf, toCatalogueRows } from './catalogue-rows';
import { catalogueT, entry } from './catalogue-test-support';

let t: Translate;
let zh: Translate;
beforeAll(async () => {
  t = await catalogueT('en');
  zh = await catalogueT('zh-CN');
});

const landscapeSource = { kind: 'cncf-landscape', category: 'Runtime', subcategory: 'Cloud Native Network', file: 'l.yml' } as const;

describe('describeProductStatus', () => {
  const sources = [{ kind: 'web', url: 'https://example.org', asOf: 2026 }] as const satisfies unknown[];
  const status = (fields: object) => ({ state: 'active' as const, sources: [...sources], ...fields });
  it('says what the catalogue knows: state, year, successor, maintainer', () => {
    expect(describeProductStatus(status({}), t)).toBe('Active');
    expect(describeProductStatus(status({ state: 'discontinued', year: 2018 }), t)).toBe('End of life (2018)');
    expect(describeProductStatus(status({ state: 'acquired', successor: 'SUSE' }), t)).toBe('Acquired → SUSE');
    expect(describeProductStatus(status({ state: 'renamed', year: 2018, successor: 'OKD' }), t)).toBe('Renamed (2018) → OKD');
    expect(describeProductStatus(status({ state: 'renamed', year: 2018, successor: 'OKD' }), zh)).toBe('已更名（2018）→ OKD');
    expect(describeProductStatus(status({ maintainer: 'SUSE' }), t)).toBe('Active, maintained by SUSE');
    expect(describeProductStatus(status({ maintainer: 'SUSE' }), zh)).toBe('活跃，由 SUSE 维护');
  });

  it('says "not known" where no source confirms a fate', () => {
    expect(describeProductStatus(undefined, t)).toBe('Not known');
    expect(describeProductStatus(undefined, zh)).toBe('未知');
  });
});

describe('sources', () => {
  it('tells seed rows, landscape rows and merged rows apart', () => {
    const seed = entry({ id: 'a', name: 'A' });
    expect(sourceKindOf(seed)).toBe('seed');
    expect(sourceKindOf({ ...seed, sources: [landscapeSource] })).toBe('cncf-landscape');
    expect(sourceKindOf({ ...seed, sources: [...seed.sources, landscapeSource] })).toBe('both');
  });
});

describe('fieldText', () => {
  const [row] = toCatalogueRows([
    entry({
      id: 'calico',
      name: 'Calico',
      organization: 'Tigera',
      seedSection: 'infrastructure',
      tags: ['networking', 'security'],
      maturity: 'graduated',
      sources: [{ kind: 'seed', section: 'infrastructure', seedName: 'Project Calico' }, landscapeSource],
    }),
  ]);

  it('labels each field in the UI language and leaves missing values undefined', () => {
    expect(fieldText(row!, 'name', t)).toBe('Calico');
    expect(fieldText(row!, 'seedSection', t)).toBe('Infrastructure');
    expect(fieldText(row!, 'seedSection', zh)).toBe('基础设施');
    expect(fieldText(row!, 'tags', t)).toEqual(['Networking', 'Security']);
    expect(fieldText(row!, 'maturity', t)).toBe('Graduated');
    expect(fieldText(row!, 'sources', t)).toBe('The 2017 book and CNCF Landscape');
    expect(fieldText(row!, 'distributionType', t)).toBeUndefined();
    expect(fieldText(row!, 'status', t)).toBeUndefined();
  });

  it('gives facets the raw values', () => {
    expect(facetValuesOf(row!, 'tags')).toEqual(['networking', 'security']);
    expect(facetValuesOf(row!, 'sources')).toEqual(['both']);
    expect(facetValuesOf(row!, 'status')).toEqual([]);
  });
});

describe('formatList', () => {
  it('joins with the language’s own separator', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, c');
    expect(formatList(['网络', '安全'], 'zh-CN')).toBe('网络、安全');
  });
});

describe('rememberTranslations', () => {
  it('asks t once per key and options, and answers as t does', () => {
    const asked: string[] = [];
    const remembered = rememberTranslations((key, options) => {
      asked.push(key);
      return t(key, options);
    });
    expect(remembered('tags.storage')).toBe(t('tags.storage'));
    expect(remembered('tags.storage')).toBe(t('tags.storage'));
    expect(remembered('shortlist.toggle', { name: 'Calico' })).toBe(t('shortlist.toggle', { name: 'Calico' }));
    expect(remembered('shortlist.toggle', { name: 'Cilium' })).toBe(t('shortlist.toggle', { name: 'Cilium' }));
    expect(remembered('shortlist.toggle', { name: 'Calico' })).toBe(t('shortlist.toggle', { name: 'Calico' }));
    expect(asked).toEqual(['tags.storage', 'shortlist.toggle', 'shortlist.toggle']);
  });
});
