import { memo, useId } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { DistributionTypeTable } from '../../../shared/catalogue/schema';
import type { KubernetesVersion } from '../../../shared/conformance/conformance-schema';
import { useAppStore } from '../../app/store';
import type { CatalogueRow } from './catalogue-rows';
import { type ComparisonLine, MIN_COMPARED, buildComparison } from './comparison';
import { DistributionComparison } from '../distributions/DistributionComparison';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { ModalDialog } from '../../ui/ModalDialog';

/**
 * The compare button with the picked products as removable chips, and why comparing is unavailable.
 * Memoized: it sits in the search toolbar, which every keystroke redraws.
 */
export const CompareTray = memo(function CompareTray({ rows, onCompare }: { rows: CatalogueRow[]; onCompare: () => void }) {
  const { t } = useTranslation('catalogue');
  const clearCompared = useAppStore((state) => state.clearCompared);
  const reasonId = useId();
  // The slice never lets more than MAX_COMPARED in, so too few is the only reason the button can be off.
  const stillNeeded = MIN_COMPARED - rows.length;

  return (
    <div className="compare-tray" role="group" aria-label={t('compare.selection')}>
      {rows.length > 0 && (
        <ul className="compare-chips">
          {rows.map((row) => (
            <li key={row.entry.id} className="compare-chip">
              <span className="compare-chip-name">{row.entry.name}</span>
              <RemoveFromComparison id={row.entry.id} name={row.entry.name} />
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className="button primary"
        disabled={stillNeeded > 0}
        aria-describedby={stillNeeded > 0 ? reasonId : undefined}
        onClick={onCompare}
      >
        {t('compare.button', { count: rows.length })}
      </button>
      {stillNeeded > 0 && (
        <span id={reasonId} className="compare-reason">
          {t('compare.tooFew', { count: stillNeeded })}
        </span>
      )}
      {rows.length > 0 && (
        <button type="button" className="button subtle" onClick={clearCompared}>
          {t('compare.clear')}
        </button>
      )}
    </div>
  );
});

/** Taking a product out of the comparison; in the dialog, taking out the second-last one closes it. */
function RemoveFromComparison({ id, name }: { id: string; name: string }) {
  const { t } = useTranslation('catalogue');
  const toggleCompared = useAppStore((state) => state.toggleCompared);
  return (
    <button
      type="button"
      className="chip-remove"
      aria-label={t('compare.remove', { name })}
      title={t('compare.remove', { name })}
      onClick={() => toggleCompared(id)}
    >
      <svg viewBox="0 0 16 16" width="10" height="10" aria-hidden="true" focusable="false">
        <path d="M3 3l10 10M13 3 3 13" stroke="currentColor" strokeWidth="2" />
      </svg>
    </button>
  );
}

/** Products side by side, one column each; lines whose values differ are highlighted and marked. */
export function CompareDialog({
  rows,
  distributionTypes,
  conformanceVersions,
  onClose,
}: {
  rows: CatalogueRow[];
  distributionTypes: DistributionTypeTable;
  /** The Kubernetes versions of the conformance data in use: the certification timeline's columns. */
  conformanceVersions: readonly KubernetesVersion[];
  onClose: () => void;
}) {
  const { t } = useTranslation('catalogue');
  const language = useAppStore((state) => state.language);
  const { fields, characteristics } = buildComparison(rows, distributionTypes, language, t);
  const groups = [
    { id: 'fields', rows: fields },
    { id: 'characteristics', heading: t('compare.characteristics'), rows: characteristics },
  ];

  return (
    <ModalDialog
      title={t('compare.title')}
      onClose={onClose}
      className="compare-dialog"
      footer={
        <button type="button" className="button primary" data-autofocus="" onClick={onClose}>
          {t('compare.close')}
        </button>
      }
    >
      <p className="compare-legend">
        <span className="legend-swatch" aria-hidden="true" />
        {t('compare.legend')}
      </p>
      <DataTable
        appearance="compare"
        columns={compareColumns(rows, t)}
        groups={groups}
        rowKey={(line) => line.id}
        rowAttributes={(line) => ({ className: line.differs ? differsClass : undefined, 'data-line': line.id, 'data-differs': line.differs })}
      />
      <DistributionComparison rows={rows} versions={conformanceVersions} />
    </ModalDialog>
  );
}

/** The class of a line whose values differ between the products: highlighted. */
const differsClass = 'differs';

/** The field compared, then one column per product, headed by its name and a way to take it out. */
function compareColumns(rows: CatalogueRow[], t: TFunction): DataTableColumn<ComparisonLine>[] {
  return [
    {
      id: 'field',
      header: t('compare.field'),
      headerClassName: 'compare-field-column',
      rowHeader: true,
      cell: (line) => (
        <>
          <span className="compare-label">{line.label}</span>
          {line.differs && <span className="differs-badge">{t('compare.differs')}</span>}
        </>
      ),
    },
    ...rows.map(
      (row, index): DataTableColumn<ComparisonLine> => ({
        id: row.entry.id,
        header: (
          <span className="compare-product">
            <span>{row.entry.name}</span>
            <RemoveFromComparison id={row.entry.id} name={row.entry.name} />
          </span>
        ),
        cell: (line) => line.values[index],
      }),
    ),
  ];
}
