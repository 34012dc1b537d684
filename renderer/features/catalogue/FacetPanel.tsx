import { memo, startTransition, useCallback, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { valueLabel } from './catalogue-fields';
import { type CatalogueRow, type FacetFieldId, facetFieldValues } from './catalogue-rows';
import type { CatalogueTable } from './CatalogueGrid';
import { type FacetOption, facetOptions, selectedFacetValues, setColumnFilter, toggleFacetValue } from './facets';

/** Facets in the order a reader narrows the seed down: where it is listed, what kind of thing, its state. */
const facetOrder: readonly FacetFieldId[] = [
  'seedSection',
  'distributionType',
  'distributionKind',
  'professionalService',
  'devopsStage',
  'status',
  'maturity',
  'sources',
  'tags',
];
/** Long facets show this many options until the user asks for all. */
const COLLAPSED_OPTION_COUNT = 8;

/** Facets are counted again once typing has paused this long, */
const TYPING_PAUSE_MS = 150;
/** and then waited for the browser to be idle at most this long. */
const IDLE_WAIT_MS = 250;

/**
 * The facets, first drawn once the page's first rows are painted, then counted again once typing
 * pauses and the browser is idle after the rows are painted, in a transition that the next keystroke
 * interrupts: counting nine facets over 50,000 rows is not what the user waits for after a key, and
 * counting between two keys would hold up the second. A change of filter, of shortlist or of catalogue
 * redraws them at once.
 */
export function FacetsAfterRows({ table, rows, shortlistCount }: { table: CatalogueTable; rows: readonly CatalogueRow[]; shortlistCount: number }) {
  const search = useAppStore((state) => state.catalogueSearch);
  const [countedSearch, setCountedSearch] = useState(search);
  const [rowsPainted, setRowsPainted] = useState(false);
  useEffect(() => {
    // A timeout queued from an animation frame runs once that frame is painted.
    let afterPaint: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      afterPaint = setTimeout(() => startTransition(() => setRowsPainted(true)));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(afterPaint);
    };
  }, []);
  useEffect(() => {
    if (countedSearch === search) return undefined;
    let idle: number | undefined;
    const pause = setTimeout(() => {
      idle = requestIdleCallback(() => startTransition(() => setCountedSearch(search)), { timeout: IDLE_WAIT_MS });
    }, TYPING_PAUSE_MS);
    return () => {
      clearTimeout(pause);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, [search, countedSearch]);
  if (!rowsPainted) return null;
  return <CountedFacets table={table} rows={rows} shortlistCount={shortlistCount} search={countedSearch} />;
}

type CountedFacetsProps = { table: CatalogueTable; rows: readonly CatalogueRow[]; shortlistCount: number; search: string };

/**
 * The facet panel, redrawn only for the search it was last counted for: the table object is new on
 * every render, but its methods read the table's current state whichever object they are called on.
 */
const CountedFacets = memo(
  function CountedFacets({ table, shortlistCount }: CountedFacetsProps) {
    return <FacetPanel table={table} shortlistCount={shortlistCount} />;
  },
  (before, after) => before.search === after.search && before.rows === after.rows && before.shortlistCount === after.shortlistCount,
);

/**
 * Filters by column: a checklist per `select` column and a text box per `text` column, as each
 * column's meta says. Counts come from the faceted row model, so they reflect every other active filter.
 */
function FacetPanel({ table, shortlistCount }: { table: CatalogueTable; shortlistCount: number }) {
  const { t } = useTranslation('catalogue');
  const filters = useAppStore((state) => state.catalogueFilters);
  const setFilters = useAppStore((state) => state.setCatalogueFilters);
  const shortlistOnly = useAppStore((state) => state.catalogueShortlistOnly);
  const setShortlistOnly = useAppStore((state) => state.setShortlistOnly);
  const textColumns = table.getAllLeafColumns().filter((column) => column.columnDef.meta?.filter === 'text');
  const shortlistId = useId();
  const toggle = useCallback(
    (field: FacetFieldId, value: string) => setFilters((current) => toggleFacetValue(current, field, value)),
    [setFilters],
  );

  return (
    <div className="facet-panel-body">
      <div className="facet-group shortlist-filter">
        <label className="check-option" htmlFor={shortlistId}>
          <input
            id={shortlistId}
            type="checkbox"
            checked={shortlistOnly}
            onChange={(event) => setShortlistOnly(event.target.checked)}
          />
          <span className="option-label">{t('filters.shortlistOnly')}</span>
          <span className="option-count">{shortlistCount}</span>
        </label>
      </div>
      {textColumns.map((column) => {
        const value = filters.find((filter) => filter.id === column.id)?.value;
        return (
          <div key={column.id} className="facet-group">
            <label className="facet-title" htmlFor={`facet-text-${column.id}`}>
              {t('filters.textFilter', { column: t(`columns.${column.id}`) })}
            </label>
            <input
              id={`facet-text-${column.id}`}
              className="text-input"
              type="search"
              autoComplete="off"
              value={typeof value === 'string' ? value : ''}
              onChange={(event) => setFilters((current) => setColumnFilter(current, column.id, event.target.value))}
            />
          </div>
        );
      })}
      {facetOrder.map((field) => {
        const column = table.getColumn(field);
        if (!column || column.columnDef.meta?.filter !== 'select') return null;
        const selected = selectedFacetValues(filters, field);
        const options = facetOptions(facetFieldValues[field], column.getFacetedUniqueValues(), selected);
        return (
          <Facet
            key={field}
            field={field}
            options={options}
            selected={selected}
            onToggle={toggle}
          />
        );
      })}
    </div>
  );
}

type FacetProps = {
  field: FacetFieldId;
  options: FacetOption[];
  selected: string[];
  onToggle: (field: FacetFieldId, value: string) => void;
};

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((item, index) => same(item, b[index] as T));
}

/** Equal when the same options have the same counts: most keystrokes leave most facets as they were. */
function sameFacet(before: FacetProps, after: FacetProps): boolean {
  return (
    before.field === after.field &&
    before.onToggle === after.onToggle &&
    sameList(before.selected, after.selected, (x, y) => x === y) &&
    sameList(before.options, after.options, (x, y) => x.value === y.value && x.count === y.count)
  );
}

const Facet = memo(function Facet({ field, options, selected, onToggle }: FacetProps) {
  const { t } = useTranslation('catalogue');
  const labels = useMemo(
    () => new Map(facetFieldValues[field].map((value: string) => [value, valueLabel(field, value, t)])),
    [field, t],
  );
  const [expanded, setExpanded] = useState(false);
  const collapsible = options.length > COLLAPSED_OPTION_COUNT + 2;
  const shown = collapsible && !expanded ? options.slice(0, COLLAPSED_OPTION_COUNT) : options;
  // A ticked value stays visible even when the list is collapsed.
  const hiddenSelected = collapsible && !expanded ? options.slice(COLLAPSED_OPTION_COUNT).filter((option) => selected.includes(option.value)) : [];

  return (
    <fieldset className="facet-group" data-facet={field}>
      <legend className="facet-title">
        {t(`columns.${field}`)}
      </legend>
      {options.length === 0 ? (
        <p className="facet-empty">{t('filters.noValues')}</p>
      ) : (
        <ul className="facet-options">
          {[...shown, ...hiddenSelected].map((option) => (
            <li key={option.value}>
              <label className="check-option">
                <input
                  type="checkbox"
                  checked={selected.includes(option.value)}
                  onChange={() => onToggle(field, option.value)}
                  data-facet-value={option.value}
                />
                <span className="option-label">{labels.get(option.value)}</span>
                <span className="option-count">{option.count}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {collapsible && (
        <button type="button" className="link-button facet-more" onClick={() => setExpanded((value) => !value)}>
          {expanded ? t('filters.showFewer') : t('filters.showMore', { count: options.length })}
        </button>
      )}
    </fieldset>
  );
}, sameFacet);
