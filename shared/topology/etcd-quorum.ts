/**
 * etcd keeps working while a majority of its members can reach each other (Raft). The arithmetic is
 * small but easy to get wrong in a plan: an even member count adds a member without adding a failure
 * it survives. Members are assumed stacked on the control-plane nodes (kubeadm's default topology).
 */
export type EtcdQuorum = {
  members: number;
  /** Members that must be up for etcd to accept writes: a strict majority. */
  quorum: number;
  /** Members that may fail at once while the rest still form a quorum. */
  toleratedFailures: number;
};

function assertWholeCount(value: number, what: string): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new RangeError(`${what} must be a whole number of 0 or more, got ${value}.`);
  }
}

export function etcdQuorum(members: number): EtcdQuorum {
  assertWholeCount(members, 'The etcd member count');
  if (members === 0) return { members, quorum: 0, toleratedFailures: 0 };
  const quorum = Math.floor(members / 2) + 1;
  return { members, quorum, toleratedFailures: members - quorum };
}

export type ZoneFailureTolerance = EtcdQuorum & {
  zones: number;
  /** Whether etcd keeps its quorum when the zone holding the most members goes down. */
  survivesAnyZoneFailure: boolean;
  /** How many whole zones may go down at once, worst case (the fullest zones first). */
  toleratedZoneFailures: number;
  /** Members left after the fullest zone is lost. */
  membersAfterWorstZoneLoss: number;
};

/**
 * Which zone outages etcd survives, given the members in each zone. Losing a zone loses all its
 * members together, so a zone can take more of the quorum with it than a single node failure does.
 */
export function zoneFailureTolerance(membersPerZone: readonly number[]): ZoneFailureTolerance {
  if (membersPerZone.length === 0) throw new RangeError('A topology needs at least one zone.');
  membersPerZone.forEach((count, index) => assertWholeCount(count, `The member count of zone ${index + 1}`));
  const members = membersPerZone.reduce((sum, count) => sum + count, 0);
  const quorum = etcdQuorum(members);
  const fullestFirst = [...membersPerZone].sort((a, b) => b - a);
  let remaining = members;
  let toleratedZoneFailures = 0;
  // The last zone never counts: with every zone gone there is nothing left to survive.
  for (const zoneMembers of fullestFirst.slice(0, -1)) {
    if (remaining - zoneMembers < quorum.quorum) break;
    remaining -= zoneMembers;
    toleratedZoneFailures += 1;
  }
  const membersAfterWorstZoneLoss = members - (fullestFirst[0] ?? 0);
  return {
    ...quorum,
    zones: membersPerZone.length,
    survivesAnyZoneFailure: members > 0 && toleratedZoneFailures >= 1,
    toleratedZoneFailures: members > 0 ? toleratedZoneFailures : 0,
    membersAfterWorstZoneLoss,
  };
}
