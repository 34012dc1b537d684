import { useTranslation } from 'react-i18next';
import { type ConformanceImportReport, typeBuckets } from '../../../shared/conformance/conformance-schema';
import { describeDamagedFile } from '../../../shared/i18n/describe-conformance-report';
import { ModalDialog } from '../catalogue/ModalDialog';

/** What a conformance import read: products per version and per type, and every damaged file by its path. */
export function ConformanceReportDialog({ report, onClose }: { report: ConformanceImportReport; onClose: () => void }) {
  const { t } = useTranslation('distributions');
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
        <table className="compare-table" data-report="per-version">
          <caption>{t('report.perVersion')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.version')}</th>
              <th scope="col">{t('report.products')}</th>
            </tr>
          </thead>
          <tbody>
            {report.perVersion.map(({ version, products }) => (
              <tr key={version}>
                <th scope="row">{version}</th>
                <td>{products}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table className="compare-table" data-report="per-type">
          <caption>{t('report.perType')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.type')}</th>
              <th scope="col">{t('report.products')}</th>
            </tr>
          </thead>
          <tbody>
            {typeBuckets.map((type) => (
              <tr key={type}>
                <th scope="row">{t(`conformanceTypes.${type}`)}</th>
                <td>{report.perType[type]}</td>
              </tr>
            ))}
          </tbody>
        </table>
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
