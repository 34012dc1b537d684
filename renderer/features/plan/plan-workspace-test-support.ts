import { afterEach, beforeEach, vi } from 'vitest';
import type { PlanWorkspace } from '../../../shared/ipc/contract';
import { type IpcErrorPayload, type IpcResult, ok } from '../../../shared/ipc/result';
import { type Plan, createEmptyPlan } from '../../../shared/plan/plan-schema';
import { useAppStore } from '../../app/store';
import { usePlanSaveProblems } from './plan-save-problems';

export const first = createEmptyPlan({ id: 'first', title: 'First', now: new Date('2026-01-01T00:00:00Z') });
const second = createEmptyPlan({ id: 'second', title: 'Second', now: new Date('2026-01-02T00:00:00Z') });
export const workspace: PlanWorkspace = {
  plans: [
    { id: 'second', title: 'Second', team: '', updatedAt: second.updatedAt },
    { id: 'first', title: 'First', team: '', updatedAt: first.updatedAt },
  ],
  trash: [],
  recentFiles: [],
  lastOpenId: 'first',
};
export const diskFull: IpcErrorPayload = {
  code: 'io-failure',
  message: 'Could not save /data/plans/first.kplan.json: ENOSPC: no space left on device',
  i18n: { key: 'store.saveFailed', params: { path: '/data/plans/first.kplan.json', reason: 'ENOSPC: no space left on device' } },
};

export const failed = (error: IpcErrorPayload): IpcResult<never> => ({ ok: false, error });

export function fakeApi() {
  const plans: Record<string, Plan> = { first, second };
  return {
    listPlans: vi.fn(async () => ok(workspace)),
    loadPlan: vi.fn(async ({ id }: { id: string }) => ok({ plan: plans[id]! })),
    createPlan: vi.fn(async ({ title }: { title: string }) => ok({ plan: { ...first, id: 'created', title } })),
    savePlan: vi.fn(async ({ plan }: { plan: Plan }) => ok({ savedAt: '2026-01-03T00:00:00.000Z', revision: plan.revision + 1 })),
    renamePlan: vi.fn(),
    duplicatePlan: vi.fn(),
    trashPlan: vi.fn(),
    restorePlan: vi.fn(),
    importPlanFile: vi.fn(),
    openPlanFile: vi.fn(),
    openRecentPlanFile: vi.fn(),
    savePlanFileAs: vi.fn(),
  };
}

const initialState = useAppStore.getState();
let unsubscribers: (() => void)[] = [];
/** The app's store, remembering its subscriptions so each test can drop the workspace's. */
export const trackingStore = {
  ...useAppStore,
  subscribe: (listener: Parameters<typeof useAppStore.subscribe>[0]) => {
    const unsubscribe = useAppStore.subscribe(listener);
    unsubscribers.push(unsubscribe);
    return unsubscribe;
  },
};

/** Fake timers and a fresh store for each test of a file that calls this at its top level. */
export function resetWorkspaceBetweenTests(): void {
  beforeEach(() => {
    vi.useFakeTimers();
    useAppStore.setState(initialState, true);
    useAppStore.temporal.getState().clear();
    usePlanSaveProblems.setState({ conflict: null, retry: null, readOnly: false });
  });
  afterEach(() => {
    for (const unsubscribe of unsubscribers) unsubscribe();
    unsubscribers = [];
    vi.useRealTimers();
  });
}
