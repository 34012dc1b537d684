/** A run of text, or a web address to show as a link. */
export type TextRun = { kind: 'text'; text: string } | { kind: 'link'; url: string };

/**
 * Web addresses in running text. Punctuation that ends a sentence or closes a bracket around the
 * address (".", "。", ")", "）") is left outside it, since an address rarely ends with one.
 */
const WEB_ADDRESS = /https?:\/\/[^\s<>"'`|，。；、（）]+?(?=[.,;:!?)\]]*(?:[\s<>"'`|，。；、（）]|$))/gu;

/** Splits text into plain runs and web addresses, so each format can make the addresses links. */
export function splitLinks(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let last = 0;
  for (const match of text.matchAll(WEB_ADDRESS)) {
    if (match.index > last) runs.push({ kind: 'text', text: text.slice(last, match.index) });
    runs.push({ kind: 'link', url: match[0] });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ kind: 'text', text: text.slice(last) });
  return runs;
}
