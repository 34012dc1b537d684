import { memo, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/i18n/describe-error';
import type { CatalogueSnapshot } from '../../../shared/ipc/contract';
import { api } from '../../app/api';
import { useAppStore } from '../../app/store';
import { ConformanceBar } from '../distributions/ConformanceBar';
import { type CatalogueExportFormat, catalogueExport, catalogueExportFormats, saveExport } from './catalogue-export';
import type { CatalogueTable } from './CatalogueGrid';
import { ColumnsMenu } from './ColumnsMenu';
import { DisclosurePanel } from './DisclosurePanel';
import type { LandscapeImport } from './use-landscape-import';

type CatalogueHeaderProps = {
  titleId: string;
  /** The lasting table (see useCatalogueTable): the header is not redrawn by a keystroke. */
  table: CatalogueTable;
  snapshot: CatalogueSnapshot;
  landscapeImport: LandscapeImport;
  statusMessage: string;
  onStatus: (message: string) => void;
  onRemoveImport: () => void;
};

/**
 * The page's title and actions (import, export, columns), the current import, the conformance data's
 * state and the notices: everything above the search, none of which a search changes.
 */
export const CatalogueHeader = memo(function CatalogueHeader({
  titleId,
  table,
  snapshot,
  landscapeImport,
  statusMessage,
  onStatus,
  onRemoveImport,
}: CatalogueHeaderProps) {
  const { t } = useTranslation('catalogue');
  const language = useAppStore((state) => state.language);
  const reportError = useAppStore((state) => state.reportError);
  const fileInputRef = useRef<HTMLInputElement>(null);
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
    const content = catalogueExport(format, visible, table.getRowModel().rows.map((row) => row.original), t);
    try {
      const outcome = await saveExport(api, format, content);
      if (outcome.saved && outcome.path) onStatus(t('export.saved', { path: outcome.path }));
    } catch (error) {
      reportError({ message: t('export.failed', { message: describeError(error as Error, t) }) });
    }
  };

  return (
    <>
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
          <button type="button" className="link-button danger" onClick={onRemoveImport}>
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
    </>
  );
});
