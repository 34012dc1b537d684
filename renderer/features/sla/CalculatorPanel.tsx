import { useId } from 'react';
import { availabilityFromDowntime, budgetPeriods, calendarLengths } from '../../../shared/sla/downtime-budget';
import { parseDuration } from '../../../shared/sla/parse-sla-input';
import { useAppStore } from '../../app/store';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { NumberField } from '../../ui/NumberField';
import { DowntimeChart } from './sla-charts';
import type { SlaModel } from './sla-model';
import type { SlaTools } from './sla-slice';
import { useSlaFormat } from './use-sla-format';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export function CalculatorPanel({ model, tools }: { model: SlaModel; tools: SlaTools }) {
  const format = useSlaFormat();
  const { t } = format;
  const updateTools = useAppStore((state) => state.updateSlaTools);
  const id = useId();
  const budget = model.budget;
  const rows = budget
    ? [
        ...budgetPeriods.map((period) => ({ key: period, label: t(`periods.${period}`), value: budget.periods[period] })),
        ...(budget.custom ? [{ key: 'custom', label: t('customPeriodRow', { period: format.duration(budget.custom.periodSeconds) }), value: budget.custom }] : []),
      ]
    : [];
  const columns: DataTableColumn<(typeof rows)[number]>[] = [
    { id: 'period', header: t('periodColumn'), rowHeader: true, cell: (row) => row.label },
    { id: 'downtime', header: t('downtimeColumn'), cell: (row) => format.decimal(row.value.allowedSeconds), cellAttributes: () => ({ className: 'downtime' }) },
    { id: 'human', header: t('humanColumn'), cell: (row) => format.duration(row.value.allowedSeconds), cellAttributes: () => ({ className: 'exact' }) },
    { id: 'seconds', header: t('secondsColumn'), numeric: true, cell: (row) => format.number(row.value.allowedSeconds) },
  ];
  const periodAttributes = (row: (typeof rows)[number]) => ({ 'data-period': row.key, className: row.value.overspent ? 'overspent' : undefined });
  const hasMaintenance = budget !== undefined && budget.periods.year.maintenanceSeconds > 0;

  return (
    <div className="sla-grid">
      <div className="card sla-result" aria-live="polite">
        {budget && model.target.ok ? (
          <DataTable
            caption={
              <>
                {t('resultCaption', { percent: format.percent(model.target.value) })}
                <span className="caption-note">{t('conventionInUse', { convention: t(`conventions.${budget.convention}`, { days: tools.calendarMonthDays }) })}</span>
              </>
            }
            columns={columns}
            rows={rows}
            rowKey={(row) => row.key}
            rowAttributes={periodAttributes}
          />
        ) : (
          <p className="field-hint">{t('invalid')}</p>
        )}
        {hasMaintenance && budget && (
          <p className="field-hint">
            {t('maintenance.measuredNote', {
              measured: format.duration(budget.periods.month.measuredSeconds),
              period: format.duration(budget.periods.month.periodSeconds),
              maintenance: format.duration(budget.periods.month.maintenanceSeconds),
            })}
          </p>
        )}
        {budget && budgetPeriods.some((period) => budget.periods[period].overspent) && <p className="field-error">{t('maintenance.overspent')}</p>}
        <p className="source-note">{t('source')}</p>
      </div>

      <div className="sla-side">
        <div className="card">
          <label className="field-label" htmlFor={`${id}-custom`}>
            {t('customPeriodLabel')}
          </label>
          <input
            id={`${id}-custom`}
            className="text-input"
            value={tools.customPeriod}
            aria-invalid={model.customPeriodProblem !== undefined}
            aria-describedby={`${id}-custom-hint`}
            onChange={(event) => updateTools({ customPeriod: event.target.value })}
          />
          <p id={`${id}-custom-hint`} className={model.customPeriodProblem ? 'field-error' : 'field-hint'}>
            {model.customPeriodProblem ? format.problem(model.customPeriodProblem) : t('customPeriodHint')}
          </p>
        </div>
        <ServiceHours tools={tools} invalid={model.serviceHoursInvalid} />
        <Maintenance tools={tools} invalid={model.maintenanceInvalid} />
        <ReverseCalculator tools={tools} />
      </div>

      {model.target.ok && budget && (
        <div className="card sla-chart-card">
          <DowntimeChart targetPercent={model.target.value} convention={budget.convention} calendarMonthDays={tools.calendarMonthDays} />
        </div>
      )}
    </div>
  );
}

