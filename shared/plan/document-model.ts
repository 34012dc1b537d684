/**
 * A plan document before it has a format: every plan section is turned into these blocks once, and
 * the Markdown, HTML and PDF exporters only decide how a block looks. Text is already translated.
 */
export type DocumentBlock =
  | { kind: 'heading'; level: 3 | 4; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | {
      kind: 'table';
      caption?: string;
      header: string[];
      rows: string[][];
      /** Per column; numbers read best right-aligned. Left when absent. */
      align?: ('left' | 'right')[];
      /** A sign-off table: printed with rows tall enough to sign in. */
      signatures?: boolean;
    }
  | { kind: 'code'; language: string; text: string }
  /** A source or a warning: shown apart from the body text. */
  | { kind: 'note'; tone: 'source' | 'warning'; text: string };

export type DocumentSection = {
  /** Stable, language-independent: used as the HTML anchor and in tests. */
  id: string;
  title: string;
  blocks: DocumentBlock[];
};

/** The subset of i18next's `t` the document builders need, so `shared/` stays free of a runtime. */
export type DocumentTranslate = (key: string, options?: Record<string, unknown>) => string;
