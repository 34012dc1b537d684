import { useTranslation } from 'react-i18next';
import { type ConformanceImportReport, typeBuckets } from '../../../shared/conformance/conformance-schema';
import { describeDamagedFile } from '../../../shared/i18n/describe-conformance-report';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { ModalDialog } from '../../ui/ModalDialog';

/** What a conformance import read: products per version and per type, and every damaged file by its path. */
export function ConformanceReportDialog({ report, onClose }: { report: ConformanceImportReport; onClose: () => void }) {
  const { t } = useTranslation('distributions');
  const versionColumns: DataTableColumn<ConformanceImportReport['perVersion'][number]>[] = [
    { id: 'version', header: t('report.version'), rowHeader: true, cell: (row) => row.version },
    { id: 'products', header: t('report.products'), cell: (row) => row.products },
  ];
  const typeColumns: DataTableColumn<(typeof typeBuckets)[number]>[] = [
    { id: 'type', header: t('report.type'), rowHeader: true, cell: (type) => t(`conformanceTypes.${type}`) },
    { id: 'products', header: t('report.products'), cell: (type) => report.perType[type] },
  ];
  return (
    <ModalDialog
      title={t('report.title')}
      onClose={onClose}
      className="conformance-report"
      footer={
        <button type="button" className="button primary" data-autofocus="" onClick={onClose}>
          {t('report.close')}
        </button>
      }
    >
      <p>
        {t('report.summary', { source: report.source, products: report.products, files: report.productFiles, count: report.ignoredFiles })}
      </p>
      <div className="conformance-report-tables">
        <DataTable
          appearance="compare"
          data-report="per-version"
          caption={t('report.perVersion')}
          columns={versionColumns}
          rows={report.perVersion}
          rowKey={(row) => row.version}
        />
        <DataTable
          appearance="compare"
          data-report="per-type"
          caption={t('report.perType')}
          columns={typeColumns}
          rows={typeBuckets}
          rowKey={(type) => type}
        />
      </div>
      <h3>{t('report.damaged')}</h3>
      {report.damaged.length === 0 ? (
        <p>{t('report.noDamaged')}</p>
      ) : (
        <ul className="damaged-files">
          {report.damaged.map((file) => (
            <li key={file.path}>{describeDamagedFile(file, t)}</li>
          ))}
        </ul>
      )}
    </ModalDialog>
  );
}
