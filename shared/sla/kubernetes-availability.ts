import { z } from 'zod';
import { kOfNUnavailability, quorumSize, serialUnavailability } from './composite-availability';
import { unavailableFraction } from './downtime-budget';

const percent = z.number().finite().min(0).max(100);
const count = (min: number) => z.number().int().min(min).max(15);

/**
 * A Kubernetes cluster's availability chain: a load balancer in front of N API servers, an etcd
 * quorum, a worker pool of N + k nodes, all spread over Z zones that each fail as a whole. The
 * percentages are inputs for the user's own providers, not published figures.
 */
export const kubernetesPresetSchema = z.object({
  loadBalancerPercent: percent,
  apiServers: count(1),
  apiServerPercent: percent,
  etcdMembers: count(1),
  etcdMemberPercent: percent,
  workersNeeded: count(1),
  spareWorkers: z.number().int().min(0).max(15),
  workerPercent: percent,
  zones: z.number().int().min(1).max(6),
  zonePercent: percent,
});
export type KubernetesPreset = z.infer<typeof kubernetesPresetSchema>;

export const defaultKubernetesPreset: KubernetesPreset = {
  loadBalancerPercent: 99.99,
  apiServers: 3,
  apiServerPercent: 99.5,
  etcdMembers: 3,
  etcdMemberPercent: 99.5,
  workersNeeded: 3,
  spareWorkers: 1,
  workerPercent: 99.5,
  zones: 2,
  zonePercent: 99.9,
};

export const kubernetesBlocks = ['load-balancer', 'api-servers', 'etcd', 'workers'] as const;
export type KubernetesBlock = (typeof kubernetesBlocks)[number];

export type KubernetesAvailability = {
  /** Load balancer, API servers and etcd: what `kubectl` and controllers need. */
  controlPlaneUnavailability: number;
  /** The control plane and enough workers to run the workloads. */
  clusterUnavailability: number;
  /** Each block on its own, zone failures included: the weakest is down most often. */
  blocks: Record<KubernetesBlock, number>;
  weakest: KubernetesBlock;
  etcdQuorum: number;
  /** Members etcd can lose and keep its quorum. */
  etcdTolerates: number;
};

/** Replica i goes to zone i mod Z: the even spread a scheduler with zone spreading aims for. */
function membersInUpZones(members: number, zones: number, upZones: boolean[]): number {
  let upMembers = 0;
  for (let member = 0; member < members; member++) if (upZones[member % zones]) upMembers++;
  return upMembers;
}

/** A role's unavailability once some zones are down: fewer than `required` of its surviving members up. */
function roleUnavailability(required: number, survivingMembers: number, memberPercent: number): number {
  if (survivingMembers < required) return 1;
  return kOfNUnavailability(required, survivingMembers, unavailableFraction(memberPercent));
}

/**
 * Sums over every combination of zones up or down (2^Z, Z ≤ 6), each with its probability; within
 * it, members fail independently. Zone outages are what correlate members: etcd of 3 across 2
 * zones loses its quorum with the zone holding 2 members, across 3 zones it survives any one.
 */
export function evaluateKubernetesAvailability(preset: KubernetesPreset): KubernetesAvailability {
  const p = kubernetesPresetSchema.parse(preset);
  const zoneDown = unavailableFraction(p.zonePercent);
  const etcdQuorum = quorumSize(p.etcdMembers);
  const workers = p.workersNeeded + p.spareWorkers;
  const loadBalancer = unavailableFraction(p.loadBalancerPercent);
  const sums = { api: 0, etcd: 0, workers: 0, controlPlane: 0, cluster: 0 };
  for (let state = 0; state < 2 ** p.zones; state++) {
    const upZones = Array.from({ length: p.zones }, (_, zone) => (state & (1 << zone)) !== 0);
    const probability = upZones.reduce((product, up) => product * (up ? 1 - zoneDown : zoneDown), 1);
    if (probability === 0) continue;
    const api = roleUnavailability(1, membersInUpZones(p.apiServers, p.zones, upZones), p.apiServerPercent);
    const etcd = roleUnavailability(etcdQuorum, membersInUpZones(p.etcdMembers, p.zones, upZones), p.etcdMemberPercent);
    const pool = roleUnavailability(p.workersNeeded, membersInUpZones(workers, p.zones, upZones), p.workerPercent);
    sums.api += probability * api;
    sums.etcd += probability * etcd;
    sums.workers += probability * pool;
    sums.controlPlane += probability * serialUnavailability([api, etcd]);
    sums.cluster += probability * serialUnavailability([api, etcd, pool]);
  }
  const blocks: Record<KubernetesBlock, number> = {
    'load-balancer': loadBalancer,
    'api-servers': sums.api,
    etcd: sums.etcd,
    workers: sums.workers,
  };
  const weakest = kubernetesBlocks.reduce((worst, block) => (blocks[block] > blocks[worst] ? block : worst));
  return {
    controlPlaneUnavailability: serialUnavailability([loadBalancer, sums.controlPlane]),
    clusterUnavailability: serialUnavailability([loadBalancer, sums.cluster]),
    blocks,
    weakest,
    etcdQuorum,
    etcdTolerates: p.etcdMembers - etcdQuorum,
  };
}

export const kubernetesChanges = ['add-zone', 'add-api-server', 'add-etcd-pair', 'add-spare-worker'] as const;
export type KubernetesChange = (typeof kubernetesChanges)[number];

/**
 * One step up from the current preset. etcd grows by two: an even member count raises the quorum
 * with the size and tolerates no more failures, so 3 → 4 buys nothing.
 */
export function applyKubernetesChange(preset: KubernetesPreset, change: KubernetesChange): KubernetesPreset {
  switch (change) {
    case 'add-zone':
      return { ...preset, zones: preset.zones + 1 };
    case 'add-api-server':
      return { ...preset, apiServers: preset.apiServers + 1 };
    case 'add-etcd-pair':
      return { ...preset, etcdMembers: preset.etcdMembers + 2 };
    case 'add-spare-worker':
      return { ...preset, spareWorkers: preset.spareWorkers + 1 };
  }
}

export type KubernetesWhatIf = {
  change: KubernetesChange;
  preset: KubernetesPreset;
  result: KubernetesAvailability;
};

/** What each single change buys, for the changes the limits allow. */
export function kubernetesWhatIfs(preset: KubernetesPreset): KubernetesWhatIf[] {
  return kubernetesChanges.flatMap((change) => {
    const changed = applyKubernetesChange(preset, change);
    if (!kubernetesPresetSchema.safeParse(changed).success) return [];
    return [{ change, preset: changed, result: evaluateKubernetesAvailability(changed) }];
  });
}
