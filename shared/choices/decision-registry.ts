import { z } from 'zod';
import type { AnyDecisionRegistration } from './decision/decision-registration';
import { caasPaasDecision } from './decisions/caas-paas-decision';
import { distributionDecision } from './decisions/distribution-decision';
import { sdnDecision } from './decisions/sdn-decision';
import { storageDecision } from './decisions/storage-decision';

/**
 * Every decision the Choices page offers, in the order of its tabs, of the plan's sections and of the
 * exported document. The key is the decision's id: the plan's key for its section, the page's tab, the
 * locale's `tabs.<id>` and main's data for it. Adding an entry here makes the compiler name every other
 * place that must know it (see "How to add a decision type" in the README).
 */
export const decisionRegistry = {
  caasPaas: caasPaasDecision,
  sdn: sdnDecision,
  storage: storageDecision,
  distributionChooser: distributionDecision,
} as const satisfies Record<string, AnyDecisionRegistration>;

export type DecisionRegistry = typeof decisionRegistry;
export type DecisionId = keyof DecisionRegistry;
export const decisionIds = Object.keys(decisionRegistry) as DecisionId[];

/** The registration with its types widened, for code that handles every decision the same way. */
export function anyDecision(id: DecisionId): AnyDecisionRegistration {
  return decisionRegistry[id];
}

/** Main's trade-off data: one entry per decision, each validated by the decision's own schema. */
export const tradeoffDataSchema = z.object(
  Object.fromEntries(decisionIds.map((id) => [id, anyDecision(id).dataSchema])) as {
    [Id in DecisionId]: DecisionRegistry[Id]['dataSchema'];
  },
);
export type TradeoffData = z.infer<typeof tradeoffDataSchema>;

/** The plan's decision sections, each null until its decision is put into the plan. */
export const decisionPlanSectionsSchema = Object.fromEntries(
  decisionIds.map((id) => [id, anyDecision(id).sectionSchema.nullable().default(null)]),
) as { [Id in DecisionId]: z.ZodDefault<z.ZodNullable<DecisionRegistry[Id]['sectionSchema']>> };
