/**
 * User text made inert for Markdown: whatever a plan says, its export renders it as the same words
 * and never as a link, an image, a heading, a list, a table, a quote, code or HTML.
 */

/**
 * Characters that start inline syntax anywhere in a line: emphasis (* _), code (`), strikethrough
 * and fences (~), links and images ([ ]), table cells (|), headings and their closing run (#), the
 * "@" of an address GFM would turn into a mailto: link, and the backslash itself so an escape in
 * the text stays text.
 */
const INLINE_SYNTAX = /[\\`*_~[\]|#@]/gu;

/**
 * Only a "<" that could open a tag, comment or autolink (`<javascript:…>`) and an "&" that would be
 * read as an entity are escaped, so "a < b" and "R&D" stay readable in the Markdown source.
 */
function escapeHtml(text: string): string {
  return text.replace(/&(?=[#a-z0-9]+;)/giu, '&amp;').replace(/<(?=[a-z/!?])/giu, '&lt;');
}

/** A line that would start a block: a quote, a list item, a setext underline or a thematic break. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)>/u, '$1\\>')
    .replace(/^(\s*)([+-])(?=[\s+-]|$)/u, '$1\\$2')
    .replace(/^(\s*\d{1,9})([.)])(?=\s|$)/u, '$1\\$2')
    .replace(/^(\s*)=/u, '$1\\=');
}

/** One line of user text (or a line of a paragraph), inert wherever it is placed at a line start. */
export function escapeMarkdownLine(text: string): string {
  return escapeLineStart(escapeHtml(text).replace(INLINE_SYNTAX, '\\$&'));
}
