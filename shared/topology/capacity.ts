/** CPU in cores and memory in GiB, the units people size nodes in. */
export type Resources = { cpuCores: number; memoryGiB: number };

export type CapacityInput = {
  zones: number;
  workerNodesPerZone: number;
  workerNode: Resources;
  systemReserve: Resources;
  targetUtilizationPercent: number;
};

export type CapacityBreakdown = {
  workerNodes: number;
  /** What the worker nodes have in total. */
  raw: Resources;
  /** Kept back on every worker for the OS and Kubernetes' own daemons (kubelet, container runtime). */
  reserved: Resources;
  /** What the scheduler can hand to pods: raw minus reserved. */
  allocatable: Resources;
  /** The share of allocatable the plan means to use (the seed's 60 of its 60/40 rule). */
  planned: Resources;
  /** Allocatable minus planned: room for peaks and growth (the seed's 40). */
  headroom: Resources;
};

const scale = (resources: Resources, factor: number): Resources => ({
  cpuCores: resources.cpuCores * factor,
  memoryGiB: resources.memoryGiB * factor,
});
const subtract = (a: Resources, b: Resources): Resources => ({
  cpuCores: a.cpuCores - b.cpuCores,
  memoryGiB: a.memoryGiB - b.memoryGiB,
});

/**
 * Only workers count: the seed's HA chapter keeps the control plane for managing the cluster and
 * runs every pod on workers. A reserve larger than a node leaves that node nothing, never less.
 */
export function computeCapacity(input: CapacityInput): CapacityBreakdown {
  const workerNodes = input.zones * input.workerNodesPerZone;
  const perNodeAllocatable: Resources = {
    cpuCores: Math.max(0, input.workerNode.cpuCores - input.systemReserve.cpuCores),
    memoryGiB: Math.max(0, input.workerNode.memoryGiB - input.systemReserve.memoryGiB),
  };
  const raw = scale(input.workerNode, workerNodes);
  const allocatable = scale(perNodeAllocatable, workerNodes);
  const planned = scale(allocatable, input.targetUtilizationPercent / 100);
  return { workerNodes, raw, reserved: subtract(raw, allocatable), allocatable, planned, headroom: subtract(allocatable, planned) };
}

export type FailureScope = 'zone' | 'node';

export type NPlusOneVerdict = {
  scope: FailureScope;
  /** False when there is nothing to fail over to (one zone, or one worker). */
  applicable: boolean;
  /** The planned load, which must still fit after the failure. */
  load: Resources;
  /** Allocatable capacity left after losing one zone (or one worker). */
  remaining: Resources;
  /** Whether the remaining capacity carries the planned load in both CPU and memory. */
  holds: boolean;
  /**
   * The highest target utilization at which the loss is still covered: (units − 1) / units.
   * Two zones can only run at 50 % each if either must carry everything, which is the seed's own
   * example of spreading over two nodes.
   */
  maxTargetUtilizationPercent: number;
};

/** Rounding noise in `x × (n−1)/n` must not flip a verdict that holds exactly. */
const EPSILON = 1e-9;

function verdictAfterLosing(
  scope: FailureScope,
  units: number,
  capacity: CapacityBreakdown,
): NPlusOneVerdict {
  const applicable = units >= 2;
  const remaining = applicable ? scale(capacity.allocatable, (units - 1) / units) : { cpuCores: 0, memoryGiB: 0 };
  const load = capacity.planned;
  const holds =
    applicable &&
    remaining.cpuCores + EPSILON >= load.cpuCores &&
    remaining.memoryGiB + EPSILON >= load.memoryGiB;
  return {
    scope,
    applicable,
    load,
    remaining,
    holds,
    maxTargetUtilizationPercent: applicable ? ((units - 1) / units) * 100 : 0,
  };
}

/**
 * N+1: with one zone down, do the other zones still carry the planned load? Workers are the same
 * size in every zone, so losing any zone loses the same share of capacity.
 */
export function nPlusOneForZoneLoss(input: CapacityInput): NPlusOneVerdict {
  return verdictAfterLosing('zone', input.zones, computeCapacity(input));
}

/** The same question for one worker node, which matters most when everything sits in one zone. */
export function nPlusOneForNodeLoss(input: CapacityInput): NPlusOneVerdict {
  const capacity = computeCapacity(input);
  return verdictAfterLosing('node', capacity.workerNodes, capacity);
}
