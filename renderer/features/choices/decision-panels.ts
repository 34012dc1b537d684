import type { ComponentType } from 'react';
import type { DecisionId } from '../../../shared/choices/decision-registry';
import { CaasPaasPanel } from './CaasPaasPanel';
import { type DecisionPanelProps, OptionDecisionPanel } from './OptionDecisionPanel';

/**
 * The decisions whose page is more than settings, requirements and weights. Every other registered
 * decision gets the generic panel, so a new weighted-option decision needs no page code at all.
 */
const customPanels: Partial<Record<DecisionId, ComponentType<DecisionPanelProps>>> = {
  caasPaas: CaasPaasPanel as ComponentType<DecisionPanelProps>,
};

export function decisionPanelFor(id: DecisionId): ComponentType<DecisionPanelProps> {
  return customPanels[id] ?? OptionDecisionPanel;
}
