import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/i18n/describe-error';
import type { PlanSummary } from '../../../shared/ipc/contract';
import { hasNativeOpenDialog } from '../../app/api';
import { useAppStore } from '../../app/store';
import { planWorkspace } from './current-plan';

function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleString(language, { dateStyle: 'medium', timeStyle: 'short' });
}

function PlanListItem({ summary, current }: { summary: PlanSummary; current: boolean }) {
  const { t, i18n } = useTranslation('plan');
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState('');
  // The open plan's title as typed, not as main last listed it: the list never shows a stale name.
  const liveTitle = useAppStore((state) => (current && state.plan?.id === summary.id ? state.plan.title : undefined));
  const title = (liveTitle ?? summary.title) || t('untitled');
  const run = (action: () => Promise<void>) => void action();

  if (renaming) {
    return (
      <li className="plan-list-item">
        <form
          className="plan-rename"
          onSubmit={(event) => {
            event.preventDefault();
            setRenaming(false);
            run(() => planWorkspace.rename(summary.id, name.trim() || t('untitled')));
          }}
        >
          <input
            className="text-input"
            aria-label={t('workspace.renameLabel', { title })}
            value={name}
            maxLength={200}
            // The user asked to rename this item: the field they are about to type in takes the focus.
            // eslint-disable-next-line jsx-a11y/no-autofocus
            autoFocus
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') setRenaming(false);
            }}
          />
          <button type="submit" className="button primary">
            {t('workspace.confirmRename')}
          </button>
          <button type="button" className="button subtle" onClick={() => setRenaming(false)}>
            {t('workspace.cancel')}
          </button>
        </form>
      </li>
    );
  }

  return (
    <li className={current ? 'plan-list-item is-current' : 'plan-list-item'}>
      <button
        type="button"
        className="plan-open"
        aria-current={current ? 'true' : undefined}
        disabled={summary.problem !== undefined}
        onClick={() => run(() => planWorkspace.open(summary.id))}
      >
        <span className="plan-open-title">{summary.problem ? summary.id : title}</span>
        <span className="plan-open-meta">
          {summary.problem
            ? t('workspace.damaged', { reason: describeError(summary.problem, t) })
            : t('workspace.updated', { date: formatDate(summary.updatedAt, i18n.language) })}
        </span>
      </button>
      <div className="plan-item-actions" role="group" aria-label={t('workspace.actionsFor', { title })}>
        {!summary.problem && (
          <>
            <button
              type="button"
              className="button subtle"
              onClick={() => {
                setName(liveTitle ?? summary.title);
                setRenaming(true);
              }}
            >
              {t('workspace.rename')}
            </button>
            <button type="button" className="button subtle" onClick={() => run(() => planWorkspace.duplicate(summary.id, t('copyOf', { title })))}>
              {t('workspace.duplicate')}
            </button>
          </>
        )}
        <button type="button" className="button subtle" onClick={() => run(() => planWorkspace.trash(summary.id))}>
          {t('workspace.delete')}
        </button>
      </div>
    </li>
  );
}

/** Plans, trash and files: everything about which plan is open, as opposed to what it says. */
export function PlanWorkspaceSidebar() {
  const { t, i18n } = useTranslation('plan');
  const workspace = useAppStore((state) => state.planWorkspace);
  const currentId = useAppStore((state) => state.plan?.id);
  const fileInput = useRef<HTMLInputElement>(null);
  const plans = workspace?.plans ?? [];
  const trash = workspace?.trash ?? [];
  const recentFiles = workspace?.recentFiles ?? [];

  return (
    <aside className="plan-sidebar card" aria-label={t('workspace.heading')}>
      <div className="plan-sidebar-header">
        <h2>{t('workspace.heading')}</h2>
        <button type="button" className="button primary" onClick={() => void planWorkspace.create(t('untitled'))}>
          {t('workspace.newPlan')}
        </button>
      </div>
      <ul className="plan-list" aria-label={t('workspace.heading')}>
        {plans.map((summary) => (
          <PlanListItem key={summary.id} summary={summary} current={summary.id === currentId} />
        ))}
      </ul>

      <details className="plan-trash">
        <summary>{t('workspace.trash', { count: trash.length })}</summary>
        {trash.length === 0 ? (
          <p className="field-hint">{t('workspace.trashEmpty')}</p>
        ) : (
          <ul className="plan-list" aria-label={t('workspace.trash', { count: trash.length })}>
            {trash.map((summary) => (
              <li key={summary.id} className="plan-list-item">
                <span className="plan-open">
                  <span className="plan-open-title">{summary.title || summary.id}</span>
                  <span className="plan-open-meta">{t('workspace.deletedAt', { date: formatDate(summary.trashedAt, i18n.language) })}</span>
                </span>
                <button type="button" className="button" onClick={() => void planWorkspace.restore(summary.id)}>
                  {t('workspace.restore')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>

      <h2 className="plan-sidebar-subheading">{t('workspace.files')}</h2>
      <div className="plan-file-actions">
        <button
          type="button"
          className="button"
          onClick={() => (hasNativeOpenDialog ? void planWorkspace.openWithDialog() : fileInput.current?.click())}
        >
          {t('workspace.openFile')}
        </button>
        <button type="button" className="button" onClick={() => void planWorkspace.saveAs()}>
          {t('workspace.saveAs')}
        </button>
        <input
          ref={fileInput}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void planWorkspace.importFile(file);
          }}
        />
      </div>
      <p className="field-hint">{t('workspace.dropHint')}</p>
      <h3 className="plan-sidebar-subheading">{t('workspace.recent')}</h3>
      {recentFiles.length === 0 ? (
        <p className="field-hint">{t('workspace.recentEmpty')}</p>
      ) : (
        <ul className="plan-recent" aria-label={t('workspace.recent')}>
          {recentFiles.map((file) => (
            <li key={`${file.path ?? ''}|${file.fileName}`}>
              {file.path ? (
                <button type="button" className="button subtle" title={file.path} onClick={() => void planWorkspace.openRecent(file.path!)}>
                  {file.fileName}
                </button>
              ) : (
                <span title={t('workspace.recentNoPath')}>{file.fileName}</span>
              )}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}
