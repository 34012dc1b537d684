import { describe, expect, it } from 'vitest';
import { createI18n } from './create-i18n';
import { describeImportWarning, describeSkippedListing } from './describe-import-report';

const zh = await createI18n('zh-CN');
const t = zh.getFixedT('zh-CN', 'catalogue');

describe('import report sentences', () => {
  it('quote the value a warning left out, in the UI language', () => {
    const sentence = describeImportWarning(
      { kind: 'invalid-url', name: 'B', line: 12, value: 'ftp://example.com/', detail: 'English detail' },
      t,
    );
    expect(sentence).toContain('“ftp://example.com/”不是网址');
    expect(sentence).toContain('12');
  });

  it('name where the kept listing of a duplicate stands', () => {
    const sentence = describeSkippedListing(
      {
        reason: 'duplicate',
        name: 'DeepFlow',
        category: 'AI Native Infra',
        subcategory: 'Observability',
        line: 20361,
        first: { category: 'Observability and Analysis', subcategory: 'Observability', line: 11186 },
        detail: 'English detail',
      },
      t,
    );
    expect(sentence).toContain('Observability and Analysis');
    expect(sentence).toContain('11186');
    expect(sentence).toContain('20361');
  });

  it('still read a report saved before values were kept', () => {
    expect(describeImportWarning({ kind: 'unknown-maturity', name: 'X', detail: 'English detail' }, t)).toContain('项目成熟度不是');
  });
});
