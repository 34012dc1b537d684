import { useId, useMemo, useRef } from 'react';
import { calendarQuarterDaysSchema, periodConventionSchema } from '../../../shared/sla/downtime-budget';
import { useAppStore } from '../../app/store';
import { NumberField } from '../../ui/NumberField';
import { CalculatorPanel } from './CalculatorPanel';
import { CompositePanel } from './CompositePanel';
import { ErrorBudgetPanel } from './ErrorBudgetPanel';
import { PlanStatus } from './PlanStatus';
import { Table41Panel } from './Table41Panel';
import { computeSlaModel } from './sla-model';
import { type SlaTab, completeSlaTools, slaTabs } from './sla-slice';
import { useSlaFormat } from './use-sla-format';
import './sla.css';

const presets = ['99', '99.5', '99.9', '99.95', '99.99', '99.999', '99.9999'];

export function SlaPage() {
  const { t, problem } = useSlaFormat();
  const input = useAppStore((state) => state.slaInput);
  const convention = useAppStore((state) => state.slaConvention);
  const storedTools = useAppStore((state) => state.slaTools);
  const setInput = useAppStore((state) => state.setSlaInput);
  const setConvention = useAppStore((state) => state.setSlaConvention);
  const updateTools = useAppStore((state) => state.updateSlaTools);
  const tools = useMemo(() => completeSlaTools(storedTools), [storedTools]);
  const model = useMemo(() => computeSlaModel(input, convention, tools), [input, convention, tools]);
  const id = useId();
  const tabRefs = useRef<Partial<Record<SlaTab, HTMLButtonElement | null>>>({});

  // Arrow keys move between tabs, as in a desktop tab strip (WAI-ARIA tabs pattern).
  const onTabKey = (event: React.KeyboardEvent, index: number) => {
    const offset = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    const next = event.key === 'Home' ? slaTabs[0] : event.key === 'End' ? slaTabs[slaTabs.length - 1] : offset ? slaTabs[(index + offset + slaTabs.length) % slaTabs.length] : undefined;
    if (!next) return;
    event.preventDefault();
    updateTools({ tab: next });
    tabRefs.current[next]?.focus();
  };

  return (
    <section className="page sla-page" aria-labelledby={`${id}-title`}>
      <header className="page-header">
        <h1 id={`${id}-title`}>{t('title')}</h1>
        <p className="page-intro">{t('intro')}</p>
      </header>
      <div className="card sla-target">
        <NumberField
          className="sla-target-field"
          label={t('availabilityLabel')}
          value={input}
          inputClassName="number-input"
          data-go-to-field="sla-target"
          hint={t('availabilityHint')}
          error={model.target.ok ? undefined : problem(model.target.problem)}
          announceError
          onChange={setInput}
        />
        <fieldset className="preset-group sla-presets">
          <legend className="field-label">{t('presetsLabel')}</legend>
          <div className="chip-row">
            {presets.map((preset) => (
              <button key={preset} type="button" className="chip" aria-pressed={input === preset} onClick={() => setInput(preset)}>
                {preset}%
              </button>
            ))}
          </div>
        </fieldset>
        <div className="sla-convention">
          <label className="field-label" htmlFor={`${id}-convention`}>
            {t('conventionLabel')}
          </label>
          <select
            id={`${id}-convention`}
            className="select-input"
            value={convention}
            aria-describedby={`${id}-convention-hint`}
            onChange={(event) => setConvention(periodConventionSchema.parse(event.target.value))}
          >
            {periodConventionSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`conventions.${option}`, { days: tools.calendarMonthDays })}
              </option>
            ))}
          </select>
          {convention === 'calendar-month' && (
            <>
              <label className="field-label" htmlFor={`${id}-month-days`}>
                {t('monthDaysLabel')}
              </label>
              <select
                id={`${id}-month-days`}
                className="select-input"
                value={tools.calendarMonthDays}
                onChange={(event) => updateTools({ calendarMonthDays: Number(event.target.value) as 28 | 29 | 30 | 31 })}
              >
                {[28, 29, 30, 31].map((days) => (
                  <option key={days} value={days}>
                    {days}
                  </option>
                ))}
              </select>
              <label className="field-label" htmlFor={`${id}-quarter-days`}>
                {t('quarterDaysLabel')}
              </label>
              <select
                id={`${id}-quarter-days`}
                className="select-input"
                value={tools.calendarQuarterDays}
                onChange={(event) => updateTools({ calendarQuarterDays: calendarQuarterDaysSchema.parse(Number(event.target.value)) })}
              >
                {calendarQuarterDaysSchema.options.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.value}
                  </option>
                ))}
              </select>
            </>
          )}
          <p id={`${id}-convention-hint`} className="field-hint">
            {t(`conventionDescriptions.${convention}`)}
          </p>
        </div>
        <PlanStatus model={model} tools={tools} />
      </div>
      <div className="sla-tabs" role="tablist" aria-label={t('tabsLabel')}>
        {slaTabs.map((tab, index) => (
          <button
            key={tab}
            ref={(element) => {
              tabRefs.current[tab] = element;
            }}
            id={`${id}-tab-${tab}`}
            type="button"
            role="tab"
            className="sla-tab"
            aria-selected={tools.tab === tab}
            aria-controls={`${id}-panel-${tab}`}
            tabIndex={tools.tab === tab ? 0 : -1}
            onClick={() => updateTools({ tab })}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {t(`tabs.${tab}`)}
          </button>
        ))}
      </div>
      <div id={`${id}-panel-${tools.tab}`} role="tabpanel" aria-labelledby={`${id}-tab-${tools.tab}`} className="sla-panel">
        {tools.tab === 'calculator' && <CalculatorPanel model={model} tools={tools} />}
        {tools.tab === 'table41' && <Table41Panel />}
        {tools.tab === 'composite' && <CompositePanel tools={tools} />}
        {tools.tab === 'errorBudget' && <ErrorBudgetPanel model={model} tools={tools} />}
      </div>
    </section>
  );
}
