import type { PeriodConvention } from '../../../shared/sla/downtime-budget';
import type { AppSliceCreator } from '../../app/store';

export type SlaSlice = {
  /** Kept as typed, so a half-typed "99." survives a restart and is not reformatted under the cursor. */
  slaInput: string;
  slaConvention: PeriodConvention;
  setSlaInput: (input: string) => void;
  setSlaConvention: (convention: PeriodConvention) => void;
};

export const createSlaSlice: AppSliceCreator<SlaSlice> = (set) => ({
  slaInput: '99.9',
  slaConvention: 'year-365',
  setSlaInput: (slaInput) => set({ slaInput }),
  setSlaConvention: (slaConvention) => set({ slaConvention }),
});
