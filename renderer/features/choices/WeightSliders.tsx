import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_WEIGHT } from '../../../shared/choices/tradeoff-schema';

type Props = {
  criteria: readonly { id: string; defaultWeight: number }[];
  /** Only the weights the user moved; the rest show their defaults. */
  weights: Readonly<Record<string, number>>;
  labelOf: (criterionId: string) => string;
  hintOf?: (criterionId: string) => string;
  onChange: (criterionId: string, weight: number) => void;
  onReset: () => void;
};

/** One 0–5 slider per criterion, with its rubric as the slider's description. */
export function WeightSliders({ criteria, weights, labelOf, hintOf, onChange, onReset }: Props) {
  const { t } = useTranslation('choices');
  const id = useId();
  return (
    <fieldset className="weight-group">
      <legend className="field-label">{t('weights.legend')}</legend>
      <p className="field-hint">{t('weights.hint')}</p>
      {criteria.map((criterion) => {
        const weight = weights[criterion.id] ?? criterion.defaultWeight;
        const inputId = `${id}-${criterion.id}`;
        return (
          <div key={criterion.id} className="weight-row" data-criterion={criterion.id}>
            <label htmlFor={inputId} className="weight-label">
              {labelOf(criterion.id)}
            </label>
            <input
              id={inputId}
              type="range"
              min={0}
              max={MAX_WEIGHT}
              step={1}
              value={weight}
              aria-valuetext={t('weights.valueText', { weight })}
              aria-describedby={hintOf ? `${inputId}-hint` : undefined}
              onChange={(event) => onChange(criterion.id, Number(event.target.value))}
            />
            <output htmlFor={inputId} className="weight-value">
              {weight}
            </output>
            {hintOf && (
              <p id={`${inputId}-hint`} className="weight-hint">
                {hintOf(criterion.id)}
              </p>
            )}
          </div>
        );
      })}
      <button type="button" className="button subtle" onClick={onReset}>
        {t('weights.reset')}
      </button>
    </fieldset>
  );
}
