import type { TopologyPlanSection } from '../topology/topology-plan-section';
import {
  type KubernetesAvailability,
  type KubernetesPreset,
  type KubernetesWhatIf,
  kubernetesPresetSchema,
  kubernetesWhatIfs,
} from './kubernetes-availability';

/** Less than a second of downtime a year either way is no change a reader could act on. */
const NOTICEABLE_SECONDS_PER_YEAR = 1;
const YEAR_SECONDS = 365 * 86_400;

/**
 * The composite model of the plan's sized cluster: its zones, one API server and etcd member per
 * control-plane node (kubeadm's stacked layout), and its workers with one zone's worth spare (the
 * N+1 over zones the topology checks). The availability figures stay the user's (`base`). Undefined
 * when the plan has no sizing, or one larger than the model covers (6 zones, 15 members).
 */
export function kubernetesPresetFromPlan(
  topology: Pick<TopologyPlanSection, 'zones' | 'controlPlaneNodesPerZone' | 'workerNodesPerZone'> | null | undefined,
  base: KubernetesPreset,
): KubernetesPreset | undefined {
  if (!topology) return undefined;
  const controlPlane = topology.zones * topology.controlPlaneNodesPerZone;
  const workers = topology.zones * topology.workerNodesPerZone;
  const spareWorkers = topology.zones > 1 ? topology.workerNodesPerZone : Math.min(1, workers - 1);
  const preset = {
    ...base,
    zones: topology.zones,
    apiServers: controlPlane,
    etcdMembers: controlPlane,
    workersNeeded: workers - spareWorkers,
    spareWorkers,
  };
  return kubernetesPresetSchema.safeParse(preset).success ? preset : undefined;
}

/** The what-ifs that change the control plane's or the cluster's downtime by at least a second a year. */
export function noticeableWhatIfs(preset: KubernetesPreset, current: KubernetesAvailability): KubernetesWhatIf[] {
  const differs = (before: number, after: number) => Math.abs(before - after) * YEAR_SECONDS >= NOTICEABLE_SECONDS_PER_YEAR;
  return kubernetesWhatIfs(preset).filter(
    (whatIf) =>
      differs(current.controlPlaneUnavailability, whatIf.result.controlPlaneUnavailability) ||
      differs(current.clusterUnavailability, whatIf.result.clusterUnavailability),
  );
}
