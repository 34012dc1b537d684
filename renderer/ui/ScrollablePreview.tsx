import type { ReactNode } from 'react';

/**
 * A block of generated text (YAML, Markdown, rules) that may scroll: a labelled region that takes
 * the focus, so a keyboard user can scroll it and a screen reader says what it holds.
 */
export function ScrollablePreview({ label, className, children }: { label: string; className?: string; children: ReactNode }) {
  return (
    // A focusable region is how WAI-ARIA makes scrollable content reachable without a mouse.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <pre className={className} tabIndex={0} role="region" aria-label={label}>
      {children}
    </pre>
  );
}
