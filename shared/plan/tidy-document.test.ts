import { describe, expect, it } from 'vitest';
import type { DocumentSection } from './document-model';
import { tidySections } from './tidy-document';

const labels = {
  reservedHeadings: ['Contents'],
  source: 'Source',
  warning: 'Warning',
  qualify: (heading: string, section: string) => `${section}: ${heading}`,
};

describe('tidySections', () => {
  it('lifts a heading that skips a level to one below the heading before it', () => {
    const [section] = tidySections(
      [{ id: 'a', title: 'A', blocks: [{ kind: 'heading', level: 4, text: 'Deep' }, { kind: 'heading', level: 4, text: 'Deeper' }] }],
      labels,
    );
    expect(section!.blocks).toEqual([
      { kind: 'heading', level: 3, text: 'Deep' },
      { kind: 'heading', level: 4, text: 'Deeper' },
    ]);
  });

  it('keeps a level-4 heading under a level-3 one, and starts each section again from its title', () => {
    const sections: DocumentSection[] = [
      { id: 'a', title: 'A', blocks: [{ kind: 'heading', level: 3, text: 'One' }, { kind: 'heading', level: 4, text: 'Two' }] },
      { id: 'b', title: 'B', blocks: [{ kind: 'heading', level: 4, text: 'Three' }] },
    ];
    expect(tidySections(sections, labels).flatMap((section) => section.blocks.map((block) => (block.kind === 'heading' ? block.level : 0)))).toEqual([3, 4, 3]);
  });

  it('names the section of a heading that repeats an earlier heading or section title', () => {
    const sections: DocumentSection[] = [
      { id: 'a', title: 'Storage', blocks: [{ kind: 'heading', level: 3, text: 'Rationale' }] },
      { id: 'b', title: 'Network', blocks: [{ kind: 'heading', level: 3, text: 'rationale' }, { kind: 'heading', level: 3, text: 'Storage' }] },
      { id: 'c', title: 'Other', blocks: [{ kind: 'heading', level: 3, text: 'Contents' }] },
    ];
    const headings = tidySections(sections, labels).flatMap((section) => section.blocks.map((block) => (block.kind === 'heading' ? block.text : '')));
    expect(headings).toEqual(['Rationale', 'Network: rationale', 'Network: Storage', 'Other: Contents']);
  });

  it('drops a label the note already carries, in either language, and leaves other colons alone', () => {
    const note = (text: string, tone: 'source' | 'warning' = 'source'): DocumentSection => ({ id: 'a', title: 'A', blocks: [{ kind: 'note', tone, text }] });
    const text = (section: DocumentSection[]) => (section[0]!.blocks[0] as { text: string }).text;
    expect(text(tidySections([note('Source: Google, SRE workbook')], labels))).toBe('Google, SRE workbook');
    expect(text(tidySections([note('来源：种子文档')], { ...labels, source: '来源' }))).toBe('种子文档');
    expect(text(tidySections([note('Warning: flannel ignores NetworkPolicy', 'warning')], labels))).toBe('flannel ignores NetworkPolicy');
    expect(text(tidySections([note('Seed (The New Stack, 2017): HA, line 3')], labels))).toBe('Seed (The New Stack, 2017): HA, line 3');
    expect(text(tidySections([note('Source: x', 'warning')], labels))).toBe('Source: x');
  });
});