function ServiceHours({ tools, invalid }: { tools: SlaTools; invalid: boolean }) {
  const { t } = useSlaFormat();
  const updateTools = useAppStore((state) => state.updateSlaTools);
  const id = useId();
  return (
    <fieldset className="card sla-fieldset" aria-describedby={`${id}-hint`}>
      <legend className="field-label">{t('serviceHours.legend')}</legend>
      <div className="weekday-grid">
        {weekdays.map((day, index) => (
          <label key={day} className="weekday-field">
            <span aria-hidden="true">{t(`serviceHours.days.${day}`)}</span>
            <input
              className="text-input"
              inputMode="decimal"
              aria-label={t('serviceHours.dayLabel', { day: t(`serviceHours.days.${day}`) })}
              value={tools.serviceHours[index] ?? ''}
              onChange={(event) => updateTools({ serviceHours: tools.serviceHours.map((value, at) => (at === index ? event.target.value : value)) })}
            />
          </label>
        ))}
      </div>
      <div className="chip-row">
        <button type="button" className="chip" onClick={() => updateTools({ serviceHours: ['24', '24', '24', '24', '24', '24', '24'] })}>
          {t('serviceHours.roundTheClock')}
        </button>
        <button type="button" className="chip" onClick={() => updateTools({ serviceHours: ['8', '8', '8', '8', '8', '0', '0'] })}>
          {t('serviceHours.businessHours')}
        </button>
      </div>
      <p id={`${id}-hint`} className={invalid ? 'field-error' : 'field-hint'}>
        {invalid ? t('serviceHours.invalid') : t('serviceHours.hint')}
      </p>
    </fieldset>
  );
}

function Maintenance({ tools, invalid }: { tools: SlaTools; invalid: boolean }) {
  const { t } = useSlaFormat();
  const updateTools = useAppStore((state) => state.updateSlaTools);
  const id = useId();
  return (
    <fieldset className="card sla-fieldset">
      <legend className="field-label">{t('maintenance.legend')}</legend>
      <div className="inline-fields">
        <NumberField
          label={t('maintenance.minutesLabel')}
          value={tools.maintenanceMinutes}
          invalid={invalid}
          onChange={(value) => updateTools({ maintenanceMinutes: value })}
        />
        <div>
          <label className="field-label" htmlFor={`${id}-every`}>
            {t('maintenance.everyLabel')}
          </label>
          <select
            id={`${id}-every`}
            className="select-input"
            value={tools.maintenanceEvery}
            onChange={(event) => updateTools({ maintenanceEvery: event.target.value === 'week' ? 'week' : 'month' })}
          >
            <option value="week">{t('maintenance.every.week')}</option>
            <option value="month">{t('maintenance.every.month')}</option>
          </select>
        </div>
      </div>
      <label className="field-label" htmlFor={`${id}-treatment`}>
        {t('maintenance.treatmentLabel')}
      </label>
      <select
        id={`${id}-treatment`}
        className="select-input"
        value={tools.maintenanceTreatment}
        onChange={(event) => updateTools({ maintenanceTreatment: event.target.value === 'counted' ? 'counted' : 'excluded' })}
      >
        <option value="excluded">{t('maintenance.treatment.excluded')}</option>
        <option value="counted">{t('maintenance.treatment.counted')}</option>
      </select>
      {invalid && <p className="field-error">{t('maintenance.invalid')}</p>}
    </fieldset>
  );
}

function ReverseCalculator({ tools }: { tools: SlaTools }) {
  const format = useSlaFormat();
  const { t } = format;
  const updateTools = useAppStore((state) => state.updateSlaTools);
  const id = useId();
  // The same reading as the custom period field: "2 hours", "1 month" (in the page's convention), "2 小时".
  const convention = useAppStore((state) => state.slaConvention);
  const lengths = calendarLengths(convention, { calendarMonthDays: tools.calendarMonthDays });
  const downtime = parseDuration(tools.reverseDowntime, lengths);
  const period = parseDuration(tools.reversePeriod, lengths);
  const periodProblem = period.ok && period.value === 0 ? 'zero-duration' : period.ok ? undefined : period.problem;
  let result: string | undefined;
  let problem: string | undefined;
  if (!downtime.ok) problem = format.problem(downtime.problem);
  else if (periodProblem) problem = format.problem(periodProblem);
  else if (period.ok && downtime.value > period.value) problem = t('reverse.longerThanPeriod');
  else if (period.ok)
    result = t('reverse.result', {
      downtime: format.duration(downtime.value),
      period: format.duration(period.value),
      percent: format.percent(availabilityFromDowntime(downtime.value, period.value), 4),
    });
  return (
    <div className="card">
      <h2 className="card-heading">{t('reverse.heading')}</h2>
      <div className="inline-fields">
        <div>
          <label className="field-label" htmlFor={`${id}-downtime`}>
            {t('reverse.downtimeLabel')}
          </label>
          <input id={`${id}-downtime`} className="text-input" value={tools.reverseDowntime} onChange={(event) => updateTools({ reverseDowntime: event.target.value })} />
        </div>
        <div>
          <label className="field-label" htmlFor={`${id}-period`}>
            {t('reverse.periodLabel')}
          </label>
          <input id={`${id}-period`} className="text-input" value={tools.reversePeriod} onChange={(event) => updateTools({ reversePeriod: event.target.value })} />
        </div>
      </div>
      <p className={problem ? 'field-error' : 'reverse-result'} aria-live="polite">
        {problem ?? result}
      </p>
    </div>
  );
}
