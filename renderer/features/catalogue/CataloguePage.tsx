import { type DragEvent, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueSnapshot } from '../../../shared/ipc/contract';
import { loadCatalogue } from '../../app/catalogue-prefetch';
import { useAppStore } from '../../app/store';
import { LoadGate } from '../../ui/LoadGate';
import { useLoadFromMain } from '../../ui/use-load-from-main';
import { rememberTranslations } from './catalogue-fields';
import { foldRowTextsWhenIdle } from './catalogue-rows';
import { CatalogueGrid } from './CatalogueGrid';
import { CatalogueHeader } from './CatalogueHeader';
import { CatalogueToolbar } from './CatalogueToolbar';
import { CompareDialog } from './CompareDialog';
import { DetailPane } from './DetailPane';
import { FacetsAfterRows } from './FacetPanel';
import { ImportReportDialog } from './ImportReportDialog';
import { ModalDialog } from '../../ui/ModalDialog';
import { useCatalogueTable } from './use-catalogue-table';
import { useLandscapeImport } from './use-landscape-import';
import './catalogue.css';
import '../distributions/distributions.css';


/** Loads the catalogue from main once per run; the snapshot then lives in the store across sections. */
export function CataloguePage() {
  const { t } = useTranslation('catalogue');
  const snapshot = useAppStore((state) => state.catalogueSnapshot);
  const setCatalogueSnapshot = useAppStore((state) => state.setCatalogueSnapshot);
  const { error: loadError, retry } = useLoadFromMain(snapshot, loadCatalogue, setCatalogueSnapshot);

  return (
    <LoadGate
      data={snapshot}
      error={loadError}
      onRetry={retry}
      loadingText={t('loading')}
      failureText={(message) => t('loadFailed', { message })}
      retryText={t('retry')}
      around={(notice) => (
        <section className="page catalogue-page is-loading" aria-busy={!loadError}>
          <h1>{t('title')}</h1>
          {notice}
        </section>
      )}
    >
      {(loaded) => <CatalogueView snapshot={loaded} />}
    </LoadGate>
  );
}

function CatalogueView({ snapshot }: { snapshot: CatalogueSnapshot }) {
  const { t: translate } = useTranslation('catalogue');
  // Asked once per label and language: i18next resolves and interpolates on every call, and the parts a
  // keystroke redraws (the toolbar, the grid and its new rows) take this `t` rather than their own.
  const t = useMemo(() => rememberTranslations(translate), [translate]);
  const { table, lastingTable } = useCatalogueTable(t);
  const rows = useAppStore((state) => state.catalogueRows);
  const search = useAppStore((state) => state.catalogueSearch);
  const filters = useAppStore((state) => state.catalogueFilters);
  const shortlist = useAppStore((state) => state.catalogueShortlist);
  const shortlistOnly = useAppStore((state) => state.catalogueShortlistOnly);
  const selectedId = useAppStore((state) => state.catalogueSelectedId);
  const compareIds = useAppStore((state) => state.catalogueCompareIds);
  const clearCatalogueFilters = useAppStore((state) => state.clearCatalogueFilters);
  const toggleCompared = useAppStore((state) => state.toggleCompared);
  const selectCatalogueEntry = useAppStore((state) => state.selectCatalogueEntry);
  const closeDetails = useCallback(() => selectCatalogueEntry(null), [selectCatalogueEntry]);

  const titleId = useId();
  const searchRef = useRef<HTMLInputElement>(null);
  const compareOpen = useAppStore((state) => state.catalogueCompareOpen);
  const setCompareOpen = useAppStore((state) => state.setCatalogueCompareOpen);
  const openCompare = useCallback(() => setCompareOpen(true), [setCompareOpen]);
  const [confirmRemoval, setConfirmRemoval] = useState(false);
  const requestRemoval = useCallback(() => setConfirmRemoval(true), []);
  const [draggingFile, setDraggingFile] = useState(false);
  const [statusMessage, setStatusMessage] = useState('');
  const landscapeImport = useLandscapeImport();

  const rowsById = useMemo(() => new Map(rows.map((row) => [row.entry.id, row])), [rows]);
  useEffect(() => foldRowTextsWhenIdle(rows), [rows]);

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
  const comparedRows = useMemo(() => compareIds.flatMap((id) => rowsById.get(id) ?? []), [compareIds, rowsById]);
  const shortlistCount = shortlist.filter((id) => rowsById.has(id)).length;
  const activeFilterCount = filters.length + (shortlistOnly ? 1 : 0) + (search.trim() === '' ? 0 : 1);
  const currentImport = snapshot.landscapeImport;

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
      <CatalogueHeader
        titleId={titleId}
        table={lastingTable}
        snapshot={snapshot}
        landscapeImport={landscapeImport}
        statusMessage={statusMessage}
        onStatus={setStatusMessage}
        onRemoveImport={requestRemoval}
      />
      <CatalogueToolbar
        searchRef={searchRef}
        shownCount={shownRows.length}
        totalCount={rows.length}
        comparedRows={comparedRows}
        onCompare={openCompare}
        t={t}
      />

      <div className={`catalogue-body${selectedRow ? ' has-detail' : ''}`}>
        <aside className="facet-panel" aria-labelledby={`${titleId}-filters`}>
          <div className="facet-panel-header">
            <h2 id={`${titleId}-filters`}>{t('filters.heading')}</h2>
            <button
              type="button"
              className="link-button"
              disabled={activeFilterCount === 0}
              onClick={clearCatalogueFilters}
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
            onToggleCompare={toggleCompared}
            t={t}
          />
          {shownRows.length === 0 && (
            <div className="grid-empty">
              <p>{t('empty')}</p>
              {activeFilterCount > 0 && (
                <button type="button" className="button" onClick={clearCatalogueFilters}>
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
