import {
  type ColumnFiltersState,
  type Updater,
  functionalUpdate,
  useTable,
} from '@tanstack/react-table';
import { type DragEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/i18n/describe-error';
import type { CatalogueSnapshot } from '../../../shared/ipc/contract';
import { api } from '../../app/api';
import { loadCatalogue } from '../../app/catalogue-prefetch';
import { useAppStore } from '../../app/store';
import { useLoadFromMain } from '../../ui/use-load-from-main';
import { STAR_COLUMN_ID, buildCatalogueColumns, catalogueFeatures, matchesGlobalSearch } from './catalogue-columns';
import { type CatalogueExportFormat, catalogueExport, catalogueExportFormats, saveExport } from './catalogue-export';
import { rememberTranslations } from './catalogue-fields';
import type { CatalogueRow } from './catalogue-rows';
import { CatalogueGrid, type CatalogueTable } from './CatalogueGrid';
import { moveColumnBy } from './column-order';
import { CompareDialog, CompareTray } from './CompareDialog';
import { ConformanceBar } from '../distributions/ConformanceBar';
import { activeColumnPreset, columnPresetIds, columnsForPreset } from './column-presets';
import { DetailPane } from './DetailPane';
import { DisclosurePanel } from './DisclosurePanel';
import { FacetsAfterRows } from './FacetPanel';
import { ImportReportDialog } from './ImportReportDialog';
import { ModalDialog } from './ModalDialog';
import { useLandscapeImport } from './use-landscape-import';
import './catalogue.css';
import '../distributions/distributions.css';


/** Loads the catalogue from main once per run; the snapshot then lives in the store across sections. */
export function CataloguePage() {
  const { t } = useTranslation('catalogue');
  const snapshot = useAppStore((state) => state.catalogueSnapshot);
  const setCatalogueSnapshot = useAppStore((state) => state.setCatalogueSnapshot);
  const { error: loadError, retry } = useLoadFromMain(snapshot, loadCatalogue, setCatalogueSnapshot);

  if (!snapshot) {
    return (
      <section className="page catalogue-page is-loading" aria-busy={!loadError}>
        <h1>{t('title')}</h1>
        {loadError ? (
          <div className="notice error" role="alert">
            <span>{t('loadFailed', { message: describeError(loadError, t) })}</span>
            <button
              type="button"
              className="button"
              onClick={retry}
            >
              {t('retry')}
            </button>
          </div>
        ) : (
          <p className="page-intro" role="status">
            {t('loading')}
          </p>
        )}
      </section>
    );
  }
  return <CatalogueView snapshot={snapshot} />;
}

const getRowId = (row: CatalogueRow) => row.entry.id;

function CatalogueView({ snapshot }: { snapshot: CatalogueSnapshot }) {
  const { t } = useTranslation('catalogue');
  const language = useAppStore((state) => state.language);
  const rows = useAppStore((state) => state.catalogueRows);
  const search = useAppStore((state) => state.catalogueSearch);
  const filters = useAppStore((state) => state.catalogueFilters);
  const sorting = useAppStore((state) => state.catalogueSorting);
  const columnVisibility = useAppStore((state) => state.catalogueColumnVisibility);
  const columnSizing = useAppStore((state) => state.catalogueColumnSizing);
  const columnOrder = useAppStore((state) => state.catalogueColumnOrder);
  const shortlist = useAppStore((state) => state.catalogueShortlist);
  const shortlistOnly = useAppStore((state) => state.catalogueShortlistOnly);
  const selectedId = useAppStore((state) => state.catalogueSelectedId);
  const compareIds = useAppStore((state) => state.catalogueCompareIds);
  // Actions never change; read once rather than subscribing to each.
  const actions = useAppStore.getState();
  const reportError = useAppStore((state) => state.reportError);
  const selectCatalogueEntry = useAppStore((state) => state.selectCatalogueEntry);
  const closeDetails = useCallback(() => selectCatalogueEntry(null), [selectCatalogueEntry]);

  const titleId = useId();
  const searchId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const fileInputRef = useRef<HTMLInputElement>(null);
  const compareOpen = useAppStore((state) => state.catalogueCompareOpen);
  const setCompareOpen = useAppStore((state) => state.setCatalogueCompareOpen);
  const [confirmRemoval, setConfirmRemoval] = useState(false);
  const [draggingFile, setDraggingFile] = useState(false);
  const [statusMessage, setStatusMessage] = useState('');
  const landscapeImport = useLandscapeImport();

  // Cells ask for their labels from a memory kept per language, not from i18next each time a row comes into view.
  const columns = useMemo(() => buildCatalogueColumns(rememberTranslations(t)), [t]);
  const rowsById = useMemo(() => new Map(rows.map((row) => [row.entry.id, row])), [rows]);
  const shortlistSet = useMemo(() => new Set(shortlist), [shortlist]);
  // "Shortlist only" is a filter on the star column; it is kept apart from the facets so that the
  // persisted filters hold plain values and the shortlist can change without touching them.
  const tableFilters = useMemo<ColumnFiltersState>(
    () => (shortlistOnly ? [...filters, { id: STAR_COLUMN_ID, value: shortlistSet }] : filters),
    [filters, shortlistOnly, shortlistSet],
  );

  const table: CatalogueTable = useTable({
    features: catalogueFeatures,
    columns,
    data: rows,
    getRowId,
    state: {
      globalFilter: search,
      columnFilters: tableFilters,
      sorting,
      columnVisibility,
      columnSizing,
      columnOrder,
    },
    onGlobalFilterChange: (updater: Updater<string>) => actions.setCatalogueSearch(functionalUpdate(updater, search) ?? ''),
    onColumnFiltersChange: (updater) => {
      const next = functionalUpdate(updater, tableFilters);
      actions.setShortlistOnly(next.some((filter) => filter.id === STAR_COLUMN_ID));
      actions.setCatalogueFilters(next.filter((filter) => filter.id !== STAR_COLUMN_ID));
    },
    onSortingChange: actions.setCatalogueSorting,
    onColumnVisibilityChange: actions.setCatalogueColumnVisibility,
    onColumnSizingChange: actions.setCatalogueColumnSizing,
    onColumnOrderChange: actions.setCatalogueColumnOrder,
    globalFilterFn: matchesGlobalSearch,
    getColumnCanGlobalFilter: (column) => column.id === 'name',
    columnResizeMode: 'onChange',
    sortDescFirst: false,
    maxMultiSortColCount: 4,
    defaultColumn: { minSize: 60, maxSize: 640 },
  });

  // Ctrl+F (⌘F) goes to the search box, as in a browser: the desktop app has no find bar of its own.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'f') {
        event.preventDefault();
        searchRef.current?.focus();
        searchRef.current?.select();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const shownRows = table.getRowModel().rows;
  const selectedRow = selectedId === null ? undefined : rowsById.get(selectedId);
  const comparedRows = compareIds.flatMap((id) => rowsById.get(id) ?? []);
  const shortlistCount = shortlist.filter((id) => rowsById.has(id)).length;
  const activeFilterCount = filters.length + (shortlistOnly ? 1 : 0) + (search.trim() === '' ? 0 : 1);
  const number = useMemo(() => new Intl.NumberFormat(language), [language]);
  const currentImport = snapshot.landscapeImport;
  const importDate = useMemo(
    () =>
      currentImport &&
      new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(currentImport.importedAt)),
    [currentImport, language],
  );
  const progress = landscapeImport.progress;

  const exportView = async (format: CatalogueExportFormat) => {
    const visible = table.getVisibleLeafColumns().map((column) => column.id);
    const content = catalogueExport(format, visible, shownRows.map((row) => row.original), t);
    try {
      const outcome = await saveExport(api, format, content);
      if (outcome.saved && outcome.path) setStatusMessage(t('export.saved', { path: outcome.path }));
    } catch (error) {
      reportError({ message: t('export.failed', { message: describeError(error as Error, t) }) });
    }
  };

  const isFileDrag = (event: DragEvent) => event.dataTransfer.types.includes('Files');

  return (
    <section
      className="page catalogue-page"
      aria-labelledby={titleId}
      onDragEnter={(event) => {
        if (isFileDrag(event)) setDraggingFile(true);
      }}
      onDragOver={(event) => {
        if (!isFileDrag(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDraggingFile(false);
      }}
      onDrop={(event) => {
        if (!isFileDrag(event)) return;
        event.preventDefault();
        setDraggingFile(false);
        const [file] = event.dataTransfer.files;
        if (file) void landscapeImport.importFile(file);
      }}
    >
      <header className="catalogue-header">
        <div className="catalogue-heading">
          <h1 id={titleId}>{t('title')}</h1>
          <p className="page-intro">{t('intro')}</p>
        </div>
        <div className="catalogue-actions">
          <input
            ref={fileInputRef}
            type="file"
            accept=".yml,.yaml"
            hidden
            data-landscape-input=""
            onChange={(event) => {
              const [file] = event.target.files ?? [];
              // Cleared so that choosing the same file again still fires a change.
              event.target.value = '';
              if (file) void landscapeImport.importFile(file);
            }}
          />
          <button
            type="button"
            className="button"
            disabled={progress.phase === 'importing'}
            onClick={() => fileInputRef.current?.click()}
          >
            {t('import.button')}
          </button>
          <DisclosurePanel label={t('export.button')} panelLabel={t('export.button')}>
            {(close) => (
              <div className="menu-list">
                {catalogueExportFormats.map((format) => (
                  <button
                    key={format}
                    type="button"
                    className="menu-item"
                    onClick={() => {
                      close();
                      void exportView(format);
                    }}
                  >
                    {t(`export.${format}`)}
                  </button>
                ))}
              </div>
            )}
          </DisclosurePanel>
          <DisclosurePanel label={t('columnsMenu.button')} panelLabel={t('columnsMenu.heading')} className="align-end">
            {() => <ColumnsMenu table={table} />}
          </DisclosurePanel>
        </div>
      </header>

      {currentImport && (
        <div className="import-bar">
          <span className="import-file">
            {t('import.current', { file: currentImport.fileName, date: importDate })}
          </span>
          <button type="button" className="link-button" onClick={() => landscapeImport.setReportOpen(true)}>
            {t('import.showReport')}
          </button>
          <button type="button" className="link-button danger" onClick={() => setConfirmRemoval(true)}>
            {t('import.remove')}
          </button>
        </div>
      )}
      <ConformanceBar conformance={snapshot.conformance} />
      {snapshot.storedImportProblem && (
        <div className="notice warning">
          <span>{t('import.storedProblem', { message: describeError(snapshot.storedImportProblem, t) })}</span>
        </div>
      )}
      {(progress.phase === 'failed' || progress.phase === 'removal-failed') && (
        <div className="notice error" role="alert">
          <span>
            {t(progress.phase === 'failed' ? 'import.failed' : 'import.removeFailed', { message: describeError(progress.error, t) })}
          </span>
          <button type="button" className="button subtle" onClick={landscapeImport.dismissFailure}>
            {t('import.dismiss')}
          </button>
        </div>
      )}
      <div className="catalogue-status" role="status">
        {progress.phase === 'importing' ? (
          <div className="notice info">
            <progress className="import-progress" aria-label={t('import.importing', { file: progress.fileName })} />
            <span>{t('import.importing', { file: progress.fileName })}</span>
          </div>
        ) : (
          statusMessage && <div className="notice info">{statusMessage}</div>
        )}
      </div>

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
            onChange={(event) => actions.setCatalogueSearch(event.target.value)}
          />
        </div>
        <p className="result-count" aria-live="polite">
          {t('productCount', { count: rows.length, shown: number.format(shownRows.length), total: number.format(rows.length) })}
        </p>
        <CompareTray rows={comparedRows} onCompare={() => setCompareOpen(true)} />
      </div>

      <div className={`catalogue-body${selectedRow ? ' has-detail' : ''}`}>
        <aside className="facet-panel" aria-labelledby={`${titleId}-filters`}>
          <div className="facet-panel-header">
            <h2 id={`${titleId}-filters`}>{t('filters.heading')}</h2>
            <button
              type="button"
              className="link-button"
              disabled={activeFilterCount === 0}
              onClick={actions.clearCatalogueFilters}
            >
              {t('filters.clearAll')}
            </button>
          </div>
          <FacetsAfterRows table={table} rows={rows} shortlistCount={shortlistCount} />
        </aside>
        <div className="grid-area">
          <CatalogueGrid
            table={table}
            labelledBy={titleId}
            selectedId={selectedId}
            onOpen={selectCatalogueEntry}
            onClose={closeDetails}
            onToggleCompare={actions.toggleCompared}
          />
          {shownRows.length === 0 && (
            <div className="grid-empty">
              <p>{t('empty')}</p>
              {activeFilterCount > 0 && (
                <button type="button" className="button" onClick={actions.clearCatalogueFilters}>
                  {t('filters.clearAll')}
                </button>
              )}
            </div>
          )}
        </div>
        {selectedRow && (
          <DetailPane
            row={selectedRow}
            distributionTypes={snapshot.distributionTypes}
            onClose={closeDetails}
          />
        )}
      </div>

      {draggingFile && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('import.dropHint')}</p>
        </div>
      )}
      {compareOpen && (
        <CompareDialog
          rows={comparedRows}
          distributionTypes={snapshot.distributionTypes}
          conformanceVersions={snapshot.conformance?.versions ?? []}
          onClose={() => setCompareOpen(false)}
        />
      )}
      {landscapeImport.reportOpen && currentImport && (
        <ImportReportDialog
          report={currentImport.report}
          builtInName={(id) => rowsById.get(id)?.entry.name ?? id}
          onClose={() => landscapeImport.setReportOpen(false)}
        />
      )}
      {confirmRemoval && currentImport && (
        <ModalDialog
          title={t('import.removeTitle')}
          onClose={() => setConfirmRemoval(false)}
          footer={
            <>
              <button type="button" className="button" data-autofocus="" onClick={() => setConfirmRemoval(false)}>
                {t('import.cancel')}
              </button>
              <button
                type="button"
                className="button danger"
                onClick={() => {
                  setConfirmRemoval(false);
                  void landscapeImport.removeImport().then((removed) => removed && setStatusMessage(t('import.removed')));
                }}
              >
                {t('import.removeConfirm')}
              </button>
            </>
          }
        >
          <p>
            {t('import.removeBody', {
              count: rows.filter((row) => row.sourceKind !== 'cncf-landscape').length,
            })}
          </p>
        </ModalDialog>
      )}
    </section>
  );
}

