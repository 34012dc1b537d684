import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/i18n/describe-error';
import { planDifferences } from '../../../shared/plan/plan-differences';
import type { Plan } from '../../../shared/plan/plan-schema';
import { ModalDialog } from '../../ui/ModalDialog';
import { planWorkspace } from './current-plan';
import { usePlanSaveProblems } from './plan-save-problems';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';

function Differences({ mine, theirs }: { mine: Plan; theirs: Plan }) {
  const { t } = useTranslation('plan');
  const differences = planDifferences(mine, theirs);
  if (differences.length === 0) return <p>{t('save.conflict.noDifferences')}</p>;
  const columns: DataTableColumn<(typeof differences)[number]>[] = [
    { id: 'field', header: t('save.conflict.field'), rowHeader: true, cell: (difference) => <code>{difference.path}</code> },
    { id: 'mine', header: t('save.conflict.mine'), cell: (difference) => difference.mine },
    { id: 'theirs', header: t('save.conflict.theirs'), cell: (difference) => difference.theirs },
  ];
  return (
    <DataTable
      className="plan-conflict-differences"
      caption={t('save.conflict.differences')}
      columns={columns}
      rows={differences}
      rowKey={(difference) => difference.path}
    />
  );
}

/**
 * A save refused because the plan changed elsewhere: nothing is overwritten and nothing dropped
 * until the user picks which version to keep, after comparing them if they wish.
 */
export function PlanConflictDialog() {
  const { t } = useTranslation('plan');
  const conflict = usePlanSaveProblems((state) => state.conflict);
  const [comparing, setComparing] = useState(false);
  if (!conflict) return null;
  const copyTitle = t('save.conflict.copyTitle', { title: conflict.mine.title || t('untitled') });
  return (
    <ModalDialog
      title={t('save.conflict.title')}
      // Closing without a choice would leave the page unable to save; Escape keeps the dialog.
      onClose={() => undefined}
      className="plan-conflict-dialog"
      footer={
        <>
          <button type="button" className="button" onClick={() => setComparing((shown) => !shown)}>
            {comparing ? t('save.conflict.hideComparison') : t('save.conflict.compare')}
          </button>
          <button type="button" className="button" onClick={() => void planWorkspace.reloadAfterConflict()}>
            {t('save.conflict.reload')}
          </button>
          <button type="button" className="button primary" data-autofocus onClick={() => void planWorkspace.keepMineAsCopy(copyTitle)}>
            {t('save.conflict.keepMine')}
          </button>
        </>
      }
    >
      <p>{t('save.conflict.body')}</p>
      {comparing &&
        (conflict.theirs ? <Differences mine={conflict.mine} theirs={conflict.theirs} /> : <p>{t('save.conflict.theirsUnreadable')}</p>)}
    </ModalDialog>
  );
}

/**
 * One banner for failing saves, however many tries they take (with the count and the wait until
 * the next), and a notice when the data folder cannot be written at all.
 */
export function PlanSaveBanner() {
  const { t } = useTranslation('plan');
  const retry = usePlanSaveProblems((state) => state.retry);
  const readOnly = usePlanSaveProblems((state) => state.readOnly);
  return (
    <>
      {readOnly && (
        <div className="error-banner plan-read-only" role="status">
          <span className="error-message">{t('save.readOnly')}</span>
        </div>
      )}
      {retry && !readOnly && (
        <div className="error-banner plan-save-retry" role="alert">
          <span className="error-message">
            {t('save.retrying', { count: retry.attempt, seconds: Math.round(retry.delayMs / 1_000) })} {describeError(retry.error, t)}
          </span>
          <button type="button" className="button subtle" onClick={() => void planWorkspace.flush()}>
            {t('save.retryNow')}
          </button>
        </div>
      )}
    </>
  );
}
