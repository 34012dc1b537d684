import type { DecisionEntry, DecisionInput, DecisionOutcome } from '../../../shared/choices/decision/decision-registration';
import { type DecisionId, type TradeoffData, anyDecision } from '../../../shared/choices/decision-registry';
import type { DocumentTranslate } from '../../../shared/plan/document-model';
import { useAppStore } from '../../app/store';
import { type DecisionView, decisionView } from './choices-slice';

export type DecisionState = {
  view: DecisionView;
  /** The user's input over the data's default settings: what the ranking and the plan read. */
  input: DecisionInput;
  outcome: DecisionOutcome;
  /** The entry "Put into the plan" stores: the user's pick, else the top of the ranking. */
  chosen: DecisionEntry | undefined;
  /** What "Put into the plan" would store now; absent while there is no result to store. */
  pending: unknown;
  /** Says a requirement in words, as "doesn't meet: …" names it. */
  describeRequirement: (requirementId: string, t: DocumentTranslate) => string;
  update: (change: (input: DecisionInput) => DecisionInput) => void;
  choose: (optionId: string) => void;
  setRationale: (text: string) => void;
};

/** One decision as the page shows it: the user's input, the registration's ranking and what the plan would store. */
export function useDecision(id: DecisionId, data: TradeoffData[DecisionId]): DecisionState {
  const view = useAppStore((state) => decisionView(state, id));
  const registration = anyDecision(id);
  const plan = useAppStore((state) => state.plan);
  // What the plan's other choices say comes before the user's own answers, which always win.
  const seeded = plan && registration.fromPlan ? registration.fromPlan(data, plan) : { settings: {}, requirements: {} };
  const input: DecisionInput = {
    ...view.input,
    settings: { ...registration.defaultSettings(data), ...seeded.settings, ...view.input.settings },
    requirements: { ...seeded.requirements, ...view.input.requirements },
  };
  const outcome: DecisionOutcome = registration.rank(data, input);
  const chosen = outcome.ok ? (outcome.ranking.find((entry) => entry.optionId === view.chosenId) ?? outcome.ranking[0]) : undefined;
  const { updateDecisionInput, setDecisionChosenId, setDecisionRationale } = useAppStore.getState();
  return {
    view,
    input,
    outcome,
    chosen,
    pending: outcome.ok && chosen ? registration.toPlanSection(data, input, outcome, chosen, view.rationale) : undefined,
    describeRequirement: (requirementId, t) => registration.describeRequirement(data, input, requirementId, t),
    update: (change) => updateDecisionInput(id, change),
    choose: (optionId) => setDecisionChosenId(id, optionId),
    setRationale: (text) => setDecisionRationale(id, text),
  };
}
