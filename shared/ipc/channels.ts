/** The plan workspace's channels: main's plan handlers serve exactly these, and the Plan page calls them. */
export const planWorkspaceChannelNames = [
  'listPlans',
  'loadPlan',
  'createPlan',
  'savePlan',
  'renamePlan',
  'duplicatePlan',
  'trashPlan',
  'restorePlan',
  'importPlanFile',
  'openPlanFile',
  'openRecentPlanFile',
  'savePlanFileAs',
] as const;
export type PlanWorkspaceChannelName = (typeof planWorkspaceChannelNames)[number];

/** The SLA calculator's channels (shared/ipc/sla-channels.ts holds their schemas). */
export const slaChannelNames = [
  'computeDowntimeBudget',
  'computeAvailabilityFromDowntime',
  'evaluateComposite',
  'evaluateKubernetesAvailability',
  'computeErrorBudget',
  'computeBurnRate',
  'generateAlertRules',
  'compareTable41',
] as const;
export type SlaChannelName = (typeof slaChannelNames)[number];

/**
 * The contract's channel names, apart from its zod schemas: the sandboxed preload needs only these,
 * and importing the schemas would bundle all of zod into it. contract.ts checks, by type, that its
 * table has exactly these channels.
 */
export const channelNames = [
  'getAppInfo',
  'loadPreferences',
  'savePreferences',
  'loadViewState',
  'saveViewState',
  ...slaChannelNames,
  'getCatalogue',
  'getTradeoffData',
  'importLandscape',
  'removeLandscapeImport',
  'importConformance',
  'removeConformanceImport',
  'getDistributionProfiles',
  'saveExportFile',
  'openExternal',
  'takeStateNotices',
  'showItemInFolder',
  ...planWorkspaceChannelNames,
  'exportPlan',
] as const;

export type ChannelName = (typeof channelNames)[number];

/** Electron's channel name for a contract entry, namespaced so it cannot clash with Electron's own. */
export function electronChannel(channel: ChannelName): string {
  return `kube-planner:${channel}`;
}
