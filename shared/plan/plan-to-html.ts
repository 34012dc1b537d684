import type { DocumentBlock } from './document-model';
import type { PlanDocument } from './plan-document';
import { splitLinks } from './text-links';

/** Everything from the plan is user text: it is escaped wherever it lands, attribute or body. */
export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Escaped text in which every web address is a link. */
function linkedHtml(text: string): string {
  return splitLinks(text)
    .map((run) => (run.kind === 'link' ? `<a href="${escapeHtml(run.url)}">${escapeHtml(run.url)}</a>` : escapeHtml(run.text)))
    .join('');
}

/**
 * Latin faces first, then the CJK ones: a browser takes each character from the first font that has
 * it, so English reads in a Latin face and Chinese in a CJK one on Linux, macOS and Windows alike.
 */
export const LATIN_FONTS = '"Inter", "Segoe UI", "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans"';
const CJK_FONTS = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei"';
/**
 * For print, CJK faces with TrueType outlines go first: Chromium's PDF writer embeds those as real
 * (CID TrueType) fonts, while faces with CFF outlines, Noto Sans CJK among them, become Type 3 glyph
 * sets. WenQuanYi Micro Hei is Debian's fonts-wqy-microhei; where no such face is installed, the
 * screen's CJK faces print as before.
 */
export const PRINT_CJK_FONTS = `"WenQuanYi Micro Hei", ${CJK_FONTS}`;

/**
 * WenQuanYi Micro Hei has one weight, and Chromium prints a weight it makes up (bold CJK headings)
 * as Type 3 glyphs again. This face lends it to every weight for CJK characters only, so CJK stays
 * a real font in bold text too, at regular weight; Latin text keeps its real bold face.
 */
const PRINT_CJK_FACE = `@font-face { font-family: "Kube Planner Print CJK"; src: local("WenQuanYi Micro Hei"); font-weight: 100 900; unicode-range: U+2E80-9FFF, U+F900-FAFF, U+FE30-FE4F, U+FF00-FFEF, U+20000-2FA1F; }`;
const MONO_FONTS = '"JetBrains Mono", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", "Noto Sans Mono CJK SC", monospace';

/**
 * Inline, so the file needs nothing beside it. In print, sections follow one another on the page;
 * only a heading is kept with what follows it, and a table row or a note is not split.
 */
const STYLES = `
${PRINT_CJK_FACE}
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --rule: #d0d7de; --accent: #1f5fbf; --warn: #9a6700; --band: #f6f8fa; }
* { box-sizing: border-box; }
html { font-family: ${LATIN_FONTS}, ${CJK_FONTS}, sans-serif; color: var(--ink); background: #fff; line-height: 1.6; font-size: 11pt; }
body { margin: 0; }
main { max-width: 52rem; margin: 0 auto; padding: 2.5rem 1.5rem 4rem; }
h1, h2, h3, h4 { line-height: 1.25; break-after: avoid; page-break-after: avoid; }
h1 { font-size: 2em; margin: 0 0 0.5rem; }
h2 { font-size: 1.5em; margin: 2.5rem 0 1rem; padding-bottom: 0.3rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.15em; margin: 1.5rem 0 0.5rem; }
h4 { font-size: 1em; margin: 1.25rem 0 0.4rem; color: var(--muted); }
p { margin: 0 0 0.75rem; white-space: pre-line; overflow-wrap: anywhere; }
.meta { margin: 0 0 2rem; color: var(--muted); }
.meta div { display: flex; }
.meta dt { font-weight: 600; white-space: pre; }
.meta dd { margin: 0; }
nav ol { padding-left: 1.5rem; }
nav a { color: var(--accent); text-decoration: none; }
ul, ol { margin: 0 0 0.75rem; padding-left: 1.5rem; }
li { overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0 0 1rem; font-size: 0.95em; }
caption { text-align: left; font-weight: 600; padding-bottom: 0.4rem; }
th, td { border: 1px solid var(--rule); padding: 0.35rem 0.6rem; vertical-align: top; text-align: left; white-space: pre-line; overflow-wrap: anywhere; }
th { background: var(--band); }
td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
pre { background: var(--band); border: 1px solid var(--rule); padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; font-family: ${MONO_FONTS}; font-size: 0.85em; }
.note { border-left: 4px solid var(--rule); padding: 0.4rem 0.8rem; margin: 0 0 0.75rem; background: var(--band); }
.note.warning { border-left-color: var(--warn); }
footer { margin-top: 3rem; color: var(--muted); font-size: 0.9em; border-top: 1px solid var(--rule); padding-top: 0.5rem; }
@page { size: A4; margin: 20mm 16mm 18mm; }
@media print {
  html { font-family: ${LATIN_FONTS}, "Kube Planner Print CJK", ${PRINT_CJK_FONTS}, sans-serif; font-size: 10pt; line-height: 1.45; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 1.8em; }
  h2 { margin: 1.2rem 0 0.5rem; }
  h3 { margin: 0.8rem 0 0.3rem; }
  h4 { margin: 0.6rem 0 0.25rem; }
  p, ul, ol, .note { margin-bottom: 0.45rem; }
  .meta { margin-bottom: 1rem; }
  table { font-size: 0.9em; margin-bottom: 0.6rem; }
  th, td { padding: 0.15rem 0.45rem; }
  nav a { color: inherit; }
  nav ol { columns: 2; }
  pre, table { break-inside: auto; }
  .note { break-inside: avoid; }
  table.signatures td { height: 3.2em; vertical-align: bottom; }
  table.signatures { break-inside: avoid; }
  footer { margin-top: 1.5rem; }
}
`;

