import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../shared/i18n/describe-error';
import type { ChannelResponse } from '../../../shared/ipc/contract';
import type { IpcErrorPayload } from '../../../shared/ipc/result';
import { availabilityPercentSchema, budgetPeriods, periodConventionSchema } from '../../../shared/sla/downtime-budget';
import { formatDowntime } from '../../../shared/sla/format-downtime';
import { api } from '../../app/api';
import { useAppStore } from '../../app/store';

const presets = ['99', '99.5', '99.9', '99.95', '99.99', '99.999'];

type Budget = ChannelResponse<'computeDowntimeBudget'>;

/** Parses what the user typed; accepts a trailing "%" and a decimal comma, as people paste both. */
function parseAvailability(input: string): number | undefined {
  const normalized = input.trim().replace(/%$/, '').replace(',', '.');
  if (normalized === '') return undefined;
  return availabilityPercentSchema.safeParse(Number(normalized)).data;
}

/** Asks main for the budget on each valid change; the answer for a stale input is dropped. */
function useDowntimeBudget(availability: number | undefined, convention: Budget['convention']) {
  const [budget, setBudget] = useState<Budget>();
  const [error, setError] = useState<IpcErrorPayload>();
  useEffect(() => {
    if (availability === undefined) return;
    let current = true;
    void api.computeDowntimeBudget({ availabilityPercent: availability, convention }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setBudget(result.value);
        setError(undefined);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [availability, convention]);
  return { budget, error };
}

export function SlaPage() {
  const { t, i18n } = useTranslation('sla');
  const input = useAppStore((state) => state.slaInput);
  const convention = useAppStore((state) => state.slaConvention);
  const setInput = useAppStore((state) => state.setSlaInput);
  const setConvention = useAppStore((state) => state.setSlaConvention);
  const availability = parseAvailability(input);
  const { budget, error } = useDowntimeBudget(availability, convention);
  const inputId = useId();
  const hintId = useId();
  const seconds = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 3 });

  return (
    <section className="page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="page-intro">{t('intro')}</p>
      </header>
      <div className="sla-layout">
        <div className="card sla-form">
          <label htmlFor={inputId} className="field-label">
            {t('availabilityLabel')}
          </label>
          <input
            id={inputId}
            className="text-input number-input"
            inputMode="decimal"
            autoComplete="off"
            value={input}
            aria-invalid={availability === undefined}
            aria-describedby={hintId}
            onChange={(event) => setInput(event.target.value)}
          />
          <p id={hintId} className={availability === undefined ? 'field-error' : 'field-hint'}>
            {availability === undefined ? t('invalid') : t('availabilityHint')}
          </p>
          <fieldset className="preset-group">
            <legend className="field-label">{t('presetsLabel')}</legend>
            <div className="chip-row">
              {presets.map((preset) => (
                <button
                  key={preset}
                  type="button"
                  className="chip"
                  aria-pressed={input === preset}
                  onClick={() => setInput(preset)}
                >
                  {preset}%
                </button>
              ))}
            </div>
          </fieldset>
          <label className="field-label" htmlFor={`${inputId}-convention`}>
            {t('conventionLabel')}
          </label>
          <select
            id={`${inputId}-convention`}
            className="select-input"
            value={convention}
            onChange={(event) => setConvention(periodConventionSchema.parse(event.target.value))}
          >
            {periodConventionSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`conventions.${option}`)}
              </option>
            ))}
          </select>
          <p className="field-hint">{t('conventionHint')}</p>
        </div>
        <div className="card sla-result" aria-live="polite">
          {error && <p className="field-error">{describeError(error, t)}</p>}
          {budget && availability !== undefined && (
            <table className="data-table">
              <caption>{t('resultCaption', { percent: budget.availabilityPercent })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('periodColumn')}</th>
                  <th scope="col">{t('downtimeColumn')}</th>
                  <th scope="col" className="numeric">
                    {t('secondsColumn')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {budgetPeriods.map((period) => (
                  <tr key={period} data-period={period}>
                    <th scope="row">{t(`periods.${period}`)}</th>
                    <td className="downtime">{formatDowntime(budget.seconds[period], t)}</td>
                    <td className="numeric">{seconds.format(budget.seconds[period])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="source-note">{t('source')}</p>
        </div>
      </div>
    </section>
  );
}
