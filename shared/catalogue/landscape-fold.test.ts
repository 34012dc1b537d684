import { describe, expect, it } from 'vitest';
import { parseLandscapeFile } from './landscape-parse';
import { currentLandscapeYaml, oneSubcategoryLandscapeYaml } from '../../tests/support/landscape-fixture';

describe('folding the listings of one product', () => {
  it('treats one product listed twice with the same homepage or repository as one item in both places', () => {
    const text = `${currentLandscapeYaml}      - subcategory:
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
    const text = oneSubcategoryLandscapeYaml(`          - item:
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
});
