import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSearchText,
  compileSearchTermGroups,
  matchesSearch,
  nameEndInSearchText,
  searchCatalogue,
  searchMatcher,
  searchRanker,
  searchTerms,
} from './catalogue-search';
import { normalizeForMatching } from './normalize-name';
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

  it('leaves out fields the entry does not have, and adds the names in both languages of what its tags mean', () => {
    expect(buildSearchText(kubeOvn).split('\n')).toEqual([
      'kube-ovn',
      'networking',
      'kubeovn',
      ...['cni', 'sdn', 'network plugin', 'container networking', '网络插件', '容器网络', '软件定义网络'],
    ]);
    expect(buildSearchText({ ...kubeOvn, tags: [] }).split('\n')).toEqual(['kube-ovn', 'kubeovn']);
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

describe('searchMatcher', () => {
  it('matches and ranks as matchesSearch and searchRanker do, names that fold to nothing included', () => {
    const word = fc.stringMatching(/^[abc ]{0,6}$/u);
    fc.assert(
      fc.property(word, word, word, (name, description, query) => {
        const text = buildSearchText(entry({ id: 'row', name, description: { en: description, zh: '' } }));
        const foldedName = normalizeForMatching(name);
        const terms = searchTerms(query);
        const expected = matchesSearch(text, query) ? searchRanker(terms)(foldedName) : -1;
        expect(searchMatcher(terms)(text, foldedName, nameEndInSearchText(text, foldedName))).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('finds where the name ends only when the text begins with the name as a whole field', () => {
    expect(nameEndInSearchText('calico\nproject calico', 'calico')).toBe(6);
    expect(nameEndInSearchText('calico', 'calico')).toBe(6);
    expect(nameEndInSearchText('calicoctl\ncalico', 'calico')).toBe(-1);
    expect(nameEndInSearchText('tigera', '')).toBe(-1);
  });
});

/** A seed-only entry with what the test sets. */
function entry(fields: Partial<CatalogueEntry> & Pick<CatalogueEntry, 'id' | 'name'>): CatalogueEntry {
  return { aliases: [], tags: [], sources: [{ kind: 'seed', section: 'infrastructure', seedName: fields.name }], ...fields };
}

describe('search in both languages', () => {
  const openShift = entry({ id: 'openshift', name: 'OpenShift Origin', organization: 'Red Hat', tags: ['paas', 'distribution'] });
  const flannel = entry({ id: 'flannel', name: 'flannel', organization: 'CoreOS', tags: ['networking'] });
  const minikube = entry({ id: 'minikube', name: 'Minikube', organization: 'Cloud Native Computing Foundation', tags: ['distribution'] });
  const ecr = entry({ id: 'ecr', name: 'Amazon Elastic Container Registry', tags: ['registry'] });
  const aliyun = entry({ id: 'acr', name: 'Container Registry', description: { en: 'A registry.', zh: '阿里云的容器镜像服务。' }, tags: [] });
  const entries = [openShift, flannel, minikube, ecr, aliyun];
  const ids = (query: string) => searchCatalogue(entries, query).map((found) => found.id);

  it('finds by a Chinese name what the English words would, and the other way round', () => {
    expect(ids('红帽')).toEqual(['openshift']);
    expect(ids('平台即服务')).toEqual(['openshift']);
    expect(ids('网络插件')).toEqual(['flannel']);
    expect(ids('CNI')).toEqual(['flannel']);
    expect(ids('亚马逊')).toEqual(['ecr']);
    // ECR by its tag, the other by the English words of its name.
    expect(ids('镜像仓库')).toEqual(['ecr', 'acr']);
    // A Chinese description's words are found by their English name.
    expect(ids('alibaba')).toEqual(['acr']);
  });

  it('matches a Latin term only as a word, so "AWS" is not found in "laws"', () => {
    const laws = entry({ id: 'laws', name: 'Laws of Kubernetes' });
    expect(searchCatalogue([laws], '亚马逊')).toEqual([]);
  });

  it('ranks the name matches first, as the page does', () => {
    expect(ids('container registry')).toEqual(['acr', 'ecr']);
  });
});

describe('compileSearchTermGroups', () => {
  it('adds every term of a group that a row mentions or is tagged with, once, in the data order', () => {
    const translate = compileSearchTermGroups([
      { id: 'a', terms: ['Red Hat', '红帽'], tags: [] },
      { id: 'b', terms: ['PaaS', '平台即服务'], tags: ['paas'] },
    ]);
    expect(translate('openshift\nred hat\nred hat', ['paas'])).toEqual(['red hat\n红帽', 'paas\n平台即服务']);
    expect(translate('redhat', [])).toEqual([]);
  });
});
