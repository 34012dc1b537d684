import { create, type StateCreator } from 'zustand';
import { temporal } from 'zundo';
import { persist } from 'zustand/middleware';
import type { DescribableError } from '../../shared/i18n/describe-error';
import type { Language, ThemePreference } from '../../shared/ipc/contract';
import { type CatalogueSlice, createCatalogueSlice, pickCatalogueView } from '../features/catalogue/catalogue-slice';
import { type ChoicesSlice, createChoicesSlice, pickChoicesView, upgradeWorkspaceV1 } from '../features/choices/choices-slice';
import { groupEdits } from '../features/plan/edit-grouping';
import { type PlanSlice, createPlanSlice } from '../features/plan/plan-slice';
import { type SlaSlice, createSlaSlice } from '../features/sla/sla-slice';
import { api } from './api';
import { createWorkspaceStorage } from './workspace-storage';

export const sections = ['catalogue', 'choices', 'sla', 'plan'] as const;
export type Section = (typeof sections)[number];

export type ShellSlice = {
  section: Section;
  language: Language;
  theme: ThemePreference;
  /**
   * Failed I/O for the user, shown until dismissed. Kept as the error's English message and its
   * translatable form, so the banner says it in whatever language the UI is in when it renders.
   */
  errors: ({ id: number } & DescribableError)[];
  goTo: (section: Section) => void;
  applyPreferences: (preferences: { language: Language; theme: ThemePreference }) => void;
  /** Takes an `Error` or an `IpcError` as it is, or `{ message }` for a sentence already translated. */
  reportError: (error: DescribableError) => void;
  dismissError: (id: number) => void;
};

export type AppState = ShellSlice & SlaSlice & CatalogueSlice & ChoicesSlice & PlanSlice;
export type AppSliceCreator<T> = StateCreator<AppState, [['zustand/persist', unknown]], [], T>;

let nextErrorId = 1;

const createShellSlice: AppSliceCreator<ShellSlice> = (set) => ({
  section: 'catalogue',
  language: 'en',
  theme: 'system',
  errors: [],
  goTo: (section) => set({ section }),
  applyPreferences: ({ language, theme }) => set({ language, theme }),
  // The same failure repeating (every save to a broken disk) is one message, not a growing stack.
  reportError: ({ message, i18n }) =>
    set((state) =>
      state.errors.some((error) => error.message === message)
        ? state
        : { errors: [...state.errors, { id: nextErrorId++, message, i18n }] },
    ),
  dismissError: (id) => set((state) => ({ errors: state.errors.filter((error) => error.id !== id) })),
});

export const workspaceStorage = createWorkspaceStorage<unknown>(api, (error) => useAppStore.getState().reportError(error));

/**
 * One store built from feature slices. Only the workspace (where the user was and what they
 * entered) is persisted, through the main process; preferences live in main's own file.
 */
export const useAppStore = create<AppState>()(
  // Undo and redo cover the plan only: moving between pages or filtering the catalogue is not an edit.
  temporal(
    persist(
      (...args) => ({
        ...createShellSlice(...args),
        ...createSlaSlice(...args),
        ...createCatalogueSlice(...args),
        ...createChoicesSlice(...args),
        ...createPlanSlice(...args),
      }),
      {
        name: 'workspace',
        // Version 2: the Choices page keeps every decision's input in one shape (see upgradeWorkspaceV1).
        version: 2,
        migrate: (saved, version) => {
          const state = (saved ?? {}) as Record<string, unknown>;
          return (version < 2 ? upgradeWorkspaceV1(state) : state) as AppState;
        },
        skipHydration: true,
        storage: workspaceStorage,
        // Main drops fields of the wrong type; the SLA tools are merged field by field, so one that
        // was dropped (or is new in this version) takes its default instead of leaving a hole.
        merge: (persisted, current) => {
          const view = (persisted ?? {}) as Partial<AppState>;
          return { ...current, ...view, slaTools: { ...current.slaTools, ...view.slaTools } };
        },
        // zustand swallows a failed load; the user must hear that the saved view could not be read.
        onRehydrateStorage: () => (_state, error) => {
          if (error) useAppStore.getState().reportError(error as Error);
        },
        partialize: (state) => ({
          section: state.section,
          slaInput: state.slaInput,
          slaConvention: state.slaConvention,
          slaTools: state.slaTools,
          ...pickCatalogueView(state),
          ...pickChoicesView(state),
        }),
      },
    ),
    {
      partialize: (state) => ({ plan: state.plan }),
      equality: (past, current) => past.plan === current.plan,
      // One undo step per edit, not per keystroke.
      handleSet: groupEdits(),
      limit: 100,
    },
  ),
);
