import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DesignReviewGroup,
  designReviewOptionsIn,
  findBackupGaps,
  restoreDrillCadences,
  tlsModes,
} from '../../../shared/plan/design-review-sections';
import type { Plan } from '../../../shared/plan/plan-schema';
import { PlanMinutesField, PlanSelect, PlanTextField } from './plan-fields';

type Update = (change: (plan: Plan) => Plan) => void;

/** Which data group each question offers its options from. */
const optionGroups = {
  ingressApi: 'ingress-api',
  backupTool: 'backup-tool',
  identityProvider: 'identity-provider',
  rbacModel: 'rbac-model',
} as const satisfies Record<string, DesignReviewGroup>;

function useLocalized() {
  const { i18n } = useTranslation();
  return (text: { en: string; zh: string }) => (i18n.language === 'zh-CN' ? text.zh : text.en);
}

/** One option of a data group, with what it means and where that comes from. */
function OptionRadios({ group, legend, value, onChange }: { group: DesignReviewGroup; legend: string; value: string; onChange: (id: string) => void }) {
  const { t } = useTranslation('plan');
  const localized = useLocalized();
  const name = useId();
  return (
    <fieldset className="plan-fieldset">
      <legend className="field-label">{legend}</legend>
      <ul className="plan-checklist">
        {designReviewOptionsIn(group).map((option) => (
          <li key={option.id}>
            <div className="plan-check">
              <input
                type="radio"
                name={name}
                id={`${name}-${option.id}`}
                aria-describedby={`${name}-${option.id}-description`}
                checked={value === option.id}
                onChange={() => onChange(option.id)}
              />
              <span>
                <label className="plan-check-label" htmlFor={`${name}-${option.id}`}>
                  {localized(option.label)}
                </label>
                <span id={`${name}-${option.id}-description`} className="field-hint">
                  {localized(option.description)} {t('source', { source: localized(option.source) })}
                </span>
              </span>
            </div>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Until the team ticks it, the document says the section holds Kube Planner's defaults. */
function ConfirmedCheck({ checked, onChange }: { checked: boolean; onChange: (checked: boolean) => void }) {
  const { t } = useTranslation('plan');
  return (
    <label className="plan-check">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      {t('designReview.confirmed')}
    </label>
  );
}

export function IngressCard({ plan, update }: { plan: Plan; update: Update }) {
  const { t } = useTranslation('plan');
  const section = plan.ingress;
  const set = (change: Partial<Plan['ingress']>) => update((p) => ({ ...p, ingress: { ...p.ingress, ...change } }));
  return (
    <section className="card plan-card" aria-labelledby="plan-ingress">
      <h2 id="plan-ingress">{t('ingress.heading')}</h2>
      <OptionRadios group={optionGroups.ingressApi} legend={t('ingress.api')} value={section.apiOptionId} onChange={(apiOptionId) => set({ apiOptionId })} />
      <PlanTextField label={t('ingress.controller')} hint={t('ingress.controllerHint')} value={section.controller} maxLength={200} onChange={(controller) => set({ controller })} />
      <PlanSelect
        label={t('ingress.tls')}
        value={section.tls}
        options={tlsModes.map((value) => ({ value, label: t(`ingress.tlsOptions.${value}`) }))}
        onChange={(tls) => set({ tls })}
      />
      <PlanTextField label={t('designReview.notes')} value={section.notes} maxLength={10_000} multiline onChange={(notes) => set({ notes })} />
      <ConfirmedCheck checked={section.confirmed} onChange={(confirmed) => set({ confirmed })} />
    </section>
  );
}

export function BackupCard({ plan, update }: { plan: Plan; update: Update }) {
  const { t } = useTranslation('plan');
  const section = plan.backup;
  const set = (change: Partial<Plan['backup']>) => update((p) => ({ ...p, backup: { ...p.backup, ...change } }));
  const gaps = findBackupGaps(section);
  return (
    <section className="card plan-card" aria-labelledby="plan-backup">
      <h2 id="plan-backup">{t('backup.heading')}</h2>
      <PlanMinutesField label={t('backup.rpo')} hint={t('backup.rpoHint')} value={section.rpoMinutes} onChange={(rpoMinutes) => set({ rpoMinutes })} />
      <PlanMinutesField label={t('backup.rto')} hint={t('backup.rtoHint')} value={section.rtoMinutes} onChange={(rtoMinutes) => set({ rtoMinutes })} />
      <PlanMinutesField
        label={t('backup.etcdEvery')}
        hint={t('backup.minutesHint')}
        value={section.etcdSnapshotEveryMinutes}
        onChange={(etcdSnapshotEveryMinutes) => set({ etcdSnapshotEveryMinutes })}
      />
      <OptionRadios group={optionGroups.backupTool} legend={t('backup.tool')} value={section.toolOptionId} onChange={(toolOptionId) => set({ toolOptionId })} />
      {section.toolOptionId !== 'etcd-snapshots-only' && (
        <PlanMinutesField
          label={t('backup.workloadEvery')}
          hint={t('backup.minutesHint')}
          value={section.workloadBackupEveryMinutes}
          onChange={(workloadBackupEveryMinutes) => set({ workloadBackupEveryMinutes })}
        />
      )}
      <PlanTextField label={t('backup.offsite')} hint={t('backup.offsiteHint')} value={section.offsiteLocation} maxLength={500} onChange={(offsiteLocation) => set({ offsiteLocation })} />
      <PlanSelect
        label={t('backup.restoreDrill')}
        value={section.restoreDrill}
        options={restoreDrillCadences.map((value) => ({ value, label: t(`backup.drills.${value}`) }))}
        onChange={(restoreDrill) => set({ restoreDrill })}
      />
      {gaps.length > 0 && (
        <ul className="plan-warnings" aria-label={t('backup.gapsLabel')}>
          {gaps.map((gap) => (
            <li key={gap}>
              {t(`backup.gaps.${gap}`, { rpo: section.rpoMinutes, etcd: section.etcdSnapshotEveryMinutes, workloads: section.workloadBackupEveryMinutes })}
            </li>
          ))}
        </ul>
      )}
      <PlanTextField label={t('designReview.notes')} value={section.notes} maxLength={10_000} multiline onChange={(notes) => set({ notes })} />
      <ConfirmedCheck checked={section.confirmed} onChange={(confirmed) => set({ confirmed })} />
    </section>
  );
}

export function IdentityCard({ plan, update }: { plan: Plan; update: Update }) {
  const { t } = useTranslation('plan');
  const section = plan.identity;
  const set = (change: Partial<Plan['identity']>) => update((p) => ({ ...p, identity: { ...p.identity, ...change } }));
  return (
    <section className="card plan-card" aria-labelledby="plan-identity">
      <h2 id="plan-identity">{t('identity.heading')}</h2>
      <OptionRadios group={optionGroups.identityProvider} legend={t('identity.provider')} value={section.providerOptionId} onChange={(providerOptionId) => set({ providerOptionId })} />
      {section.providerOptionId === 'oidc' && (
        <>
          <PlanTextField label={t('identity.issuer')} value={section.issuerUrl} maxLength={500} onChange={(issuerUrl) => set({ issuerUrl })} />
          <PlanTextField label={t('identity.usernameClaim')} value={section.usernameClaim} maxLength={100} onChange={(usernameClaim) => set({ usernameClaim })} />
          <PlanTextField label={t('identity.groupsClaim')} value={section.groupsClaim} maxLength={100} onChange={(groupsClaim) => set({ groupsClaim })} />
        </>
      )}
      <OptionRadios group={optionGroups.rbacModel} legend={t('identity.rbacModel')} value={section.rbacModelOptionId} onChange={(rbacModelOptionId) => set({ rbacModelOptionId })} />
      <PlanTextField label={t('identity.clusterAdmin')} value={section.clusterAdminGroup} maxLength={200} onChange={(clusterAdminGroup) => set({ clusterAdminGroup })} />
      <PlanTextField
        label={t('identity.breakGlass')}
        hint={t('identity.breakGlassHint')}
        value={section.breakGlass}
        maxLength={2_000}
        multiline
        onChange={(breakGlass) => set({ breakGlass })}
      />
      <PlanTextField label={t('designReview.notes')} value={section.notes} maxLength={10_000} multiline onChange={(notes) => set({ notes })} />
      <ConfirmedCheck checked={section.confirmed} onChange={(confirmed) => set({ confirmed })} />
    </section>
  );
}
