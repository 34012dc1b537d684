import { useEffect, useMemo, useState } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { KubernetesVersion } from '../../../shared/conformance/conformance-schema';
import { profileForEntry } from '../../../shared/distributions/match-profile';
import type { ResolvedDistributionProfiles } from '../../../shared/distributions/profile-schema';
import { describeError } from '../../../shared/i18n/describe-error';
import { api } from '../../app/api';
import { useAppStore } from '../../app/store';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { fileDateStamp, saveFile } from '../../ui/save-file';
import type { CatalogueRow } from '../catalogue/catalogue-rows';
import { type TimelineRow, buildTimeline, comparisonToCsv, comparisonToMarkdown } from './comparison-export';
import { type ProfileLine, buildProfileComparison } from './profile-comparison';

/** Profiles follow the conformance data in use, so they are read again whenever the catalogue changes. */
function useDistributionProfiles(): ResolvedDistributionProfiles | null {
  const snapshot = useAppStore((state) => state.catalogueSnapshot);
  const reportError = useAppStore((state) => state.reportError);
  const [profiles, setProfiles] = useState<ResolvedDistributionProfiles | null>(null);
  useEffect(() => {
    let current = true;
    void api.getDistributionProfiles({}).then((result) => {
      if (!current) return;
      if (result.ok) setProfiles(result.value);
      else reportError(result.error);
    });
    return () => {
      current = false;
    };
  }, [snapshot, reportError]);
  return profiles;
}

/**
 * The compared products' distribution profiles as a matrix (differences highlighted, unknowns marked),
 * their certification timeline as a chart or a table, and the comparison's export as Markdown and CSV.
 */
export function DistributionComparison({ rows, versions }: { rows: CatalogueRow[]; versions: readonly KubernetesVersion[] }) {
  const { t } = useTranslation('distributions');
  const language = useAppStore((state) => state.language);
  const reportError = useAppStore((state) => state.reportError);
  const profiles = useDistributionProfiles();
  const [asTable, setAsTable] = useState(false);
  const [status, setStatus] = useState('');

  const products = useMemo(
    () => rows.map((row) => ({ entry: row.entry, profile: profiles ? profileForEntry(profiles.profiles, row.entry) : undefined })),
    [rows, profiles],
  );
  const lines = useMemo(() => buildProfileComparison(products, t, language), [products, t, language]);
  const timeline = useMemo(() => buildTimeline(products, versions), [products, versions]);

  const exportAs = async (format: 'md' | 'csv') => {
    const comparison = { products, lines, versions, timeline };
    const content = format === 'md' ? comparisonToMarkdown(comparison, t) : comparisonToCsv(comparison, t);
    try {
      const outcome = await saveFile(api, {
        suggestedName: `kube-planner-comparison-${fileDateStamp(new Date())}.${format}`,
        format,
        content,
      });
      if (outcome.saved && outcome.path) setStatus(t('compare.saved', { path: outcome.path }));
    } catch (error) {
      reportError({ message: t('compare.exportFailed', { message: describeError(error as Error, t) }) });
    }
  };

  return (
    <section className="distribution-comparison" data-distribution-comparison="">
      <div className="distribution-comparison-toolbar">
        <h3>{t('compare.profiles')}</h3>
        <button type="button" className="button subtle" data-export="md" onClick={() => void exportAs('md')}>
          {t('compare.exportMarkdown')}
        </button>
        <button type="button" className="button subtle" data-export="csv" onClick={() => void exportAs('csv')}>
          {t('compare.exportCsv')}
        </button>
        <span role="status">{status}</span>
      </div>
      <p className="compare-legend">
        <span className="unknown-swatch" aria-hidden="true" />
        {t('compare.unknownLegend')}
      </p>
      <DataTable
        appearance="compare"
        className="profile-matrix"
        aria-busy={profiles === null}
        columns={profileColumns(rows.map((row) => row.entry.name), t)}
        rows={lines}
        rowKey={(line) => line.id}
        rowAttributes={(line) => ({ className: line.differs ? differsClass : undefined, 'data-line': line.id, 'data-differs': line.differs })}
      />
      <CertificationTimeline timeline={timeline} versions={versions} asTable={asTable} onToggle={() => setAsTable(!asTable)} />
    </section>
  );
}

