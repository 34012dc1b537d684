import { useId, useState } from 'react';
import {
  alertWindowSetSchema,
  alertWindowSetsFor,
  burnRateAlerts,
  burnRateDerivation,
  computeErrorBudget,
  errorBudgetWindows,
  prometheusDuration,
  timeToExhaustionSeconds,
} from '../../../shared/sla/error-budget';
import { decimalOrNaN, parseSloTarget } from '../../../shared/sla/parse-sla-input';
import { SLI_WINDOW_PLACEHOLDER, burnRateAlertRulesYaml } from '../../../shared/sla/prometheus-rules';
import { UserError } from '../../../shared/user-error';
import { describeError } from '../../../shared/i18n/describe-error';
import { api } from '../../app/api';
import { useAppStore } from '../../app/store';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { NumberField } from '../../ui/NumberField';
import { saveFile } from '../../ui/save-file';
import { ScrollablePreview } from '../../ui/ScrollablePreview';
import { BurnDownChart } from './sla-charts';
import type { SlaModel } from './sla-model';
import type { SlaTools } from './sla-slice';
import { useSlaFormat } from './use-sla-format';

export function ErrorBudgetPanel({ model, tools }: { model: SlaModel; tools: SlaTools }) {
  const format = useSlaFormat();
  const { t } = format;
  const updateTools = useAppStore((state) => state.updateSlaTools);
  const reportError = useAppStore((state) => state.reportError);
  const id = useId();
  const [exportStatus, setExportStatus] = useState<string>();
  const slo = model.target.ok ? parseSloTarget(String(model.target.value)) : model.target;
  const windowDays = tools.errorBudgetWindow;
  const rpsText = tools.requestsPerSecond.trim();
  const rps = decimalOrNaN(rpsText);
  const rpsInvalid = rpsText !== '' && !(Number.isFinite(rps) && rps > 0);
  const budget = slo.ok ? computeErrorBudget(slo.value, windowDays, rpsText === '' || rpsInvalid ? undefined : rps) : undefined;
  const availableSets = alertWindowSetsFor(windowDays);
  // A four-window choice kept from a 28- or 30-day window falls back to three for 7 days, and the page says why.
  const windowSet = availableSets.includes(tools.alertWindowSet) ? tools.alertWindowSet : 'three';
  const alerts = burnRateAlerts(windowDays, windowSet);
  const burnRate = decimalOrNaN(tools.burnRate);
  const burnRateInvalid = tools.burnRate.trim() === '' || !Number.isFinite(burnRate) || burnRate <= 0;
  const remaining = decimalOrNaN(tools.remainingPercent);
  const remainingInvalid = tools.remainingPercent.trim() === '' || !Number.isFinite(remaining) || remaining < 0 || remaining > 100;

  let rulesYaml: string | undefined;
  let rulesProblem: string | undefined;
  if (slo.ok) {
    try {
      rulesYaml = burnRateAlertRulesYaml({ sloPercent: slo.value, windowDays, sliExpression: tools.sliExpression, serviceName: tools.serviceName, windowSet });
    } catch (error) {
      // An unusable SLI or an alert that could never fire: said next to the field, in the UI's language.
      if (error instanceof UserError) rulesProblem = describeError(error, t);
      else throw error;
    }
  }

  const exportRules = async () => {
    if (!rulesYaml) return;
    const service = (tools.serviceName.trim() || 'service').replace(/[^\w.-]+/gu, '-');
    try {
      const outcome = await saveFile(api, {
        suggestedName: `${service}-slo-burn-rate-${windowDays}d.yaml`,
        format: 'yaml',
        content: rulesYaml,
      });
      setExportStatus(outcome.saved ? (outcome.path ? t('alerts.exported', { path: outcome.path }) : t('alerts.exportedDownload')) : t('alerts.cancelled'));
    } catch (error) {
      reportError({ message: describeError(error as Error, t) });
    }
  };

  const burnColumns: DataTableColumn<(typeof alerts)[number]>[] = [
    { id: 'severity', header: t('burn.severityColumn'), rowHeader: true, cell: (alert) => t(`burn.severity.${alert.severity}`) },
    { id: 'spent', header: t('burn.spentColumn'), numeric: true, cell: (alert) => format.percent(alert.budgetFraction * 100, 2) },
    { id: 'burn-rate', header: t('burn.burnRateColumn'), numeric: true, cell: (alert) => format.number(alert.burnRate, 2) },
    { id: 'long-window', header: t('burn.longWindowColumn'), cell: (alert) => prometheusDuration(alert.longWindowSeconds) },
    { id: 'short-window', header: t('burn.shortWindowColumn'), cell: (alert) => prometheusDuration(alert.shortWindowSeconds) },
    { id: 'exhaustion', header: t('burn.exhaustionColumn'), cell: (alert) => format.duration(timeToExhaustionSeconds(alert.burnRate, windowDays)) },
  ];
  return (
    <div className="sla-grid error-budget">
      <div className="card">
        <h2 className="card-heading">{t('errorBudget.heading')}</h2>
        <p className={slo.ok ? 'field-hint' : 'field-error'} role={slo.ok ? undefined : 'alert'}>
          {slo.ok ? t('errorBudget.sloFromTarget', { percent: format.percent(slo.value) }) : format.problem(slo.problem)}
        </p>
        <div className="inline-fields">
          <div>
            <label className="field-label" htmlFor={`${id}-window`}>
              {t('errorBudget.windowLabel')}
            </label>
            <select
              id={`${id}-window`}
              className="select-input"
              value={windowDays}
              onChange={(event) => updateTools({ errorBudgetWindow: errorBudgetWindows.find((days) => days === Number(event.target.value)) ?? 30 })}
            >
              {errorBudgetWindows.map((days) => (
                <option key={days} value={days}>
                  {t('errorBudget.windowOption', { days })}
                </option>
              ))}
            </select>
          </div>
          <NumberField label={t('errorBudget.rpsLabel')} value={tools.requestsPerSecond} invalid={rpsInvalid} onChange={(value) => updateTools({ requestsPerSecond: value })} />
        </div>
        {rpsInvalid && <p className="field-error">{t('errorBudget.rpsInvalid')}</p>}
        {budget && (
          <div className="budget-figures" aria-live="polite">
            <p className="budget-time">{t('errorBudget.budgetTime', { duration: format.duration(budget.budgetSeconds), days: windowDays })}</p>
            {budget.budgetRequests !== undefined && budget.requestsPerSecond !== undefined && (
              <p className="field-hint">
                {t('errorBudget.budgetRequests', {
                  requests: format.number(budget.budgetRequests),
                  total: format.number(budget.requestsPerSecond * windowDays * 86_400),
                  rps: format.number(budget.requestsPerSecond),
                })}
              </p>
            )}
          </div>
        )}
        <h3 className="card-subheading">{t('errorBudget.exhaustionHeading')}</h3>
        <div className="inline-fields">
          <NumberField label={t('errorBudget.burnRateLabel')} value={tools.burnRate} invalid={burnRateInvalid} onChange={(value) => updateTools({ burnRate: value })} />
          <NumberField label={t('errorBudget.remainingLabel')} value={tools.remainingPercent} invalid={remainingInvalid} onChange={(value) => updateTools({ remainingPercent: value })} />
        </div>
        <p className={burnRateInvalid || remainingInvalid ? 'field-error' : 'exhaustion-result'} aria-live="polite">
          {burnRateInvalid
            ? t('errorBudget.burnRateInvalid')
            : remainingInvalid
              ? t('errorBudget.remainingInvalid')
              : t('errorBudget.exhaustionResult', {
                  rate: format.number(burnRate),
                  remaining: format.percent(remaining),
                  duration: format.duration(timeToExhaustionSeconds(burnRate, windowDays, remaining / 100)),
                })}
        </p>
      </div>

      <div className="card">
        <label className="field-label" htmlFor={`${id}-sets`}>
          {t('burn.windowSetLabel')}
        </label>
        <select
          id={`${id}-sets`}
          className="select-input"
          value={windowSet}
          aria-describedby={windowSet === tools.alertWindowSet ? undefined : `${id}-sets-hint`}
          onChange={(event) => updateTools({ alertWindowSet: alertWindowSetSchema.parse(event.target.value) })}
        >
          {alertWindowSetSchema.options.map((set) => (
            <option key={set} value={set} disabled={!availableSets.includes(set)}>
              {t(`burn.windowSets.${set}`)}
            </option>
          ))}
        </select>
        {!availableSets.includes('four') && (
          <p id={`${id}-sets-hint`} className="field-hint">
            {t('burn.fourUnavailable')}
          </p>
        )}
        <DataTable
          className="burn-table"
          caption={t('burn.caption', { days: windowDays })}
          columns={burnColumns}
          rows={alerts}
          rowKey={(alert) => alert.longWindowSeconds}
        />
        <p className="field-hint">{windowDays === 30 ? t('burn.derivation30') : t('burn.derivationOther', { days: windowDays })}</p>
        <ul className="field-hint burn-derivation">
          {alerts.map((alert) => {
            const derivation = burnRateDerivation(alert, windowDays);
            return (
              <li key={alert.longWindowSeconds}>
                {t('burn.derivationLine', {
                  share: format.percent(derivation.budgetFraction * 100, 2),
                  long: prometheusDuration(alert.longWindowSeconds),
                  fraction: format.number(derivation.budgetFraction),
                  window: format.number(derivation.sloWindowHours),
                  hours: format.number(derivation.longWindowHours),
                  rate: format.number(derivation.burnRate),
                })}
              </li>
            );
          })}
        </ul>
        <p className="source-note">{t('burn.source')}</p>
        <BurnDownChart windowDays={windowDays} windowSet={windowSet} />
      </div>

      <div className="card alert-rules">
        <h2 className="card-heading">{t('alerts.heading')}</h2>
        <label className="field-label" htmlFor={`${id}-sli`}>
          {t('alerts.sliLabel')}
        </label>
        <textarea
          id={`${id}-sli`}
          className="text-input mono"
          rows={3}
          spellCheck={false}
          value={tools.sliExpression}
          aria-invalid={rulesProblem !== undefined}
          aria-describedby={`${id}-sli-hint`}
          onChange={(event) => updateTools({ sliExpression: event.target.value })}
        />
        <p id={`${id}-sli-hint`} className={rulesProblem ? 'field-error' : 'field-hint'}>
          {rulesProblem ?? t('alerts.sliHint', { placeholder: SLI_WINDOW_PLACEHOLDER })}
        </p>
        <label className="field-label" htmlFor={`${id}-service`}>
          {t('alerts.serviceLabel')}
        </label>
        <input id={`${id}-service`} className="text-input" value={tools.serviceName} onChange={(event) => updateTools({ serviceName: event.target.value })} />
        <div className="export-row">
          <button type="button" className="button primary" disabled={!rulesYaml} onClick={() => void exportRules()}>
            {t('alerts.export')}
          </button>
          {exportStatus && (
            <span className="field-hint" role="status">
              {exportStatus}
            </span>
          )}
        </div>
        {rulesYaml && <p className="field-hint">{t('alerts.recordingNote')}</p>}
        {rulesYaml && (
          <details className="rules-preview">
            <summary>{t('alerts.preview')}</summary>
            <ScrollablePreview label={t('alerts.previewLabel')}>{rulesYaml}</ScrollablePreview>
          </details>
        )}
      </div>
    </div>
  );
}
