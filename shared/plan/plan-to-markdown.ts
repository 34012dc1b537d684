import type { DocumentBlock } from './document-model';
import { escapeMarkdownLine } from './markdown-escape';
import type { PlanDocument } from './plan-document';
import { splitLinks } from './text-links';

/** Escapes the text around web addresses and makes each address an autolink, which every renderer shows as a link. */
function linked(text: string, escape: (plain: string) => string): string {
  return splitLinks(text)
    .map((run) => (run.kind === 'link' ? `<${run.url}>` : escape(run.text)))
    .join('');
}

const oneLine = (text: string) => text.replace(/\s*\r?\n\s*/gu, ' ').trim();

/** Inline text: one line, so a newline in user text cannot start a heading or a list of its own. */
function inline(text: string): string {
  return linked(oneLine(text), escapeMarkdownLine);
}

/**
 * A table cell: the escaping covers the pipe that would end the cell; a newline would end the row,
 * and Markdown has no line break inside a cell but inline HTML (which markdownlint refuses), so the
 * cell's lines are joined with a space.
 */
function cell(text: string): string {
  return linked(oneLine(text), escapeMarkdownLine);
}

/** A paragraph keeps the user's line breaks as Markdown hard breaks; each line is escaped as a line start. */
function paragraph(text: string): string {
  return text
    .trim()
    .split(/\r?\n/u)
    .map((line) => linked(line.trim(), escapeMarkdownLine))
    .join('  \n');
}

/** A fence longer than any run of backticks inside, so code can hold backticks. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/gu)].map((match) => match[0].length));
  return '`'.repeat(longest + 1);
}

function blockToMarkdown(block: DocumentBlock, labels: PlanDocument['labels']): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${inline(block.text)}`;
    case 'paragraph':
      return paragraph(block.text);
    case 'list':
      return block.items.map((item, index) => `${block.ordered ? `${index + 1}.` : '-'} ${inline(item)}`).join('\n');
    case 'table': {
      const align = (index: number) => (block.align?.[index] === 'right' ? '---:' : '---');
      // One space each side of every cell, an empty one included, as markdownlint's table style wants.
      const row = (cells: readonly string[]) => `|${block.header.map((_, index) => ` ${cell(cells[index] ?? '')} `.replace(/^ {2}$/u, ' ')).join('|')}|`;
      const lines = [row(block.header), `| ${block.header.map((_, index) => align(index)).join(' | ')} |`, ...block.rows.map(row)];
      // The caption ends with a colon: emphasis alone on a line reads (to markdownlint too) as a heading in disguise.
      return block.caption === undefined ? lines.join('\n') : `*${inline(block.caption)}${labels.colon.trimEnd()}*\n\n${lines.join('\n')}`;
    }
    case 'code': {
      const marker = fence(block.text);
      return `${marker}${block.language.replace(/[^\w+-]/gu, '')}\n${block.text.replace(/\n$/u, '')}\n${marker}`;
    }
    case 'note': {
      const label = block.tone === 'source' ? labels.source : labels.warning;
      return `> **${inline(label)}**${labels.colon}${paragraph(block.text).replace(/\n/gu, '\n> ')}`;
    }
  }
}

/** The plan document as GitHub-flavoured Markdown; the same document always gives the same text. */
export function planToMarkdown(document: PlanDocument): string {
  const parts = [
    `# ${inline(document.title)}`,
    document.meta.map(({ label, value }) => `**${inline(label)}**${document.labels.colon}${inline(value)}`).join('  \n'),
    `## ${inline(document.labels.contents)}`,
    document.sections.map((section, index) => `${index + 1}. ${inline(section.title)}`).join('\n'),
  ];
  for (const section of document.sections) {
    parts.push(`## ${inline(section.title)}`);
    section.blocks.forEach((block, index) => {
      const markdown = blockToMarkdown(block, document.labels);
      // Notes in a row share one quote: two quotes apart read (to markdownlint too) as one broken by a blank line.
      if (block.kind === 'note' && section.blocks[index - 1]?.kind === 'note') parts.push(`${parts.pop()!}\n>\n${markdown}`);
      else parts.push(markdown);
    });
  }
  parts.push(`---\n\n*${inline(document.labels.generatedBy)}*`);
  return `${parts.filter((part) => part !== '').join('\n\n')}\n`;
}
