import type { SlaChannelName } from '../../shared/ipc/channels';
import { evaluateAvailability, weakestLink } from '../../shared/sla/composite-availability';
import { availabilityFromDowntime, computeDowntimeBudget } from '../../shared/sla/downtime-budget';
import {
  burnRateAlerts,
  burnRateDerivation,
  burnRateFor,
  computeErrorBudget,
  prometheusDuration,
  timeToExhaustionSeconds,
} from '../../shared/sla/error-budget';
import { evaluateKubernetesAvailability, kubernetesWhatIfs } from '../../shared/sla/kubernetes-availability';
import type { Handlers } from './dispatch';
import { exampleSliExpression } from '../../shared/sla/example-sli';

/**
 * The SLA calculator's channels: each a call into the pure functions of shared/sla. The rule
 * generator and Table 4.1 are loaded on first use, as the YAML writer, the PromQL checker and the
 * table's data file would otherwise slow every CLI command's start.
 */
export function createSlaHandlers(): Pick<Handlers, SlaChannelName> {
  return {
    computeDowntimeBudget: async ({ availabilityPercent, convention, calendarMonthDays, calendarQuarterDays, customPeriodSeconds }) => {
      const budget = computeDowntimeBudget(availabilityPercent, convention, { calendarMonthDays, calendarQuarterDays, customPeriodSeconds });
      return {
        availabilityPercent: budget.availabilityPercent,
        convention: budget.convention,
        seconds: budget.seconds,
        ...(budget.custom ? { custom: { periodSeconds: budget.custom.periodSeconds, allowedSeconds: budget.custom.allowedSeconds } } : {}),
      };
    },

    computeAvailabilityFromDowntime: async ({ downtimeSeconds, periodSeconds }) => ({
      availabilityPercent: availabilityFromDowntime(downtimeSeconds, periodSeconds),
    }),

    evaluateComposite: async ({ tree }) => {
      const evaluated = evaluateAvailability(tree);
      const weakest = weakestLink(evaluated);
      return { evaluated, ...(weakest ? { weakest: weakest.node } : {}) };
    },

    evaluateKubernetesAvailability: async ({ preset }) => ({
      result: evaluateKubernetesAvailability(preset),
      whatIfs: kubernetesWhatIfs(preset),
    }),

    computeErrorBudget: async ({ sloPercent, windowDays, requestsPerSecond }) => computeErrorBudget(sloPercent, windowDays, requestsPerSecond),

    computeBurnRate: async ({ windowDays, windowSet, burnRate, spent, remainingPercent }) => {
      const alerts = burnRateAlerts(windowDays, windowSet).map((alert) => ({
        ...alert,
        longWindow: prometheusDuration(alert.longWindowSeconds),
        shortWindow: prometheusDuration(alert.shortWindowSeconds),
        exhaustionSeconds: timeToExhaustionSeconds(alert.burnRate, windowDays),
        derivation: burnRateDerivation(alert, windowDays),
      }));
      const rate = spent === undefined ? burnRate : burnRateFor(spent.budgetPercent / 100, spent.elapsedSeconds, windowDays);
      const exhaustionSeconds = rate === undefined || rate === 0 ? undefined : timeToExhaustionSeconds(rate, windowDays, remainingPercent / 100);
      return { windowDays, burnRate: rate, remainingPercent, exhaustionSeconds, alerts };
    },

    generateAlertRules: async ({ sloPercent, windowDays, sliExpression, serviceName, windowSet }) => {
      const { burnRateAlertRulesYaml } = await import('../../shared/sla/prometheus-rules');
      // An unusable SLI or an alert that could never fire throws a UserError, which dispatch answers with.
      return { yaml: burnRateAlertRulesYaml({ sloPercent, windowDays, sliExpression: sliExpression ?? exampleSliExpression, serviceName, windowSet }) };
    },

    compareTable41: async () => (await import('../../shared/sla/table-4-1')).compareTable41(),
  };
}
