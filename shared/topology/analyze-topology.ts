import {
  type CapacityBreakdown,
  type CapacityInput,
  type NPlusOneVerdict,
  computeCapacity,
  nPlusOneForNodeLoss,
  nPlusOneForZoneLoss,
} from './capacity';
import { type ZoneFailureTolerance, zoneFailureTolerance } from './etcd-quorum';
import { type NamespaceQuota, splitNamespaceQuotas } from './namespace-quotas';
import type { TopologyPlanSection } from './topology-plan-section';

export type TopologyAnalysis = {
  controlPlaneNodes: number;
  workerNodes: number;
  etcd: ZoneFailureTolerance;
  /** True for 2, 4, 6 … members: the last member added raised the quorum without raising the failures survived. */
  evenEtcdMembers: boolean;
  capacity: CapacityBreakdown;
  zoneLoss: NPlusOneVerdict;
  nodeLoss: NPlusOneVerdict;
  /** Namespace quotas, split from the planned capacity (not all of it), so the 60/40 headroom stays free. */
  quotas: NamespaceQuota[];
};

export function capacityInputOf(section: TopologyPlanSection): CapacityInput {
  return {
    zones: section.zones,
    workerNodesPerZone: section.workerNodesPerZone,
    workerNode: section.workerNode,
    systemReserve: section.systemReserve,
    targetUtilizationPercent: section.targetUtilizationPercent,
  };
}

/** Everything the panel and the exported plan say about a topology, derived from its inputs alone. */
export function analyzeTopology(section: TopologyPlanSection): TopologyAnalysis {
  const input = capacityInputOf(section);
  const etcd = zoneFailureTolerance(Array.from({ length: section.zones }, () => section.controlPlaneNodesPerZone));
  const capacity = computeCapacity(input);
  return {
    controlPlaneNodes: etcd.members,
    workerNodes: capacity.workerNodes,
    etcd,
    evenEtcdMembers: etcd.members > 0 && etcd.members % 2 === 0,
    capacity,
    zoneLoss: nPlusOneForZoneLoss(input),
    nodeLoss: nPlusOneForNodeLoss(input),
    quotas: splitNamespaceQuotas(capacity.planned, section.namespaces),
  };
}
