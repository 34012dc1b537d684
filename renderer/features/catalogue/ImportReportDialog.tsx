import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { describeImportWarning, describeMerge, describeSkippedListing, listingLocation } from '../../../shared/i18n/describe-import-report';
import type { ImportReport } from '../../../shared/ipc/contract';
import { useAppStore } from '../../app/store';
import { ModalDialog } from '../../ui/ModalDialog';

/** Lists longer than this are virtualized inside a fixed-height box instead of growing the dialog. */
const PLAIN_LIST_LIMIT = 60;
const LIST_ITEM_HEIGHT = 30;

export function ImportReportDialog({
  report,
  builtInName,
  onClose,
}: {
  report: ImportReport;
  builtInName: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation('catalogue');
  const language = useAppStore((state) => state.language);
  const number = new Intl.NumberFormat(language);
  const { repeated, warnings } = report;

  const stats: [string, number][] = [
    ['added', report.added.length],
    ['merged', report.merged.length],
    ['repeated', repeated.length],
    ['skipped', report.skipped.length],
  ];

  return (
    <ModalDialog
      title={t('report.title')}
      onClose={onClose}
      className="report-dialog"
      footer={
        <button type="button" className="button primary" data-autofocus="" onClick={onClose}>
          {t('report.close')}
        </button>
      }
    >
      <p className="report-summary">{t('report.summary', { file: report.fileName, total: number.format(report.totalItems) })}</p>
      <dl className="report-stats">
        {stats.map(([key, count]) => (
          <div key={key} className={`report-stat stat-${key}`} data-stat={key}>
            <dt>{t(`report.${key}`)}</dt>
            <dd>{number.format(count)}</dd>
          </div>
        ))}
      </dl>
      <ReportSection id="skipped" title={t('report.skipped')} count={number.format(report.skipped.length)} open={report.skipped.length > 0}>
        <LongList
          label={t('report.skipped')}
          items={report.skipped}
          render={(item) => (
            <>
              <span className="report-name">{item.name ?? t('report.reasons.missing-name')}</span>
              <span className="report-reason">{t(`report.reasons.${item.reason}`, { defaultValue: item.reason })}</span>
              <span className="report-detail">{describeSkippedListing(item, t)}</span>
            </>
          )}
        />
      </ReportSection>
      <ReportSection id="merged" title={t('report.merged')} count={number.format(report.merged.length)} open={report.merged.length > 0}>
        <LongList
          label={t('report.merged')}
          items={report.merged}
          render={(item) => (
            <>
              <span className="report-name">{item.name}</span>
              <span className="report-detail">{describeMerge(item, builtInName(item.builtInId), t)}</span>
            </>
          )}
        />
      </ReportSection>
      <ReportSection id="added" title={t('report.added')} count={number.format(report.added.length)}>
        <LongList label={t('report.added')} items={report.added} render={(name) => <span className="report-name">{name}</span>} />
      </ReportSection>
      {repeated.length > 0 && (
        <ReportSection id="repeated" title={t('report.repeated')} count={number.format(repeated.length)}>
          <LongList
            label={t('report.repeated')}
            items={repeated}
            render={(item) => (
              <>
                <span className="report-name">{item.name}</span>
                <span className="report-detail">{listingLocation(item, t)}</span>
              </>
            )}
          />
        </ReportSection>
      )}
      {warnings.length > 0 && (
        <ReportSection id="warnings" title={t('report.warnings')} count={number.format(warnings.length)}>
          <LongList
            label={t('report.warnings')}
            items={warnings}
            render={(item) => <span className="report-detail">{describeImportWarning(item, t)}</span>}
          />
        </ReportSection>
      )}
    </ModalDialog>
  );
}

/** A collapsible list of the report; `count` comes formatted in the UI language. */
function ReportSection({ id, title, count, open = false, children }: { id: string; title: string; count: string; open?: boolean; children: ReactNode }) {
  return (
    <details className="report-section" data-section={id} open={open}>
      <summary>
        <span>{title}</span>
        <span className="report-count">{count}</span>
      </summary>
      {children}
    </details>
  );
}

/** "None." when empty, a plain list when short, a virtualized one (only the visible items in the DOM) when long. */
function LongList<T>({ label, items, render }: { label: string; items: readonly T[]; render: (item: T) => ReactNode }) {
  const { t } = useTranslation('catalogue');
  if (items.length === 0) return <p className="field-hint">{t('report.nothing')}</p>;
  if (items.length <= PLAIN_LIST_LIMIT) {
    return (
      <ul className="report-list">
        {items.map((item, index) => (
          <li key={index} className="report-item">
            {render(item)}
          </li>
        ))}
      </ul>
    );
  }
  return <VirtualList label={label} items={items} render={render} />;
}

function VirtualList<T>({ label, items, render }: { label: string; items: readonly T[]; render: (item: T) => ReactNode }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The compiler skips memoizing this component, which is right: the virtualizer's state is read on every render.
  // eslint-disable-next-line react-hooks/incompatible-library -- the bail-out is intended, see above
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LIST_ITEM_HEIGHT,
    overscan: 10,
  });
  return (
    // The box scrolls on its own and holds nothing focusable, so it must take focus itself to be
    // scrollable from the keyboard (WCAG 2.1.1, axe "scrollable-region-focusable").
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
    <div ref={scrollRef} className="report-list-scroll" tabIndex={0} role="region" aria-label={label}>
      <ul className="report-list virtual" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => (
          <li
            key={item.key}
            className="report-item"
            aria-setsize={items.length}
            aria-posinset={item.index + 1}
            style={{ transform: `translateY(${item.start}px)`, height: LIST_ITEM_HEIGHT }}
          >
            {render(items[item.index] as T)}
          </li>
        ))}
      </ul>
    </div>
  );
}
