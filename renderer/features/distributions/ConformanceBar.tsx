import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/i18n/describe-error';
import type { ConformanceState } from '../../../shared/ipc/contract';
import { useAppStore } from '../../app/store';
import { ConformanceReportDialog } from './ConformanceReportDialog';
import { useConformanceImport } from './use-conformance-import';

/**
 * Which conformance data the catalogue shows, with the two ways to import a newer copy of
 * cncf/k8s-conformance (a folder, a zip), its report, and the way back to the bundled data.
 */
export function ConformanceBar({ conformance }: { conformance: ConformanceState | undefined }) {
  const { t } = useTranslation('distributions');
  const language = useAppStore((state) => state.language);
  const folderInput = useRef<HTMLInputElement>(null);
  const zipInput = useRef<HTMLInputElement>(null);
  const conformanceImport = useConformanceImport();
  const { progress } = conformanceImport;
  const imported = conformance?.importedFrom ?? null;
  const importDate = useMemo(
    () => imported && new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(imported.importedAt)),
    [imported, language],
  );

  // React has no typed prop for it: the attribute makes the file picker choose a folder and list its files.
  useEffect(() => {
    folderInput.current?.setAttribute('webkitdirectory', '');
  }, []);

  return (
    <div className="conformance-bar" data-conformance-bar="">
      <span className="conformance-source">
        {imported ? t('conformanceImport.current', { source: imported.source, date: importDate }) : t('conformanceImport.bundled')}
      </span>
      <input
        ref={folderInput}
        type="file"
        multiple
        hidden
        data-conformance-folder-input=""
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = '';
          void conformanceImport.importFolder(files);
        }}
      />
      <input
        ref={zipInput}
        type="file"
        accept=".zip"
        hidden
        data-conformance-zip-input=""
        onChange={(event) => {
          const [file] = event.target.files ?? [];
          event.target.value = '';
          if (file) void conformanceImport.importZip(file);
        }}
      />
      <button type="button" className="button subtle" disabled={progress.phase === 'importing'} onClick={() => folderInput.current?.click()}>
        {t('conformanceImport.folderButton')}
      </button>
      <button type="button" className="button subtle" disabled={progress.phase === 'importing'} onClick={() => zipInput.current?.click()}>
        {t('conformanceImport.zipButton')}
      </button>
      {imported && (
        <>
          <button type="button" className="link-button" onClick={() => conformanceImport.setReportOpen(true)}>
            {t('conformanceImport.showReport')}
          </button>
          <button type="button" className="link-button danger" onClick={() => void conformanceImport.removeImport()}>
            {t('conformanceImport.remove')}
          </button>
        </>
      )}
      <span className="conformance-status" role="status">
        {progress.phase === 'importing' ? t('conformanceImport.importing', { source: progress.source }) : conformanceImport.statusMessage}
      </span>
      {conformance?.storedImportProblem && (
        <div className="notice warning">
          <span>{t('conformanceImport.storedProblem', { message: describeError(conformance.storedImportProblem, t) })}</span>
        </div>
      )}
      {progress.phase === 'failed' && (
        <div className="notice error" role="alert">
          <span>{t('conformanceImport.failed', { message: describeError(progress.error, t) })}</span>
          <button type="button" className="button subtle" onClick={conformanceImport.dismissFailure}>
            {t('report.close')}
          </button>
        </div>
      )}
      {conformanceImport.reportOpen && imported && (
        <ConformanceReportDialog report={imported.report} onClose={() => conformanceImport.setReportOpen(false)} />
      )}
    </div>
  );
}
