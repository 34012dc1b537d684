import type { PlanDocument } from './plan-document';
import { LATIN_FONTS, PRINT_CJK_FONTS, escapeHtml } from './plan-to-html';

/**
 * What Chromium prints above and below every page (its `headerTemplate` and `footerTemplate`).
 * Chromium fills an element of class `pageNumber` or `totalPages` with the page's number or the count.
 */
export type PrintFrame = { headerTemplate: string; footerTemplate: string };

/**
 * The templates see none of the page's styles, so each carries its own: a size (Chromium's default
 * is too small to read), the document's fonts and the page margins' width.
 */
const FRAME_STYLE = `width: 100%; margin: 0 16mm; font-size: 8pt; color: #57606a; font-family: ${LATIN_FONTS}, ${PRINT_CJK_FONTS}, sans-serif;`;

/** The running header (title, status, version, date) and the footer (page n of m) for a plan document. */
export function planPrintFrame(document: PlanDocument): PrintFrame {
  const lang = escapeHtml(document.language);
  const pageOf = escapeHtml(document.running.pageOf)
    .replace('{{page}}', '<span class="pageNumber"></span>')
    .replace('{{total}}', '<span class="totalPages"></span>');
  return {
    headerTemplate: `<div lang="${lang}" style='${FRAME_STYLE} text-align: left;'>${escapeHtml(document.running.header)}</div>`,
    footerTemplate: `<div lang="${lang}" style='${FRAME_STYLE} text-align: center;'>${pageOf}</div>`,
  };
}
