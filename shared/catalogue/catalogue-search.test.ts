import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchText, matchesSearch, searchRanker, searchTerms } from './catalogue-search';
import type { CatalogueEntry } from './schema';

const calico: CatalogueEntry = {
  id: 'calico',
  name: 'Calico',
  aliases: ['Project Calico'],
  organization: 'Tigera',
  tags: ['networking', 'security'],
  description: {
    en: 'Networking and network policy for Kubernetes.',
    zh: '为 Kubernetes 提供容器网络与网络策略。',
  },
  landscapeDescription: 'Cloud native networking and network security.',
  sources: [{ kind: 'seed', section: 'infrastructure', seedName: 'Calico' }],
};

const kubeOvn: CatalogueEntry = {
  id: 'kube-ovn',
  name: 'Kube-OVN',
  aliases: [],
  tags: ['networking'],
  sources: [{ kind: 'cncf-landscape', category: 'Runtime', subcategory: 'Cloud Native Network', file: 'l.yml' }],
};

describe('buildSearchText', () => {
  it('holds every searchable field, folded', () => {
    const text = buildSearchText(calico);
    for (const part of ['calico', 'project calico', 'tigera', 'networking', 'security', 'network policy', '容器网络']) {
      expect(text).toContain(part);
    }
    expect(text).toBe(text.toLowerCase());
  });

  it('leaves out fields the entry does not have', () => {
    expect(buildSearchText(kubeOvn).split('\n')).toEqual(['kube-ovn', 'networking', 'kubeovn']);
  });
});

describe('searchTerms', () => {
  it('splits on any whitespace, including the ideographic space, and folds each term', () => {
    expect(searchTerms('  Ｃａｌｉｃｏ\u3000网络\tPOLICY ')).toEqual(['calico', '网络', 'policy']);
    expect(searchTerms('   ')).toEqual([]);
  });
});

describe('matchesSearch', () => {
  const text = buildSearchText(calico);

  it('needs every term to occur', () => {
    expect(matchesSearch(text, 'calico tigera')).toBe(true);
    expect(matchesSearch(text, 'calico flannel')).toBe(false);
  });

  it('matches an empty query', () => {
    expect(matchesSearch(text, '')).toBe(true);
    expect(matchesSearch(text, '  ')).toBe(true);
  });

  it('matches Chinese terms as substrings', () => {
    expect(matchesSearch(text, '网络')).toBe(true);
    expect(matchesSearch(text, '存储')).toBe(false);
  });

  it('ignores case, width and accents in the query', () => {
    expect(matchesSearch(text, 'ＣＡＬＩＣＯ')).toBe(true);
    expect(matchesSearch(text, 'Tígéra')).toBe(true);
  });

  it('finds a hyphenated name typed without its hyphen', () => {
    expect(matchesSearch(buildSearchText(kubeOvn), 'kubeovn')).toBe(true);
    expect(matchesSearch(buildSearchText(kubeOvn), 'kube-ovn')).toBe(true);
  });

  it('does not match a term across two fields', () => {
    expect(matchesSearch(text, 'calicoproject')).toBe(false);
  });

  it('gives the same answer when the query changes back and forth', () => {
    expect(matchesSearch(text, 'calico')).toBe(true);
    expect(matchesSearch(text, 'flannel')).toBe(false);
    expect(matchesSearch(text, 'calico')).toBe(true);
  });

  it('matches any substring of any field', () => {
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (start, length) => {
        const field = 'Networking and network policy for Kubernetes.';
        const from = start % field.length;
        const term = field.slice(from, from + 1 + (length % 12)).trim();
        return term.includes(' ') || matchesSearch(text, term);
      }),
    );
  });

  it('finds the right rows among 50,000 (its speed is measured by npm run bench)', () => {
    const rows = Array.from({ length: 50_000 }, (_, index) =>
      buildSearchText({ ...calico, id: `row-${index}`, name: `Product ${index}` }),
    );
    const hits = rows.filter((row) => matchesSearch(row, 'product 4999 网络'));
    // 4999, 14999, 24999, 34999, 44999 and 49990–49999.
    expect(hits).toHaveLength(15);
  });
});

describe('searchRanker', () => {
  it('puts the exact name first, then a name prefix, then a name containing a term, then other matches', () => {
    const ranked = ['cni-genie', 'project calico', 'calico enterprise', 'calico'].sort(
      (a, b) => searchRanker(searchTerms('Calico'))(a) - searchRanker(searchTerms('Calico'))(b),
    );
    expect(ranked).toEqual(['calico', 'calico enterprise', 'project calico', 'cni-genie']);
  });

  it('folds the query like the search does', () => {
    expect(searchRanker(searchTerms('ＣＡＬＩＣＯ '))('calico')).toBe(0);
    expect(searchRanker(searchTerms(''))('kubernetes')).toBe(3);
  });
});
