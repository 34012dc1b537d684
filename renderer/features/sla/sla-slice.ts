import type { CalendarMonthDays, CalendarQuarterDays, MaintenanceWindow, PeriodConvention } from '../../../shared/sla/downtime-budget';
import type { AlertWindowSet, ErrorBudgetWindow } from '../../../shared/sla/error-budget';
import { type KubernetesPreset, defaultKubernetesPreset } from '../../../shared/sla/kubernetes-availability';
import { exampleSliExpression } from '../../../shared/sla/example-sli';
import type { AppSliceCreator } from '../../app/store';

export const slaTabs = ['calculator', 'table41', 'composite', 'errorBudget'] as const;
export type SlaTab = (typeof slaTabs)[number];

/**
 * Everything the SLA page's tools were given, kept as typed (strings) where the user types, so a
 * half-typed "99." survives a restart and is not reformatted under the cursor.
 */
export type SlaTools = {
  tab: SlaTab;
  calendarMonthDays: CalendarMonthDays;
  calendarQuarterDays: CalendarQuarterDays;
  customPeriod: string;
  serviceHours: string[];
  maintenanceMinutes: string;
  maintenanceEvery: MaintenanceWindow['every'];
  maintenanceTreatment: MaintenanceWindow['treatment'];
  reverseDowntime: string;
  reversePeriod: string;
  kubernetes: Record<keyof KubernetesPreset, string>;
  compositeSpec: string;
  errorBudgetWindow: ErrorBudgetWindow;
  requestsPerSecond: string;
  burnRate: string;
  remainingPercent: string;
  sliExpression: string;
  serviceName: string;
  alertWindowSet: AlertWindowSet;
};

export const defaultSlaTools: SlaTools = {
  tab: 'calculator',
  calendarMonthDays: 31,
  calendarQuarterDays: 92,
  customPeriod: '90d',
  serviceHours: ['24', '24', '24', '24', '24', '24', '24'],
  maintenanceMinutes: '0',
  maintenanceEvery: 'month',
  maintenanceTreatment: 'excluded',
  reverseDowntime: '7h12m',
  reversePeriod: '30d',
  kubernetes: Object.fromEntries(Object.entries(defaultKubernetesPreset).map(([key, value]) => [key, String(value)])) as Record<
    keyof KubernetesPreset,
    string
  >,
  compositeSpec: 'lb:99.99 * (api:99.9 | api:99.9) * 2of3(etcd:99.9)',
  errorBudgetWindow: 30,
  requestsPerSecond: '100',
  burnRate: '14.4',
  remainingPercent: '100',
  sliExpression: exampleSliExpression,
  serviceName: 'api',
  alertWindowSet: 'three',
};

export type SlaSlice = {
  slaInput: string;
  slaConvention: PeriodConvention;
  slaTools: SlaTools;
  setSlaInput: (input: string) => void;
  setSlaConvention: (convention: PeriodConvention) => void;
  updateSlaTools: (change: Partial<SlaTools>) => void;
};

export const createSlaSlice: AppSliceCreator<SlaSlice> = (set) => ({
  slaInput: '99.9',
  slaConvention: 'year-365',
  slaTools: defaultSlaTools,
  setSlaInput: (slaInput) => set({ slaInput }),
  setSlaConvention: (slaConvention) => set({ slaConvention }),
  updateSlaTools: (change) => set((state) => ({ slaTools: { ...defaultSlaTools, ...state.slaTools, ...change } })),
});

/** A workspace saved by an older version lacks the newer tools (or some of them): defaults fill in. */
export function completeSlaTools(tools: Partial<SlaTools> | undefined): SlaTools {
  return { ...defaultSlaTools, ...tools, kubernetes: { ...defaultSlaTools.kubernetes, ...tools?.kubernetes } };
}
