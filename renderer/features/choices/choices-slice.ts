import { type DecisionInput, emptyDecisionInput } from '../../../shared/choices/decision/decision-registration';
import { type DecisionId, type TradeoffData, decisionIds } from '../../../shared/choices/decision-registry';
import type { AppSliceCreator } from '../../app/store';

export const choicesTabs = [...decisionIds, 'topology'] as const;
export type ChoicesTab = (typeof choicesTabs)[number];

/** What the user entered for one decision: persisted, so a restart keeps answers, requirements and weights. */
export type DecisionView = {
  input: DecisionInput;
  /** The option the user picked; null follows the ranking's top. */
  chosenId: string | null;
  rationale: string;
};

const emptyDecisionView: DecisionView = { input: emptyDecisionInput, chosenId: null, rationale: '' };

/** What the user entered on the Choices page: persisted, so a restart keeps answers and weights. */
export type ChoicesViewState = {
  choicesTab: ChoicesTab;
  /** One entry per decision the user has touched; a decision registered since reads as empty. */
  decisions: Partial<Record<DecisionId, DecisionView>>;
};

export type ChoicesSlice = ChoicesViewState & {
  /** What main sent; not persisted, since main owns the data. */
  tradeoffData: TradeoffData | null;
  setTradeoffData: (data: TradeoffData) => void;
  setChoicesTab: (tab: ChoicesTab) => void;
  /**
   * Changes what the user said to a decision. A changed setting (where the cluster runs, a workload's
   * need, an answer) forgets the picked option, which may no longer be offered.
   */
  updateDecisionInput: (id: DecisionId, change: (input: DecisionInput) => DecisionInput) => void;
  setDecisionChosenId: (id: DecisionId, optionId: string | null) => void;
  setDecisionRationale: (id: DecisionId, text: string) => void;
};

export const defaultChoicesView: ChoicesViewState = { choicesTab: 'caasPaas', decisions: {} };

export function decisionView(state: ChoicesViewState, id: DecisionId): DecisionView {
  return state.decisions[id] ?? emptyDecisionView;
}

/** Input changes, each returning a new input; the page and the tests use the same ones. */
export const decisionInputChanges = {
  weight: (criterionId: string, weight: number) => (input: DecisionInput) => ({ ...input, weights: { ...input.weights, [criterionId]: weight } }),
  resetWeights: () => (input: DecisionInput) => ({ ...input, weights: {} }),
  requirement: (requirementId: string, on: boolean) => (input: DecisionInput) => ({
    ...input,
    requirements: { ...input.requirements, [requirementId]: on },
  }),
  /** null clears the setting (an answer taken back), so the data's default applies again. */
  setting: (settingId: string, value: string | null) => (input: DecisionInput) => {
    const { [settingId]: _dropped, ...rest } = input.settings;
    return { ...input, settings: value === null ? rest : { ...rest, [settingId]: value } };
  },
  clearSettings: () => (input: DecisionInput) => ({ ...input, settings: {} }),
};

const choicesViewKeys = Object.keys(defaultChoicesView) as (keyof ChoicesViewState)[];

/** The part of the choices slice that `persist` saves. */
export function pickChoicesView(state: ChoicesViewState): ChoicesViewState {
  return Object.fromEntries(choicesViewKeys.map((key) => [key, state[key]])) as ChoicesViewState;
}

const record = (value: unknown): Record<string, never> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, never>) : {};
const text = (value: unknown) => (typeof value === 'string' ? value : '');
const chosen = (value: unknown) => (typeof value === 'string' ? value : null);

/**
 * The workspace saved before decisions shared one shape (view state version 1) kept each decision's
 * input under its own keys (`sdnWeights`, `storageNeeds`, …); this reads them into the shared shape,
 * so an upgrade keeps what the user entered.
 */
export function migrateChoicesViewV1(saved: Readonly<Record<string, unknown>>): ChoicesViewState {
  const tab = choicesTabs.find((candidate) => candidate === saved.choicesTab) ?? defaultChoicesView.choicesTab;
  const infrastructure: Record<string, string> = typeof saved.storageInfrastructure === 'string' ? { infrastructure: saved.storageInfrastructure } : {};
  return {
    choicesTab: tab,
    decisions: {
      caasPaas: {
        input: { weights: record(saved.caasWeights), requirements: {}, settings: record(saved.caasAnswers) },
        chosenId: null,
        rationale: text(saved.caasRationale),
      },
      sdn: {
        input: { weights: record(saved.sdnWeights), requirements: record(saved.sdnRequirements), settings: {} },
        chosenId: chosen(saved.sdnChosenId),
        rationale: text(saved.sdnRationale),
      },
      storage: {
        input: { weights: record(saved.storageWeights), requirements: {}, settings: { ...infrastructure, ...record(saved.storageNeeds) } },
        chosenId: chosen(saved.storageChosenId),
        rationale: text(saved.storageRationale),
      },
    },
  };
}

/** The keys version 1 kept the Choices page's input under. */
const choicesViewV1Keys = [
  'caasAnswers',
  'caasWeights',
  'caasRationale',
  'sdnWeights',
  'sdnRequirements',
  'sdnChosenId',
  'sdnRationale',
  'storageInfrastructure',
  'storageNeeds',
  'storageWeights',
  'storageChosenId',
  'storageRationale',
];

/** A saved version-1 workspace with its Choices part in the shared shape and the old keys gone. */
export function upgradeWorkspaceV1(saved: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const rest = Object.fromEntries(Object.entries(saved).filter(([key]) => !choicesViewV1Keys.includes(key)));
  return { ...rest, ...migrateChoicesViewV1(saved) };
}

export const createChoicesSlice: AppSliceCreator<ChoicesSlice> = (set) => {
  const updateView = (id: DecisionId, change: (view: DecisionView) => DecisionView) =>
    set((state) => ({ decisions: { ...state.decisions, [id]: change(decisionView(state, id)) } }));
  return {
    ...defaultChoicesView,
    tradeoffData: null,
    setTradeoffData: (tradeoffData) => set({ tradeoffData }),
    setChoicesTab: (choicesTab) => set({ choicesTab }),
    updateDecisionInput: (id, change) =>
      updateView(id, (view) => {
        const input = change(view.input);
        const settingsChanged = JSON.stringify(input.settings) !== JSON.stringify(view.input.settings);
        return { ...view, input, chosenId: settingsChanged ? null : view.chosenId };
      }),
    setDecisionChosenId: (id, chosenId) => updateView(id, (view) => ({ ...view, chosenId })),
    setDecisionRationale: (id, rationale) => updateView(id, (view) => ({ ...view, rationale })),
  };
};
