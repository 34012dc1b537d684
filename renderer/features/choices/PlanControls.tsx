import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionId } from '../../../shared/choices/decision-registry';
import type { Plan } from '../../../shared/plan/plan-schema';
import { sectionMatchesPlan } from '../../../shared/plan/section-matches';
import { useAppStore } from '../../app/store';

type Props = {
  sectionKey: DecisionId;
  /** What "Put into the plan" would store now; absent while there is no result to store. */
  pending: unknown;
  rationale: string;
  onRationaleChange: (text: string) => void;
};

/**
 * The rationale field and the button that stores the result, with the user's words, in the plan.
 * The status compares the plan with the page, so it never says "saved" for a result the user has
 * since changed.
 */
export function PlanControls({ sectionKey, pending, rationale, onRationaleChange }: Props) {
  const { t } = useTranslation('choices');
  const hasPlan = useAppStore((state) => state.plan !== null);
  const stored = useAppStore((state) => state.plan?.[sectionKey] ?? null);
  const matches = sectionMatchesPlan(stored, pending);
  const id = useId();
  return (
    <div className="plan-controls">
      <label htmlFor={id} className="field-label">
        {t('plan.rationaleLabel')}
      </label>
      <textarea
        id={id}
        className="text-input rationale-input"
        rows={3}
        maxLength={10_000}
        value={rationale}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onRationaleChange(event.target.value)}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('plan.rationaleHint')}
      </p>
      <div className="plan-actions">
        <button
          type="button"
          className="button primary"
          disabled={pending === undefined || matches}
          onClick={() => {
            // The registration built it with the section's own schema, so it is that key's section.
            if (pending !== undefined) useAppStore.getState().setPlanSection(sectionKey, pending as Plan[DecisionId]);
          }}
        >
          {stored !== null ? t('plan.update') : t('plan.add')}
        </button>
        <span role="status" className="plan-status">
          {!hasPlan ? t('plan.noPlan') : matches ? t('plan.saved') : stored !== null ? t('plan.outdated') : ''}
        </span>
      </div>
    </div>
  );
}
