import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';
import { ModalDialog } from '../../ui/ModalDialog';
import { planWorkspace } from './current-plan';

/** Asks what to do with a plan file whose plan is already in the workspace. */
export function PlanFileConflictDialog() {
  const { t } = useTranslation('plan');
  const conflict = useAppStore((state) => state.planFileConflict);
  if (!conflict) return null;
  const title = conflict.existing.title || t('untitled');
  const copy = t('copyOf', { title: conflict.plan.title || t('untitled') });
  const fileName = conflict.fileName.split(/[\\/]/).pop() || conflict.plan.title;
  return (
    <ModalDialog
      title={t('workspace.conflict.title')}
      onClose={planWorkspace.cancelFileConflict}
      footer={
        <>
          <button type="button" className="button primary" data-autofocus onClick={() => void planWorkspace.resolveFileConflict('open-existing', copy)}>
            {t('workspace.conflict.openExisting')}
          </button>
          <button type="button" className="button" onClick={() => void planWorkspace.resolveFileConflict('replace', copy)}>
            {t('workspace.conflict.replace')}
          </button>
          <button type="button" className="button" onClick={() => void planWorkspace.resolveFileConflict('keep-both', copy)}>
            {t('workspace.conflict.keepBoth')}
          </button>
          <button type="button" className="button subtle" onClick={planWorkspace.cancelFileConflict}>
            {t('workspace.conflict.cancel')}
          </button>
        </>
      }
    >
      <p>{t('workspace.conflict.body', { fileName, title, copy })}</p>
    </ModalDialog>
  );
}
