import type { StorageNeed } from '../../../shared/choices/rank-storage-options';
import type { Infrastructure, TradeoffData } from '../../../shared/choices/tradeoff-schema';
import type { AppSliceCreator } from '../../app/store';

export const choicesTabs = ['caasPaas', 'sdn', 'storage', 'topology'] as const;
export type ChoicesTab = (typeof choicesTabs)[number];

/** What the user entered on the Choices page: persisted, so a restart keeps answers and weights. */
export type ChoicesViewState = {
  choicesTab: ChoicesTab;
  caasAnswers: Record<string, string>;
  /** Only the weights the user moved; the rest follow the data's defaults. */
  caasWeights: Record<string, number>;
  caasRationale: string;
  sdnWeights: Record<string, number>;
  sdnRequirements: Record<string, boolean>;
  /** The plugin the user picked; null follows the ranking's top. */
  sdnChosenId: string | null;
  sdnRationale: string;
  storageInfrastructure: Infrastructure;
  /** Only the needs the user changed; the rest follow the data's defaults. */
  storageNeeds: Record<string, StorageNeed>;
  storageWeights: Record<string, number>;
  storageChosenId: string | null;
  storageRationale: string;
};

export type ChoicesSlice = ChoicesViewState & {
  /** What main sent; not persisted, since main owns the data. */
  tradeoffData: TradeoffData | null;
  setTradeoffData: (data: TradeoffData) => void;
  setChoicesTab: (tab: ChoicesTab) => void;
  setCaasAnswer: (questionId: string, answerId: string | null) => void;
  clearCaasAnswers: () => void;
  setCaasWeight: (questionId: string, weight: number) => void;
  setCaasRationale: (text: string) => void;
  setSdnWeight: (criterionId: string, weight: number) => void;
  resetSdnWeights: () => void;
  setSdnRequirement: (requirementId: string, on: boolean) => void;
  setSdnChosenId: (id: string | null) => void;
  setSdnRationale: (text: string) => void;
  setStorageInfrastructure: (infrastructure: Infrastructure) => void;
  setStorageNeed: (workload: string, need: StorageNeed) => void;
  setStorageWeight: (criterionId: string, weight: number) => void;
  resetStorageWeights: () => void;
  setStorageChosenId: (id: string | null) => void;
  setStorageRationale: (text: string) => void;
};

export const defaultChoicesView: ChoicesViewState = {
  choicesTab: 'caasPaas',
  caasAnswers: {},
  caasWeights: {},
  caasRationale: '',
  sdnWeights: {},
  sdnRequirements: {},
  sdnChosenId: null,
  sdnRationale: '',
  storageInfrastructure: 'aws',
  storageNeeds: {},
  storageWeights: {},
  storageChosenId: null,
  storageRationale: '',
};

const choicesViewKeys = Object.keys(defaultChoicesView) as (keyof ChoicesViewState)[];

/** The part of the choices slice that `persist` saves. */
export function pickChoicesView(state: ChoicesViewState): ChoicesViewState {
  return Object.fromEntries(choicesViewKeys.map((key) => [key, state[key]])) as ChoicesViewState;
}

export const createChoicesSlice: AppSliceCreator<ChoicesSlice> = (set) => ({
  ...defaultChoicesView,
  tradeoffData: null,
  setTradeoffData: (tradeoffData) => set({ tradeoffData }),
  setChoicesTab: (choicesTab) => set({ choicesTab }),
  setCaasAnswer: (questionId, answerId) =>
    set((state) => {
      const { [questionId]: _dropped, ...rest } = state.caasAnswers;
      return { caasAnswers: answerId === null ? rest : { ...rest, [questionId]: answerId } };
    }),
  clearCaasAnswers: () => set({ caasAnswers: {} }),
  setCaasWeight: (questionId, weight) => set((state) => ({ caasWeights: { ...state.caasWeights, [questionId]: weight } })),
  setCaasRationale: (caasRationale) => set({ caasRationale }),
  setSdnWeight: (criterionId, weight) => set((state) => ({ sdnWeights: { ...state.sdnWeights, [criterionId]: weight } })),
  resetSdnWeights: () => set({ sdnWeights: {} }),
  setSdnRequirement: (requirementId, on) =>
    set((state) => ({ sdnRequirements: { ...state.sdnRequirements, [requirementId]: on } })),
  setSdnChosenId: (sdnChosenId) => set({ sdnChosenId }),
  setSdnRationale: (sdnRationale) => set({ sdnRationale }),
  setStorageInfrastructure: (storageInfrastructure) => set({ storageInfrastructure, storageChosenId: null }),
  setStorageNeed: (workload, need) => set((state) => ({ storageNeeds: { ...state.storageNeeds, [workload]: need } })),
  setStorageWeight: (criterionId, weight) =>
    set((state) => ({ storageWeights: { ...state.storageWeights, [criterionId]: weight } })),
  resetStorageWeights: () => set({ storageWeights: {} }),
  setStorageChosenId: (storageChosenId) => set({ storageChosenId }),
  setStorageRationale: (storageRationale) => set({ storageRationale }),
});
