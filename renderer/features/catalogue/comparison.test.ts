import { beforeAll, describe, expect, it } from 'vitest';
import type { Translate } from './catalogue-fields';
import { toCatalogueRows } from './catalogue-rows';
import { catalogueT, distributionTypes, entry } from './catalogue-test-support';
import { buildComparison, valuesDiffer } from './comparison';

let t: Translate;
let zh: Translate;
beforeAll(async () => {
  t = await catalogueT('en');
  zh = await catalogueT('zh-CN');
});

const rows = toCatalogueRows([
  entry({
    id: 'openshift',
    name: 'OpenShift',
    organization: 'Red Hat',
    seedSection: 'distributions',
    distributionType: 'application-platform',
    tags: ['paas', 'distribution'],
  }),
  entry({
    id: 'tectonic',
    name: 'Tectonic',
    organization: 'CoreOS',
    seedSection: 'distributions',
    distributionType: 'vendor-value-add',
    tags: ['distribution'],
    status: { state: 'discontinued', year: 2018, sources: [{ kind: 'web', url: 'https://example.org/', asOf: 2026 }] },
  }),
  entry({ id: 'calico', name: 'Calico', organization: 'Tigera', seedSection: 'infrastructure', tags: ['networking'] }),
]);

describe('valuesDiffer', () => {
  it('is false for equal values and for a single value', () => {
    expect(valuesDiffer(['a', 'a', 'a'])).toBe(false);
    expect(valuesDiffer(['a'])).toBe(false);
    expect(valuesDiffer(['a', 'b'])).toBe(true);
  });
});

describe('buildComparison', () => {
  it('marks the fields whose values differ, in the UI language', () => {
    const { fields } = buildComparison(rows.slice(0, 2), distributionTypes, 'en', t);
    const byId = Object.fromEntries(fields.map((line) => [line.id, line]));
    expect(byId.seedSection).toMatchObject({ values: ['Distributions', 'Distributions'], differs: false });
    expect(byId.organization).toMatchObject({ values: ['Red Hat', 'CoreOS'], differs: true });
    expect(byId.distributionType?.values).toEqual(['Application platform / PaaS', 'Vendor (with value-add)']);
    expect(byId.status).toMatchObject({ values: ['—', 'End of life (2018)'], differs: true });
    expect(byId.tags?.values).toEqual(['PaaS, Distribution', 'Distribution']);
  });

  it('shows each product’s Table 1.1 characteristics, and "—" for a product without a type', () => {
    const { characteristics } = buildComparison([rows[0]!, rows[2]!], distributionTypes, 'en', t);
    expect(characteristics).toHaveLength(distributionTypes.traits.length);
    const abstraction = characteristics.find((line) => line.id === 'developer-abstraction');
    expect(abstraction).toMatchObject({ label: 'Developer abstraction', values: ['Yes', '—'], differs: true });
  });

  it('writes Chinese labels and lists in Chinese', () => {
    const { fields, characteristics } = buildComparison(rows.slice(0, 2), distributionTypes, 'zh-CN', zh);
    expect(fields.find((line) => line.id === 'tags')?.values[0]).toBe('PaaS、发行版');
    expect(characteristics.find((line) => line.id === 'target-user')?.values).toEqual([
      '集群管理员/IT/开发者',
      '集群管理员/IT',
    ]);
  });

  it('does not mark characteristics that agree', () => {
    const { characteristics } = buildComparison(rows.slice(0, 2), distributionTypes, 'en', t);
    expect(characteristics.find((line) => line.id === 'enterprise-support')).toMatchObject({ values: ['Yes', 'Yes'], differs: false });
  });
});
