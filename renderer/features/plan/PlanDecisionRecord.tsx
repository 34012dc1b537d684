import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogueEntry } from '../../../shared/catalogue/schema';
import type { DistributionChooserSection } from '../../../shared/choices/decisions/distribution-decision';
import { recordWithChooserOptions } from '../../../shared/choices/decisions/distribution-madr';
import type { DocumentTranslate } from '../../../shared/plan/document-model';
import { type OptionArguments, type Plan, approvalStatusSchema, decisionStatusSchema } from '../../../shared/plan/plan-schema';
import { api } from '../../app/api';
import { useAppStore } from '../../app/store';
import { useLoadFromMain } from '../../ui/use-load-from-main';
import { PlanSelect, PlanTextField, removeAt, replaceAt } from './plan-fields';

type Update = (change: (plan: Plan) => Plan) => void;
type Decision = Plan['distribution'];

/** MADR 4's header of a decision: its status and date, and who decided, was consulted and was informed. */
export function DecisionRecordFields({ decision, setDecision }: { decision: Decision; setDecision: (change: Partial<Decision>) => void }) {
  const { t } = useTranslation('plan');
  const dateId = useId();
  return (
    <div className="plan-decision-record">
      <PlanSelect
        label={t('madr.status')}
        value={decision.status}
        options={decisionStatusSchema.options.map((value) => ({ value, label: t(`madr.statuses.${value}`) }))}
        onChange={(status) => setDecision({ status })}
      />
      <div className="plan-field">
        <label className="field-label" htmlFor={dateId}>
          {t('madr.date')}
        </label>
        <input id={dateId} className="text-input" type="date" value={decision.date} onChange={(event) => setDecision({ date: event.target.value })} />
      </div>
      <PlanTextField label={t('madr.deciders')} value={decision.deciders} maxLength={1_000} onChange={(deciders) => setDecision({ deciders })} />
      <PlanTextField label={t('madr.consulted')} value={decision.consulted} maxLength={1_000} onChange={(consulted) => setDecision({ consulted })} />
      <PlanTextField label={t('madr.informed')} value={decision.informed} maxLength={1_000} onChange={(informed) => setDecision({ informed })} />
    </div>
  );
}