/** The attribute compared, then each product's value: its source as a tooltip, an unknown value marked. */
function profileColumns(products: string[], t: TFunction): DataTableColumn<ProfileLine>[] {
  return [
    {
      id: 'attribute',
      header: t('compare.attribute'),
      headerClassName: 'compare-field-column',
      rowHeader: true,
      cell: (line) => (
        <>
          <span className="compare-label">{line.label}</span>
          {line.differs && <span className="differs-badge">{t('catalogue:compare.differs')}</span>}
        </>
      ),
    },
    ...products.map(
      (product, index): DataTableColumn<ProfileLine> => ({
        id: String(index),
        header: product,
        cell: (line) => line.cells[index]?.text,
        cellAttributes: (line) => {
          const cell = line.cells[index];
          return {
            className: cell?.unknown ? 'unknown-value' : undefined,
            'data-unknown': cell?.unknown,
            title: cell?.source === undefined ? undefined : t('profile.sourceOf', { source: cell.source }),
          };
        },
      }),
    ),
  ];
}

function timelineColumns(versions: readonly KubernetesVersion[], t: TFunction): DataTableColumn<TimelineRow>[] {
  return [
    { id: 'product', header: t('compare.product'), rowHeader: true, cell: (row) => row.name },
    ...versions.map(
      (version, index): DataTableColumn<TimelineRow> => ({
        id: version,
        header: version,
        cell: (row) => (row.certified[index] ? t('compare.certified') : t('compare.notCertified')),
        cellAttributes: (row) => ({ 'data-certified': row.certified[index] }),
      }),
    ),
  ];
}

/** The class of a line whose values differ between the products: highlighted. */
const differsClass = 'differs';
const CELL = 44;
const HEADER_HEIGHT = 28;
/** Room for a product name at 12px: a generous average glyph width, so no name is cut at the left edge. */
const GLYPH_WIDTH = 7.5;

/** Products × Kubernetes versions: a filled square where the product is certified. The table says the same in words. */
function CertificationTimeline({
  timeline,
  versions,
  asTable,
  onToggle,
}: {
  timeline: readonly TimelineRow[];
  versions: readonly KubernetesVersion[];
  asTable: boolean;
  onToggle: () => void;
}) {
  const { t } = useTranslation('distributions');
  const [first = '', newest = ''] = [versions[0], versions.at(-1)];
  const labelWidth = Math.max(120, Math.ceil(Math.max(0, ...timeline.map((row) => row.name.length)) * GLYPH_WIDTH) + 16);
  const width = labelWidth + versions.length * CELL;
  const height = HEADER_HEIGHT + timeline.length * CELL;
  return (
    <figure className="certification-timeline" data-timeline={asTable ? 'table' : 'chart'}>
      <figcaption>
        <strong>{t('compare.timeline')}</strong> {t('compare.timelineCaption', { first, newest })}
        <button type="button" className="link-button" onClick={onToggle}>
          {asTable ? t('compare.showChart') : t('compare.showTable')}
        </button>
      </figcaption>
      {asTable ? (
        <DataTable
          appearance="compare"
          className="timeline-table"
          columns={timelineColumns(versions, t)}
          rows={timeline}
          rowKey={(row) => row.name}
        />
      ) : (
        <svg
          className="timeline-chart"
          viewBox={`0 0 ${width} ${height}`}
          width={width}
          height={height}
          role="img"
          aria-label={t('compare.timelineCaption', { first, newest })}
        >
          {versions.map((version, index) => (
            <text key={version} x={labelWidth + index * CELL + CELL / 2} y={HEADER_HEIGHT - 10} textAnchor="middle" className="timeline-version">
              {version.slice(1)}
            </text>
          ))}
          {timeline.map((row, rowIndex) => (
            <g key={row.name} transform={`translate(0 ${HEADER_HEIGHT + rowIndex * CELL})`}>
              <text x={labelWidth - 8} y={CELL / 2 + 4} textAnchor="end" className="timeline-product">
                {row.name}
              </text>
              {row.certified.map((certified, index) => (
                <rect
                  key={versions[index]}
                  x={labelWidth + index * CELL + 6}
                  y={6}
                  width={CELL - 12}
                  height={CELL - 12}
                  rx={4}
                  className={certified ? 'timeline-cell certified' : 'timeline-cell'}
                >
                  <title>{`${row.name} ${versions[index] ?? ''}: ${certified ? t('compare.certified') : t('compare.notCertified')}`}</title>
                </rect>
              ))}
            </g>
          ))}
        </svg>
      )}
    </figure>
  );
}
