import { useTranslation } from 'react-i18next';
import {
  type ObservabilityGroup,
  auditItems,
  isMonitoringGroup,
  monitoringSurvey,
  observabilityGroups,
  observabilityOptions,
} from '../../../shared/plan/plan-checklists';
import { type AuditStatus, type Plan, auditStatusSchema } from '../../../shared/plan/plan-schema';
import { PlanTextField } from './plan-fields';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';

type Update = (change: (plan: Plan) => Plan) => void;

function useLocalized() {
  const { i18n } = useTranslation();
  return (text: { en: string; zh: string }) => (i18n.language === 'zh-CN' ? text.zh : text.en);
}

export function ObservabilityCard({ plan, update }: { plan: Plan; update: Update }) {
  const { t } = useTranslation('plan');
  const localized = useLocalized();
  const { observability } = plan;
  const idsFor = (group: ObservabilityGroup) => (isMonitoringGroup(group) ? 'monitoringOptionIds' : 'loggingOptionIds');
  const toggle = (group: ObservabilityGroup, id: string) =>
    update((p) => {
      const field = idsFor(group);
      const ids = p.observability[field];
      return { ...p, observability: { ...p.observability, [field]: ids.includes(id) ? ids.filter((other) => other !== id) : [...ids, id] } };
    });

  return (
    <section className="card plan-card" aria-labelledby="plan-observability">
      <h2 id="plan-observability">{t('observability.heading')}</h2>
      {observabilityGroups.map((group) => (
        <fieldset key={group} className="plan-fieldset">
          <legend className="field-label">{t(`observability.groups.${group}`)}</legend>
          <ul className="plan-checklist">
            {observabilityOptions
              .filter((option) => option.group === group)
              .map((option) => (
                <li key={option.id}>
                  <div className="plan-check">
                    <input
                      type="checkbox"
                      id={`plan-option-${option.id}`}
                      aria-describedby={`plan-option-${option.id}-description`}
                      checked={observability[idsFor(group)].includes(option.id)}
                      onChange={() => toggle(group, option.id)}
                    />
                    <span>
                      <label className="plan-check-label" htmlFor={`plan-option-${option.id}`}>
                        {localized(option.label)}
                      </label>
                      <span id={`plan-option-${option.id}-description`} className="field-hint">
                        {localized(option.description)}
                      </span>
                    </span>
                  </div>
                </li>
              ))}
          </ul>
          {group === 'monitoring-tool' && <MonitoringSurvey />}
        </fieldset>
      ))}
      <PlanTextField
        label={t('observability.monitoringNotes')}
        value={observability.monitoring}
        maxLength={10_000}
        multiline
        onChange={(monitoring) => update((p) => ({ ...p, observability: { ...p.observability, monitoring } }))}
      />
      <PlanTextField
        label={t('observability.loggingNotes')}
        value={observability.logging}
        maxLength={10_000}
        multiline
        onChange={(logging) => update((p) => ({ ...p, observability: { ...p.observability, logging } }))}
      />
    </section>
  );
}

const securityFields = ['namespaces', 'secrets', 'rbac', 'networkPolicy'] as const;

export function SecurityCard({ plan, update }: { plan: Plan; update: Update }) {
  const { t } = useTranslation('plan');
  return (
    <section className="card plan-card" aria-labelledby="plan-security">
      <h2 id="plan-security">{t('security.heading')}</h2>
      {securityFields.map((field) => (
        <PlanTextField
          key={field}
          label={t(`security.${field}`)}
          hint={t(`security.${field}Hint`)}
          value={plan.security[field]}
          maxLength={10_000}
          multiline
          onChange={(value) => update((p) => ({ ...p, security: { ...p.security, [field]: value } }))}
        />
      ))}
    </section>
  );
}

export function AuditCard({ plan, update }: { plan: Plan; update: Update }) {
  const { t } = useTranslation('plan');
  const localized = useLocalized();
  const resultOf = (id: string) => plan.audit[id] ?? { status: 'unchecked' as const, note: '' };
  const setResult = (id: string, change: Partial<{ status: AuditStatus; note: string }>) =>
    update((p) => ({ ...p, audit: { ...p.audit, [id]: { ...(p.audit[id] ?? { status: 'unchecked', note: '' }), ...change } } }));
  const count = (status: AuditStatus) => auditItems.filter((item) => resultOf(item.id).status === status).length;

  return (
    <section className="card plan-card" aria-labelledby="plan-audit">
      <h2 id="plan-audit">{t('audit.heading')}</h2>
      <p className="page-intro">{t('audit.intro')}</p>
      <p className="plan-audit-summary">{t('audit.summary', { pass: count('pass'), fail: count('fail'), unchecked: count('unchecked') })}</p>
      <ul className="plan-audit">
        {auditItems.map((item) => {
          const label = localized(item.label);
          const result = resultOf(item.id);
          return (
            <li key={item.id} className={`plan-audit-item is-${result.status}`}>
              <div className="plan-audit-text">
                <span className="plan-check-label">{label}</span>
                <span className="field-hint">{localized(item.description)}</span>
                <span className="source-note">{t('source', { source: localized(item.source) })}</span>
              </div>
              <select
                className="select-input plan-audit-status"
                aria-label={t('audit.status', { item: label })}
                value={result.status}
                onChange={(event) => setResult(item.id, { status: auditStatusSchema.parse(event.target.value) })}
              >
                {auditStatusSchema.options.map((status) => (
                  <option key={status} value={status}>
                    {t(`audit.statuses.${status}`)}
                  </option>
                ))}
              </select>
              <input
                className="text-input plan-audit-note"
                aria-label={t('audit.note', { item: label })}
                placeholder={t('audit.notePlaceholder')}
                value={result.note}
                maxLength={2_000}
                onChange={(event) => setResult(item.id, { note: event.target.value })}
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The seed's survey of monitoring tools (2017), beside the tools it informs. */
function MonitoringSurvey() {
  const { t } = useTranslation('plan');
  const localized = useLocalized();
  const { source } = monitoringSurvey;
  const columns: DataTableColumn<(typeof monitoringSurvey.shares)[number]>[] = [
    { id: 'tool', header: t('observability.survey.toolColumn'), rowHeader: true, cell: (share) => localized(share.label) },
    {
      id: 'share',
      header: t('observability.survey.shareColumn'),
      numeric: true,
      cell: (share) => t('observability.survey.share', { percent: share.percent }),
    },
  ];
  return (
    <figure className="plan-survey">
      <DataTable
        caption={localized(monitoringSurvey.question)}
        columns={columns}
        rows={monitoringSurvey.shares}
        rowKey={(share) => share.id}
        rowAttributes={(share) => ({ 'data-share': share.id })}
      />
      {source.kind === 'seed' && (
        <figcaption className="field-hint">
          {t('observability.survey.source', { section: localized(source.section), from: source.lines[0], to: source.lines[1] })}
        </figcaption>
      )}
    </figure>
  );
}
