import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeForMatching, normalizeProductName } from './normalize-name';

/** Letters that have a case, an accent or a full-width form, mixed with CJK and spacing. */
const foldableText = fc
  .array(
    fc.constantFrom(
      ...'abcxyzABCXYZ0189 -_.()éÉèüÜñÑçÇøåÅœ',
      ...'ＡＢＣｘｙｚ０９（）　',
      ...'网络存储监控云原生容器平台',
      '\t',
      '\n',
    ),
    { maxLength: 40 },
  )
  .map((characters) => characters.join(''));

/** Turns ASCII letters and digits into their full-width forms. */
function toFullWidth(text: string): string {
  return text.replace(/[!-~]/gu, (character) => String.fromCodePoint(character.codePointAt(0)! + 0xfee0));
}

describe('normalizeForMatching', () => {
  it('folds width, case and accents, and collapses whitespace', () => {
    expect(normalizeForMatching('ＣＡＬＩＣＯ')).toBe('calico');
    expect(normalizeForMatching('Café')).toBe('cafe');
    expect(normalizeForMatching('  Open\u3000Policy\t\tAgent \n')).toBe('open policy agent');
    expect(normalizeForMatching('Straße')).toBe('strasse');
    expect(normalizeForMatching('ﬁle')).toBe('file');
  });

  it('keeps Chinese text, folding only full-width punctuation', () => {
    expect(normalizeForMatching('容器网络接口')).toBe('容器网络接口');
    expect(normalizeForMatching('阿里云（ACK）')).toBe('阿里云(ack)');
  });

  it('keeps marks that belong to a letter outside Latin, Greek and Cyrillic', () => {
    expect(normalizeForMatching('が')).toBe('が');
    expect(normalizeForMatching('हिंदी')).toBe('हिंदी');
  });

  it('is idempotent on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeForMatching(text);
        return normalizeForMatching(once) === once;
      }),
    );
  });

  it('ignores case, width and accents', () => {
    fc.assert(
      fc.property(foldableText, (text) => {
        const folded = normalizeForMatching(text);
        expect(normalizeForMatching(text.toUpperCase())).toBe(normalizeForMatching(text.toLowerCase()));
        expect(normalizeForMatching(toFullWidth(text))).toBe(folded);
        expect(normalizeForMatching(text.normalize('NFD').replace(/[\u0300-\u036f]/gu, ''))).toBe(folded);
      }),
    );
  });
});

describe('normalizeProductName', () => {
  it('drops spaces and punctuation', () => {
    expect(normalizeProductName('Kube-OVN')).toBe(normalizeProductName('kube ovn'));
    expect(normalizeProductName('ＫｕｂｅＯＶＮ')).toBe('kubeovn');
    expect(normalizeProductName('Cri-O')).toBe('crio');
  });

  it('tells apart names that differ only by + or #', () => {
    expect(normalizeProductName('C++')).not.toBe(normalizeProductName('C'));
    expect(normalizeProductName('F#')).not.toBe(normalizeProductName('F'));
  });

  it('drops a trailing abbreviation of the words before it', () => {
    expect(normalizeProductName('Container Network Interface (CNI)')).toBe(
      normalizeProductName('Container Network Interface'),
    );
    expect(normalizeProductName('Azure Kubernetes Service (AKS)')).toBe('azurekubernetesservice');
    expect(normalizeProductName('Amazon Elastic Container Registry (ECR)')).toBe('amazonelasticcontainerregistry');
    expect(normalizeProductName('text-generation-inference (TGI)')).toBe('textgenerationinference');
    expect(normalizeProductName('Open Policy Agent（OPA）')).toBe('openpolicyagent');
  });

  it('keeps parentheses that tell products apart', () => {
    expect(normalizeProductName('Cosmonic (Wasm)')).not.toBe(normalizeProductName('Cosmonic'));
    expect(normalizeProductName('Upbound (member)')).not.toBe(normalizeProductName('Upbound'));
    expect(normalizeProductName('Alibaba Cloud (KCSP)')).not.toBe(normalizeProductName('Alibaba Cloud'));
    expect(normalizeProductName('Kubernetes (K8s)')).toBe('kubernetesk8s');
  });

  it('does not treat another name of a product as the same name', () => {
    expect(normalizeProductName('Project Calico')).not.toBe(normalizeProductName('Calico'));
  });

  it('keeps Chinese names and gives punctuation-only names a key', () => {
    expect(normalizeProductName('灵雀云 ACP')).toBe('灵雀云acp');
    expect(normalizeProductName('—')).toBe('—');
  });

  it('is idempotent and ignores case, width and accents', () => {
    fc.assert(
      fc.property(foldableText, (text) => {
        const key = normalizeProductName(text);
        expect(normalizeProductName(key)).toBe(key);
        expect(normalizeProductName(toFullWidth(text))).toBe(key);
        expect(normalizeProductName(text.toUpperCase())).toBe(normalizeProductName(text.toLowerCase()));
      }),
    );
  });
});
