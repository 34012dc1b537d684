import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../app/store';

type Props = {
  rationale: string;
  onRationaleChange: (text: string) => void;
  /** Absent while there is no result to store. */
  onPutIntoPlan?: () => void;
  inPlan: boolean;
};

/** The rationale field and the button that stores the result, with the user's words, in the plan. */
export function PlanControls({ rationale, onRationaleChange, onPutIntoPlan, inPlan }: Props) {
  const { t } = useTranslation('choices');
  const hasPlan = useAppStore((state) => state.plan !== null);
  const [saved, setSaved] = useState(false);
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
        onChange={(event) => {
          setSaved(false);
          onRationaleChange(event.target.value);
        }}
      />
      <p id={`${id}-hint`} className="field-hint">
        {t('plan.rationaleHint')}
      </p>
      <div className="plan-actions">
        <button
          type="button"
          className="button primary"
          disabled={!hasPlan || !onPutIntoPlan}
          onClick={() => {
            onPutIntoPlan?.();
            setSaved(true);
          }}
        >
          {inPlan ? t('plan.update') : t('plan.add')}
        </button>
        <span role="status" className="plan-status">
          {!hasPlan ? t('plan.noPlan') : saved ? t('plan.saved') : inPlan ? t('plan.inPlan') : ''}
        </span>
      </div>
    </div>
  );
}
