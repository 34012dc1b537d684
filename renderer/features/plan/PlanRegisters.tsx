import { useTranslation } from 'react-i18next';
import { type Plan, riskStatusSchema } from '../../../shared/plan/plan-schema';
import { removeAt, replaceAt } from './plan-fields';

type Update = (change: (plan: Plan) => Plan) => void;
type Risk = Plan['risks'][number];
type Decision = Plan['decisionLog'][number];

/** Ids for new rows: unique within the plan, readable in an exported JSON. */
function nextId(prefix: string, taken: readonly { id: string }[]): string {
  const used = new Set(taken.map((row) => row.id));
  let number = taken.length + 1;
  while (used.has(`${prefix}-${number}`)) number += 1;
  return `${prefix}-${number}`;
}

function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
}

export function RisksCard({ plan, update }: { plan: Plan; update: Update }) {
  const { t } = useTranslation('plan');
  const setRisk = (index: number, change: Partial<Risk>) =>
    update((p) => ({ ...p, risks: replaceAt(p.risks, index, { ...p.risks[index]!, ...change }) }));

  return (
    <section className="card plan-card" aria-labelledby="plan-risks">
      <h2 id="plan-risks">{t('risks.heading')}</h2>
      {plan.risks.length === 0 && <p className="field-hint">{t('risks.empty')}</p>}
      <ol className="plan-rows">
        {plan.risks.map((risk, index) => (
          <li key={risk.id} className="plan-register-row">
            <textarea
              className="text-input plan-textarea"
              rows={2}
              aria-label={t('risks.description', { number: index + 1 })}
              placeholder={t('risks.description', { number: index + 1 })}
              value={risk.description}
              maxLength={2_000}
              onChange={(event) => setRisk(index, { description: event.target.value })}
            />
            <input
              className="text-input"
              aria-label={`${t('risks.mitigation')} ${index + 1}`}
              placeholder={t('risks.mitigation')}
              value={risk.mitigation}
              maxLength={2_000}
              onChange={(event) => setRisk(index, { mitigation: event.target.value })}
            />
            <div className="plan-register-meta">
              <input
                className="text-input"
                aria-label={`${t('risks.owner')} ${index + 1}`}
                placeholder={t('risks.owner')}
                value={risk.owner}
                maxLength={200}
                onChange={(event) => setRisk(index, { owner: event.target.value })}
              />
              <select
                className="select-input"
                aria-label={`${t('risks.status')} ${index + 1}`}
                value={risk.status}
                onChange={(event) => setRisk(index, { status: riskStatusSchema.parse(event.target.value) })}
              >
                {riskStatusSchema.options.map((status) => (
                  <option key={status} value={status}>
                    {t(`risks.statuses.${status}`)}
                  </option>
                ))}
              </select>
              <button type="button" className="button subtle" onClick={() => update((p) => ({ ...p, risks: removeAt(p.risks, index) }))}>
                {t('risks.remove', { number: index + 1 })}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        disabled={plan.risks.length >= 200}
        onClick={() =>
          update((p) => ({ ...p, risks: [...p.risks, { id: nextId('risk', p.risks), description: '', mitigation: '', owner: '', status: 'open' }] }))
        }
      >
        {t('risks.add')}
      </button>
    </section>
  );
}

export function DecisionLogCard({ plan, update }: { plan: Plan; update: Update }) {
  const { t } = useTranslation('plan');
  const setEntry = (index: number, change: Partial<Decision>) =>
    update((p) => ({ ...p, decisionLog: replaceAt(p.decisionLog, index, { ...p.decisionLog[index]!, ...change }) }));

  return (
    <section className="card plan-card" aria-labelledby="plan-decisions">
      <h2 id="plan-decisions">{t('decisionLog.heading')}</h2>
      {plan.decisionLog.length === 0 && <p className="field-hint">{t('decisionLog.empty')}</p>}
      <ol className="plan-rows">
        {plan.decisionLog.map((entry, index) => (
          <li key={entry.id} className="plan-register-row">
            <div className="plan-register-meta">
              <input
                className="text-input plan-date"
                type="date"
                aria-label={`${t('decisionLog.date')} ${index + 1}`}
                value={entry.date}
                required
                // A cleared or half-typed date is not stored: the plan keeps the last complete one.
                onChange={(event) => {
                  if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) setEntry(index, { date: event.target.value });
                }}
              />
              <input
                className="text-input"
                aria-label={`${t('decisionLog.by')} ${index + 1}`}
                placeholder={t('decisionLog.by')}
                value={entry.by}
                maxLength={200}
                onChange={(event) => setEntry(index, { by: event.target.value })}
              />
              <button type="button" className="button subtle" onClick={() => update((p) => ({ ...p, decisionLog: removeAt(p.decisionLog, index) }))}>
                {t('decisionLog.remove', { number: index + 1 })}
              </button>
            </div>
            <textarea
              className="text-input plan-textarea"
              rows={2}
              aria-label={t('decisionLog.decision', { number: index + 1 })}
              placeholder={t('decisionLog.decision', { number: index + 1 })}
              value={entry.decision}
              maxLength={2_000}
              onChange={(event) => setEntry(index, { decision: event.target.value })}
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        disabled={plan.decisionLog.length >= 500}
        onClick={() => update((p) => ({ ...p, decisionLog: [...p.decisionLog, { id: nextId('decision', p.decisionLog), date: today(), decision: '', by: '' }] }))}
      >
        {t('decisionLog.add')}
      </button>
    </section>
  );
}