/** Show, hide and move columns; widths are changed on the headers themselves. */
function ColumnsMenu({ table }: { table: CatalogueTable }) {
  const { t } = useTranslation('catalogue');
  const resetCatalogueColumns = useAppStore((state) => state.resetCatalogueColumns);
  const columns = table.getAllLeafColumns();
  const order = columns.map((column) => column.id);
  const movable = columns.filter((column) => column.id !== STAR_COLUMN_ID);
  const active = activeColumnPreset(
    columns.filter((column) => column.getIsVisible()).map((column) => column.id),
    order,
  );

  return (
    <div className="columns-menu">
      <div className="column-presets" role="group" aria-label={t('columnsMenu.presets')}>
        {columnPresetIds.map((preset) => (
          <button
            key={preset}
            type="button"
            className="chip"
            aria-pressed={active === preset}
            data-column-preset={preset}
            onClick={() => {
              const { order: presetOrder, visibility } = columnsForPreset(preset, order);
              table.setColumnOrder(presetOrder);
              table.setColumnVisibility(visibility);
            }}
          >
            {t(`columnsMenu.preset.${preset}`)}
          </button>
        ))}
      </div>
      <ul className="columns-list">
        {movable.map((column, index) => {
          const label = t(`columns.${column.id}`);
          return (
            <li key={column.id} className="columns-item">
              <label className="check-option">
                <input
                  type="checkbox"
                  checked={column.getIsVisible()}
                  disabled={!column.getCanHide()}
                  onChange={(event) => column.toggleVisibility(event.target.checked)}
                  data-column-toggle={column.id}
                />
                <span className="option-label">{label}</span>
              </label>
              <span className="move-buttons">
                <button
                  type="button"
                  className="icon-button small"
                  aria-label={t('columnsMenu.moveEarlier', { column: label })}
                  title={t('columnsMenu.moveEarlier', { column: label })}
                  disabled={index === 0}
                  onClick={() => table.setColumnOrder(moveColumnBy(order, column.id, -1))}
                >
                  <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
                    <path d="M6 9.5V2.5M2.5 6 6 2.5 9.5 6" fill="none" stroke="currentColor" strokeWidth="1.5" />
                  </svg>
                </button>
                <button
                  type="button"
                  className="icon-button small"
                  aria-label={t('columnsMenu.moveLater', { column: label })}
                  title={t('columnsMenu.moveLater', { column: label })}
                  disabled={index === movable.length - 1}
                  onClick={() => table.setColumnOrder(moveColumnBy(order, column.id, 1))}
                >
                  <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
                    <path d="M6 2.5v7M2.5 6 6 9.5 9.5 6" fill="none" stroke="currentColor" strokeWidth="1.5" />
                  </svg>
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <button type="button" className="button subtle reset-columns" onClick={resetCatalogueColumns}>
        {t('columnsMenu.reset')}
      </button>
    </div>
  );
}
