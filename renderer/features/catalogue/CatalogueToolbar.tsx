import { type RefObject, useId, useMemo } from 'react';
import { useAppStore } from '../../app/store';
import type { Translate } from './catalogue-fields';
import type { CatalogueRow } from './catalogue-rows';
import { CompareTray } from './CompareDialog';

/**
 * The search box, how many products the view shows, and the products picked for comparison. The box
 * is controlled by the store, so its value and the rows it finds are drawn in the same frame.
 */
export function CatalogueToolbar({
  searchRef,
  shownCount,
  totalCount,
  comparedRows,
  onCompare,
  t,
}: {
  searchRef: RefObject<HTMLInputElement | null>;
  shownCount: number;
  totalCount: number;
  comparedRows: CatalogueRow[];
  onCompare: () => void;
  /** The page's remembered `t` (see CatalogueView), so a keystroke asks i18next nothing. */
  t: Translate;
}) {
  const language = useAppStore((state) => state.language);
  const search = useAppStore((state) => state.catalogueSearch);
  const setCatalogueSearch = useAppStore((state) => state.setCatalogueSearch);
  const searchId = useId();
  const number = useMemo(() => new Intl.NumberFormat(language), [language]);

  return (
    <div className="catalogue-toolbar">
      <div className="search-field">
        <label htmlFor={searchId} className="visually-hidden">
          {t('search.label')}
        </label>
        <svg className="search-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
          <circle cx="7" cy="7" r="4.8" fill="none" stroke="currentColor" strokeWidth="1.6" />
          <path d="m10.6 10.6 3.6 3.6" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
        </svg>
        <input
          ref={searchRef}
          id={searchId}
          type="search"
          className="text-input search-input"
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          aria-keyshortcuts="Control+F"
          value={search}
          onChange={(event) => setCatalogueSearch(event.target.value)}
        />
      </div>
      <p className="result-count" aria-live="polite">
        {t('productCount', { count: totalCount, shown: number.format(shownCount), total: number.format(totalCount) })}
      </p>
      <CompareTray rows={comparedRows} onCompare={onCompare} />
    </div>
  );
}
