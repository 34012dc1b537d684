import { useMemo, useState } from 'react';
import { type TopologyAnalysis, analyzeTopology } from '../../../../shared/topology/analyze-topology';
import {
  type TopologyCheck,
  type TopologyDraft,
  checkTopologyDraft,
  defaultTopologyDraft,
  draftFromSection,
} from '../../../../shared/topology/topology-input';
import { sectionMatchesPlan } from '../../../../shared/plan/section-matches';
import { useAppStore } from '../../../app/store';

export type PlanSyncState = 'no-plan' | 'saved' | 'unsaved' | 'invalid';


/**
 * The panel's inputs as typed, checked on every change. Like every decision, the sizing goes into
 * the plan only when the user says so (`saveToPlan`); until then the status compares the page with
 * the plan. A plan opened later brings its own sizing, unless the user has already typed.
 */
export function useTopologyDraft() {
  const plan = useAppStore((state) => state.plan);
  const setPlanSection = useAppStore((state) => state.setPlanSection);
  const stored = plan?.topology ?? null;
  const [draft, setDraftState] = useState<TopologyDraft>(() => (stored ? draftFromSection(stored) : defaultTopologyDraft()));
  const [touched, setTouched] = useState(false);
  const planId = plan?.id;

  // A plan opened after the panel mounted brings its own sizing, unless the user already typed.
  // Adjusted while rendering (React's pattern for state derived from a changed prop), not in an effect.
  const [seenPlanId, setSeenPlanId] = useState(planId);
  if (planId !== seenPlanId) {
    setSeenPlanId(planId);
    if (!touched && stored) setDraftState(draftFromSection(stored));
  }

  const check: TopologyCheck = useMemo(() => checkTopologyDraft(draft), [draft]);
  const analysis: TopologyAnalysis | undefined = useMemo(
    () => (check.section ? analyzeTopology(check.section) : undefined),
    [check.section],
  );

  const setDraft = (change: (current: TopologyDraft) => TopologyDraft) => {
    setTouched(true);
    setDraftState(change);
  };
  const saveToPlan = () => {
    if (check.section) setPlanSection('topology', check.section);
  };

  let syncState: PlanSyncState;
  if (!check.section) syncState = 'invalid';
  else if (!plan) syncState = 'no-plan';
  else syncState = sectionMatchesPlan(stored, check.section) ? 'saved' : 'unsaved';

  return { draft, setDraft, check, analysis, syncState, saveToPlan };
}
