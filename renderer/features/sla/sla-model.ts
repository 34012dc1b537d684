import { type DowntimeBudget, type PeriodConvention, calendarLengths, computeDowntimeBudget } from '../../../shared/sla/downtime-budget';
import { alertWindowSetsFor, burnRateAlerts, computeErrorBudget } from '../../../shared/sla/error-budget';
import { type InputProblem, decimalOrNaN, parseAvailabilityTarget, parseDuration, parseSloTarget } from '../../../shared/sla/parse-sla-input';
import type { SlaPlanSection } from '../../../shared/sla/sla-plan-section';
import type { SlaTools } from './sla-slice';

export type SlaModel = {
  target: { ok: true; value: number } | { ok: false; problem: InputProblem };
  budget?: DowntimeBudget;
  customPeriodProblem?: InputProblem;
  serviceHoursInvalid: boolean;
  maintenanceInvalid: boolean;
};

/** Reads the page's inputs and computes the budget with the shared functions the CLI also uses. */
export function computeSlaModel(input: string, convention: PeriodConvention, tools: SlaTools): SlaModel {
  const target = parseAvailabilityTarget(input);
  const lengths = calendarLengths(convention, { calendarMonthDays: tools.calendarMonthDays });
  const customPeriod = tools.customPeriod.trim() === '' ? undefined : parseDuration(tools.customPeriod, lengths);
  const customPeriodProblem = customPeriod && !customPeriod.ok ? customPeriod.problem : customPeriod?.value === 0 ? 'zero-duration' : undefined;
  const hours = tools.serviceHours.map(decimalOrNaN);
  const serviceHoursInvalid = hours.some((value) => !Number.isFinite(value) || value < 0 || value > 24);
  const minutes = tools.maintenanceMinutes.trim() === '' ? 0 : decimalOrNaN(tools.maintenanceMinutes);
  const maintenanceInvalid = !Number.isFinite(minutes) || minutes < 0;
  if (!target.ok) return { target, customPeriodProblem, serviceHoursInvalid, maintenanceInvalid };
  const budget = computeDowntimeBudget(target.value, convention, {
    calendarMonthDays: tools.calendarMonthDays,
    calendarQuarterDays: tools.calendarQuarterDays,
    customPeriodSeconds: customPeriod?.ok && customPeriod.value > 0 ? customPeriod.value : undefined,
    serviceHours: serviceHoursInvalid ? undefined : hours,
    maintenance:
      maintenanceInvalid || minutes === 0 ? undefined : { minutes, every: tools.maintenanceEvery, treatment: tools.maintenanceTreatment },
  });
  return { target, budget, customPeriodProblem, serviceHoursInvalid, maintenanceInvalid };
}

/** The plan's SLA section for what the page shows now; the error budget only where the SLO allows one. */
export function slaPlanSectionFor(model: SlaModel, tools: SlaTools): SlaPlanSection | undefined {
  if (!model.target.ok || !model.budget) return undefined;
  const section: SlaPlanSection = {
    targetPercent: model.target.value,
    convention: model.budget.convention,
    ...(model.budget.convention === 'calendar-month'
      ? { calendarMonthDays: tools.calendarMonthDays, calendarQuarterDays: tools.calendarQuarterDays }
      : {}),
    budgetSeconds: model.budget.seconds,
    ...(model.budget.custom
      ? { customPeriod: { periodSeconds: model.budget.custom.periodSeconds, budgetSeconds: model.budget.custom.allowedSeconds } }
      : {}),
  };
  const slo = parseSloTarget(String(model.target.value));
  if (!slo.ok) return section;
  const rps = decimalOrNaN(tools.requestsPerSecond);
  const errorBudget = computeErrorBudget(slo.value, tools.errorBudgetWindow, tools.requestsPerSecond.trim() !== '' && rps > 0 ? rps : undefined);
  return {
    ...section,
    errorBudget: {
      windowDays: errorBudget.windowDays,
      budgetSeconds: errorBudget.budgetSeconds,
      ...(errorBudget.requestsPerSecond === undefined ? {} : { requestsPerSecond: errorBudget.requestsPerSecond }),
      ...(errorBudget.budgetRequests === undefined ? {} : { budgetRequests: errorBudget.budgetRequests }),
      burnRateAlerts: burnRateAlerts(
        errorBudget.windowDays,
        alertWindowSetsFor(errorBudget.windowDays).includes(tools.alertWindowSet) ? tools.alertWindowSet : 'three',
      ),
    },
  };
}
