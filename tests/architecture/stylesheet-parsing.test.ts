import { describe, expect, it } from 'vitest';
import { classesUsedInMarkup, parseStylesheet } from './stylesheet-parsing';

describe('parseStylesheet', () => {
  it('reads each rule’s selectors and classes, with the at-rules around it', () => {
    const rules = parseStylesheet(`
      /* .commented { } */
      .card, .table41 td:is(.a, .b) { color: red; }
      @media (width < 960px) {
        .choices-layout > .item[data-x='.not-a-class'] { display: block; }
      }
      @keyframes spin { from { opacity: 0; } to { opacity: 1; } }
      .after { margin: 0; }
    `);
    expect(rules).toEqual([
      { context: [], selectors: ['.card', '.table41 td:is(.a, .b)'], classes: ['card', 'table41', 'a', 'b'] },
      { context: ['@media (width < 960px)'], selectors: [".choices-layout > .item[data-x='.not-a-class']"], classes: ['choices-layout', 'item'] },
      { context: [], selectors: ['.after'], classes: ['after'] },
    ]);
  });
});

describe('classesUsedInMarkup', () => {
  it('takes the words of the strings in className values, not other strings', () => {
    const source = `
      <div className="page plan-page" title="not-a-class">
        <span className={ok ? 'verdict verdict-ok' : 'verdict verdict-bad'} />
        <ModalDialog className={\`report-dialog \${extra ?? ''}\`} />
        <p className={t('label')}>{t('error')}</p>
      </div>`;
    expect([...classesUsedInMarkup(source)].sort()).toEqual(['label', 'page', 'plan-page', 'report-dialog', 'verdict', 'verdict-bad', 'verdict-ok']);
  });
});
