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

/** etcd's FAQ (https://etcd.io/docs/v3.5/faq/#what-is-maximum-cluster-size): 5 recommended, 7 at most. */
export const MAX_RECOMMENDED_ETCD_MEMBERS = 7;

export type TopologyAnalysis = {
  controlPlaneNodes: number;
  workerNodes: number;
  etcd: ZoneFailureTolerance;
  /** True for 2, 4, 6 … members: the last member added raised the quorum without raising the failures survived. */
  evenEtcdMembers: boolean;
  /** More than 7 members, past what etcd recommends: each write must reach more of them. */
  largeEtcdCluster: boolean;
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
    largeEtcdCluster: etcd.members > MAX_RECOMMENDED_ETCD_MEMBERS,
    capacity,
    zoneLoss: nPlusOneForZoneLoss(input),
    nodeLoss: nPlusOneForNodeLoss(input),
    quotas: splitNamespaceQuotas(capacity.planned, section.namespaces),
  };
}
