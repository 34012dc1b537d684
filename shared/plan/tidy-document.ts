import type { DocumentBlock, DocumentSection } from './document-model';

/** What tidying needs to know about the words around the sections. */
export type TidyLabels = {
  /** The document's own headings (title aside), which a section heading must not repeat. */
  reservedHeadings: readonly string[];
  source: string;
  warning: string;
  /** Makes a repeated heading unique by naming its section: "Storage: Rationale". */
  qualify: (heading: string, sectionTitle: string) => string;
};

const normalized = (text: string) => text.trim().toLocaleLowerCase();

/** "Source: x", "Source：x" or "来源：x" with the note's own label in front: the format adds the label, so it goes. */
function withoutLeadingLabel(text: string, label: string): string {
  const trimmed = text.trimStart();
  const match = /^(.{1,20}?)\s*[:：]\s*/u.exec(trimmed);
  return match !== null && normalized(match[1]!) === normalized(label) ? trimmed.slice(match[0].length) : text;
}

/**
 * Every section builder is free to pick heading levels and word its notes as it likes; the document
 * they make together must still read as one. So, in one place for all of them:
 * - a heading is never more than one level below the one before it (a section title is h2);
 * - no heading repeats an earlier one, which a reader (and markdownlint) could not tell apart;
 * - a note never carries its label twice ("Source: Source: …").
 */
export function tidySections(sections: readonly DocumentSection[], labels: TidyLabels): DocumentSection[] {
  const seen = new Set(labels.reservedHeadings.map(normalized));
  for (const section of sections) seen.add(normalized(section.title));
  return sections.map((section) => {
    let previousLevel = 2;
    const blocks = section.blocks.map((block): DocumentBlock => {
      if (block.kind === 'note') {
        return { ...block, text: withoutLeadingLabel(block.text, block.tone === 'source' ? labels.source : labels.warning) };
      }
      if (block.kind !== 'heading') return block;
      const level = Math.min(block.level, previousLevel + 1) as 3 | 4;
      previousLevel = level;
      const text = seen.has(normalized(block.text)) ? labels.qualify(block.text, section.title) : block.text;
      seen.add(normalized(text));
      return { kind: 'heading', level, text };
    });
    return { ...section, blocks };
  });
}
