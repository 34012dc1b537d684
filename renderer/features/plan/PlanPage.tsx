import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { describeError } from '../../../shared/i18n/describe-error';
import { useAppStore } from '../../app/store';
import { ExportPanel } from './export/ExportPanel';
import { planWorkspace } from './current-plan';
import { AuditCard, ObservabilityCard, SecurityCard } from './PlanChecklists';
import { ClusterCard } from './ClusterCard';
import { ApprovalCard } from './PlanDecisionRecord';
import { BackupCard, IdentityCard, IngressCard } from './PlanDesignReview';
import { DistributionCard, OtherSectionsCard, OverviewCard } from './PlanOverview';
import { PlanFileConflictDialog } from './PlanFileConflictDialog';
import { DecisionLogCard, RisksCard } from './PlanRegisters';
import { PlanWorkspaceSidebar } from './PlanWorkspaceSidebar';
import './plan.css';

const views = ['edit', 'export'] as const;
type View = (typeof views)[number];

/**
 * Ctrl/Cmd+Z undoes a plan edit, Ctrl/Cmd+Shift+Z and Ctrl+Y redo it. The fields are controlled by
 * the store, so the browser's own text undo would be overwritten anyway: the plan's history is the one.
 */
function useUndoShortcuts() {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      const history = useAppStore.temporal.getState();
      if (key === 'z' && !event.shiftKey) history.undo();
      else if ((key === 'z' && event.shiftKey) || (key === 'y' && event.ctrlKey)) history.redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}

function SaveStatus() {
  const { t } = useTranslation('plan');
  const saveState = useAppStore((state) => state.planSaveState);
  const saveError = useAppStore((state) => state.planSaveError);
  return (
    <div className={`plan-save-status is-${saveState}`} role="status">
      <span>{t(`save.${saveState}`)}</span>
      {saveState === 'failed' && (
        <>
          {saveError && <span className="plan-save-reason">{describeError(saveError, t)}</span>}
          <button type="button" className="button" onClick={() => void planWorkspace.flush()}>
            {t('save.retry')}
          </button>
        </>
      )}
    </div>
  );
}

function HistoryButtons() {
  const { t } = useTranslation('plan');
  const canUndo = useStore(useAppStore.temporal, (state) => state.pastStates.length > 0);
  const canRedo = useStore(useAppStore.temporal, (state) => state.futureStates.length > 0);
  return (
    <div className="plan-history">
      <button type="button" className="button" disabled={!canUndo} onClick={() => useAppStore.temporal.getState().undo()}>
        {t('history.undo')}
      </button>
      <button type="button" className="button" disabled={!canRedo} onClick={() => useAppStore.temporal.getState().redo()}>
        {t('history.redo')}
      </button>
    </div>
  );
}

export function PlanPage() {
  const { t } = useTranslation('plan');
  const plan = useAppStore((state) => state.plan);
  const update = useAppStore((state) => state.updatePlan);
  const [view, setView] = useState<View>('edit');
  const [dragging, setDragging] = useState(false);
  useUndoShortcuts();

  return (
    <div
      className={dragging ? 'page plan-page is-dragging' : 'page plan-page'}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        if (event.currentTarget === event.target) setDragging(false);
      }}
      onDrop={(event) => {
        event.preventDefault();
        setDragging(false);
        const file = event.dataTransfer.files[0];
        if (file) void planWorkspace.importFile(file);
      }}
    >
      <header className="page-header plan-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="page-intro">{t('intro')}</p>
        </div>
        <div className="plan-header-actions">
          <HistoryButtons />
          <SaveStatus />
        </div>
      </header>
      {dragging && (
        <div className="plan-drop-overlay" aria-hidden="true">
          {t('workspace.dropActive')}
        </div>
      )}
      <PlanFileConflictDialog />
      <div className="plan-layout">
        <PlanWorkspaceSidebar />
        <div className="plan-main">
          <div className="plan-tabs" role="tablist" aria-label={t('tabs.label')}>
            {views.map((tab) => (
              <button
                key={tab}
                type="button"
                role="tab"
                id={`plan-tab-${tab}`}
                aria-controls={`plan-panel-${tab}`}
                aria-selected={view === tab}
                className="plan-tab"
                onClick={() => setView(tab)}
              >
                {t(`tabs.${tab}`)}
              </button>
            ))}
          </div>
          <div id={`plan-panel-${view}`} role="tabpanel" aria-labelledby={`plan-tab-${view}`} className="plan-panel">
            {plan === null ? (
              <div className="card plan-empty">
                <p>{t('noPlan')}</p>
                <button type="button" className="button primary" onClick={() => void planWorkspace.create(t('untitled'))}>
                  {t('workspace.newPlan')}
                </button>
              </div>
            ) : view === 'edit' ? (
              <>
                <OverviewCard plan={plan} update={update} />
                <DistributionCard plan={plan} update={update} />
                <OtherSectionsCard plan={plan} />
                <ClusterCard plan={plan} update={update} />
                <IngressCard plan={plan} update={update} />
                <BackupCard plan={plan} update={update} />
                <IdentityCard plan={plan} update={update} />
                <ObservabilityCard plan={plan} update={update} />
                <SecurityCard plan={plan} update={update} />
                <AuditCard plan={plan} update={update} />
                <RisksCard plan={plan} update={update} />
                <DecisionLogCard plan={plan} update={update} />
                <ApprovalCard plan={plan} update={update} />
              </>
            ) : (
              <ExportPanel />
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