/** The forces behind the decision, one per line of the list. */
export function DecisionDriversFields({ decision, setDecision }: { decision: Decision; setDecision: (change: Partial<Decision>) => void }) {
  const { t } = useTranslation('plan');
  return (
    <>
      <h3 className="field-label">{t('madr.drivers')}</h3>
      {decision.drivers.length === 0 && <p className="field-hint">{t('madr.noDrivers')}</p>}
      <ol className="plan-rows">
        {decision.drivers.map((driver, index) => (
          // Drivers have no id of their own; their position is what the user sees and edits.
          <li key={index} className="plan-row">
            <input
              className="text-input"
              aria-label={t('madr.driverLabel', { number: index + 1 })}
              value={driver}
              maxLength={1_000}
              onChange={(event) => setDecision({ drivers: replaceAt(decision.drivers, index, event.target.value) })}
            />
            <button
              type="button"
              className="button subtle"
              aria-label={t('madr.removeDriver', { number: index + 1 })}
              onClick={() => setDecision({ drivers: removeAt(decision.drivers, index) })}
            >
              {t('designReview.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" disabled={decision.drivers.length >= 50} onClick={() => setDecision({ drivers: [...decision.drivers, ''] })}>
        {t('madr.addDriver')}
      </button>
    </>
  );
}

const loadTradeoffData = () => api.getTradeoffData({});

/**
 * Offers the distribution chooser's ranking as the record's options considered, with their pros and
 * cons, and names the ranked distributions the catalogue has no row for. The profiles' catalogue names
 * are what ties a ranked distribution to its row, so the trade-off data is fetched if no page has yet.
 */
export function ChooserOptionsButton({ plan, entries, update }: { plan: Plan; entries: readonly CatalogueEntry[]; update: Update }) {
  const section = plan.distributionChooser;
  return section ? <ChooserOptions plan={plan} section={section} entries={entries} update={update} /> : null;
}

function ChooserOptions({
  plan,
  section,
  entries,
  update,
}: {
  plan: Plan;
  section: DistributionChooserSection;
  entries: readonly CatalogueEntry[];
  update: Update;
}) {
  const { t } = useTranslation('plan');
  const { t: choicesT } = useTranslation('choices');
  const tradeoffData = useAppStore((state) => state.tradeoffData);
  const { error } = useLoadFromMain(tradeoffData, loadTradeoffData, useAppStore.getState().setTradeoffData);
  useEffect(() => {
    if (error) useAppStore.getState().reportError(error);
  }, [error]);
  const translate = choicesT as DocumentTranslate;
  const profiles = tradeoffData?.distributionChooser.profiles ?? [];
  const take = (record: Plan['distribution']) => recordWithChooserOptions({ record, section, entries, profiles, t: translate });
  // Until the profiles are here (or cannot be had), ranked distributions could only meet rows by name.
  const ready = tradeoffData !== null || error !== undefined;
  const { unmatched } = take(plan.distribution);
  return (
    <div className="plan-chooser-options">
      <button type="button" className="button" disabled={!ready} onClick={() => update((p) => ({ ...p, distribution: take(p.distribution).record }))}>
        {t('distribution.fromChooser')}
      </button>
      <p className="field-hint">{t('distribution.fromChooserHint')}</p>
      {ready && unmatched.length > 0 && <p className="field-hint">{t('distribution.chooserUnmatched', { names: unmatched.join(translate('document.listSeparator')) })}</p>}
    </div>
  );
}

const argumentKinds = ['good', 'neutral', 'bad'] as const;

/** MADR's pros and cons, per option considered: one argument a line. */
export function OptionArgumentsFields({
  decision,
  nameOf,
  setDecision,
}: {
  decision: Decision;
  nameOf: (id: string) => string;
  setDecision: (change: Partial<Decision>) => void;
}) {
  const { t } = useTranslation('plan');
  if (decision.consideredEntryIds.length === 0) return null;
  const setArgument = (id: string, kind: keyof OptionArguments, text: string) => {
    const current = decision.optionArguments[id] ?? { good: '', neutral: '', bad: '' };
    setDecision({ optionArguments: { ...decision.optionArguments, [id]: { ...current, [kind]: text } } });
  };
  return (
    <>
      <h3 className="field-label">{t('madr.prosAndCons')}</h3>
      <p className="field-hint">{t('madr.prosAndConsHint')}</p>
      {decision.consideredEntryIds.map((id) => (
        <fieldset key={id} className="plan-fieldset">
          <legend className="field-label">{nameOf(id)}</legend>
          {argumentKinds.map((kind) => (
            <PlanTextField
              key={kind}
              label={t(`madr.arguments.${kind}`, { name: nameOf(id) })}
              value={decision.optionArguments[id]?.[kind] ?? ''}
              maxLength={5_000}
              multiline
              onChange={(text) => setArgument(id, kind, text)}
            />
          ))}
        </fieldset>
      ))}
    </>
  );
}

/** The document's status and version (its running header) and who signs it. */
export function ApprovalCard({ plan, update }: { plan: Plan; update: Update }) {
  const { t } = useTranslation('plan');
  const { approval } = plan;
  const set = (change: Partial<Plan['approval']>) => update((p) => ({ ...p, approval: { ...p.approval, ...change } }));
  return (
    <section className="card plan-card" aria-labelledby="plan-approval">
      <h2 id="plan-approval">{t('approval.heading')}</h2>
      <p className="page-intro">{t('approval.intro')}</p>
      <PlanSelect
        label={t('approval.status')}
        value={approval.status}
        options={approvalStatusSchema.options.map((value) => ({ value, label: t(`approval.statuses.${value}`) }))}
        onChange={(status) => set({ status })}
      />
      <PlanTextField label={t('approval.version')} value={approval.version} maxLength={40} onChange={(version) => set({ version })} />
      <h3 className="field-label">{t('approval.approvers')}</h3>
      {approval.approvers.length === 0 && <p className="field-hint">{t('approval.noApprovers')}</p>}
      <ol className="plan-rows">
        {approval.approvers.map((approver, index) => (
          <li key={index} className="plan-row">
            <input
              className="text-input"
              aria-label={t('approval.name', { number: index + 1 })}
              value={approver.name}
              maxLength={200}
              onChange={(event) => set({ approvers: replaceAt(approval.approvers, index, { ...approver, name: event.target.value }) })}
            />
            <input
              className="text-input"
              aria-label={t('approval.role', { number: index + 1 })}
              placeholder={t('approval.rolePlaceholder')}
              value={approver.role}
              maxLength={200}
              onChange={(event) => set({ approvers: replaceAt(approval.approvers, index, { ...approver, role: event.target.value }) })}
            />
            <button
              type="button"
              className="button subtle"
              aria-label={t('approval.remove', { number: index + 1 })}
              onClick={() => set({ approvers: removeAt(approval.approvers, index) })}
            >
              {t('designReview.remove')}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button"
        disabled={approval.approvers.length >= 20}
        onClick={() => set({ approvers: [...approval.approvers, { name: '', role: '' }] })}
      >
        {t('approval.add')}
      </button>
    </section>
  );
}
