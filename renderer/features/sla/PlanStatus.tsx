import { useState } from 'react';
import { sectionMatchesPlan } from '../../../shared/plan/section-matches';
import { useAppStore } from '../../app/store';
import { type SlaModel, slaPlanSectionFor } from './sla-model';
import type { SlaTools } from './sla-slice';
import { useSlaFormat } from './use-sla-format';

/** Whether the plan's SLA target is the page's, and the button that puts it there. */
export function PlanStatus({ model, tools }: { model: SlaModel; tools: SlaTools }) {
  const { t, percent } = useSlaFormat();
  const plan = useAppStore((state) => state.plan);
  const setPlanSection = useAppStore((state) => state.setPlanSection);
  const [saved, setSaved] = useState(false);
  const section = slaPlanSectionFor(model, tools);
  const planned = plan?.sla ?? null;
  const conventionName = (convention: string, days?: number) => t(`conventions.${convention}`, { days: days ?? 31 });
  const matches = sectionMatchesPlan(planned, section);
  const status =
    plan === null
      ? t('plan.noPlan')
      : planned === null
        ? t('plan.empty')
        : t(matches ? 'plan.matches' : 'plan.differs', {
            percent: percent(planned.targetPercent),
            convention: conventionName(planned.convention, planned.calendarMonthDays),
          });

  return (
    <div className="sla-plan-status">
      <p className={matches ? 'plan-match' : 'field-hint'} data-plan-state={matches ? 'matches' : planned ? 'differs' : 'empty'} aria-live="polite">
        {saved && matches ? t('plan.saved') : status}
      </p>
      <button
        type="button"
        className="button primary"
        disabled={section === undefined || matches}
        onClick={() => {
          if (!section) return;
          setPlanSection('sla', section);
          setSaved(true);
        }}
      >
        {planned === null ? t('plan.use') : t('plan.update')}
      </button>
    </div>
  );
}