function blockToHtml(block: DocumentBlock, labels: PlanDocument['labels']): string {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${linkedHtml(block.text)}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${linkedHtml(item)}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const cellClass = (index: number) => (block.align?.[index] === 'right' ? ' class="number"' : '');
      const caption = block.caption === undefined ? '' : `<caption>${escapeHtml(block.caption)}</caption>`;
      const head = block.header.map((text, index) => `<th scope="col"${cellClass(index)}>${escapeHtml(text)}</th>`).join('');
      const rows = block.rows
        .map((row) => `<tr>${block.header.map((_, index) => `<td${cellClass(index)}>${linkedHtml(row[index] ?? '')}</td>`).join('')}</tr>`)
        .join('\n');
      return `<table${block.signatures === true ? ' class="signatures"' : ''}>${caption}<thead><tr>${head}</tr></thead><tbody>\n${rows}\n</tbody></table>`;
    }
    case 'code':
      return `<pre><code data-language="${escapeHtml(block.language)}">${escapeHtml(block.text)}</code></pre>`;
    case 'note': {
      const label = block.tone === 'source' ? labels.source : labels.warning;
      return `<div class="note ${block.tone}"><strong>${escapeHtml(label)}${escapeHtml(labels.colon)}</strong>${linkedHtml(block.text)}</div>`;
    }
  }
}

/**
 * The plan document as one self-contained HTML file: inline styles, no scripts, no external
 * resources, ready to print. Pure: the same document always gives the same bytes.
 */
export function planToHtml(document: PlanDocument): string {
  const meta = document.meta
    .map(({ label, value }) => `<div><dt>${escapeHtml(label)}${escapeHtml(document.labels.colon)}</dt><dd>${escapeHtml(value)}</dd></div>`)
    .join('');
  const contents = document.sections
    .map((section) => `<li><a href="#${escapeHtml(section.id)}">${escapeHtml(section.title)}</a></li>`)
    .join('');
  const sections = document.sections
    .map(
      (section) =>
        `<section id="${escapeHtml(section.id)}">\n<h2>${escapeHtml(section.title)}</h2>\n${section.blocks
          .map((block) => blockToHtml(block, document.labels))
          .join('\n')}\n</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(document.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(document.title)}</title>
<style>${STYLES}</style>
</head>
<body>
<main>
<header>
<h1>${escapeHtml(document.title)}</h1>
<dl class="meta">${meta}</dl>
</header>
<nav aria-label="${escapeHtml(document.labels.contents)}">
<h2>${escapeHtml(document.labels.contents)}</h2>
<ol>${contents}</ol>
</nav>
${sections}
<footer>${escapeHtml(document.labels.generatedBy)}</footer>
</main>
</body>
</html>
`;
}
