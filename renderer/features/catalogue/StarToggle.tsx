import { useAppStore } from '../../app/store';

/**
 * The star of one row. It is not a Tab stop (a grid of hundreds of rows would be hundreds of stops):
 * keyboard users star the active row with Space or S, which the grid handles. The cell passes the
 * label in, so each of the grid's stars does not subscribe to the language itself. The star is drawn by
 * the stylesheet (the same shape as StarIcon, as a mask), not by an SVG element per row: a keystroke
 * rewrites dozens of rows, and each element less is style, layout and paint the browser skips.
 */
export function StarToggle({ id, label }: { id: string; label: string }) {
  const starred = useAppStore((state) => state.catalogueShortlist.includes(id));
  const toggleShortlisted = useAppStore((state) => state.toggleShortlisted);
  return (
    <button
      type="button"
      tabIndex={-1}
      className="star-toggle"
      aria-pressed={starred}
      aria-label={label}
      data-star-toggle=""
      onClick={(event) => {
        // The row's own click selects it; starring should not also open the details.
        event.stopPropagation();
        toggleShortlisted(id);
      }}
    >
    </button>
  );
}

/** The star elsewhere on the page; keep its path the same as the masks of `.star-toggle::before`. */
export function StarIcon({ filled }: { filled: boolean }) {
  return (
    <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        d="M10 1.8l2.47 5.2 5.7.68-4.2 3.9 1.1 5.63L10 14.4l-5.07 2.8 1.1-5.63-4.2-3.9 5.7-.68z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
    </svg>
  );
}
