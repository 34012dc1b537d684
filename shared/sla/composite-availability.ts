/**
 * Composite availability: components in series (all must be up), in parallel (one is enough) and
 * k-of-n groups (a quorum). Assumes failures are independent, which real systems only approach:
 * shared zones, power, deploys and operators correlate them, so these figures are upper bounds.
 *
 * Everything is computed in unavailability (1 - A): near 1 a double keeps about 16 digits of A but
 * almost none of 1 - A, and 1 - A is the part people care about.
 */
import { unavailableFraction } from './downtime-budget';

export type AvailabilityNode =
  | { kind: 'component'; name: string; availabilityPercent: number }
  | { kind: 'serial'; name?: string; children: AvailabilityNode[] }
  | { kind: 'parallel'; name?: string; children: AvailabilityNode[] }
  /** `count` identical, independent replicas of `unit`, of which `required` must be up. */
  | { kind: 'k-of-n'; name?: string; required: number; count: number; unit: AvailabilityNode };

export type EvaluatedNode = {
  node: AvailabilityNode;
  /** 1 - availability, the precise quantity. */
  unavailability: number;
  availability: number;
  children: EvaluatedNode[];
};

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

/** P(fewer than `required` of `count` independent members are up), each down with probability `u`. */
export function kOfNUnavailability(required: number, count: number, unavailability: number): number {
  if (!Number.isInteger(required) || !Number.isInteger(count) || required < 1 || count < required) {
    throw new RangeError(`A k-of-n group needs 1 ≤ k ≤ n, whole numbers (got ${required} of ${count}).`);
  }
  const up = 1 - unavailability;
  let failed = 0;
  for (let upCount = 0; upCount < required; upCount++) {
    failed += binomial(count, upCount) * up ** upCount * unavailability ** (count - upCount);
  }
  return Math.min(1, Math.max(0, failed));
}

export function serialUnavailability(unavailabilities: number[]): number {
  // 1 - Π(1 - u), through log1p/expm1 so 1e-9-sized terms are not lost against 1.
  return -Math.expm1(unavailabilities.reduce((sum, u) => sum + Math.log1p(-u), 0));
}

export function parallelUnavailability(unavailabilities: number[]): number {
  return unavailabilities.reduce((product, u) => product * u, 1);
}

function checkPercent(name: string, percent: number): void {
  if (!Number.isFinite(percent) || percent < 0 || percent > 100) {
    throw new RangeError(`${name}: availability must be between 0 and 100 % (got ${percent}).`);
  }
}

export function evaluateAvailability(node: AvailabilityNode): EvaluatedNode {
  const result = (unavailability: number, children: EvaluatedNode[]): EvaluatedNode => ({
    node,
    unavailability,
    availability: 1 - unavailability,
    children,
  });
  switch (node.kind) {
    case 'component': {
      checkPercent(node.name, node.availabilityPercent);
      return result(unavailableFraction(node.availabilityPercent), []);
    }
    case 'serial':
    case 'parallel': {
      if (node.children.length === 0) throw new RangeError('A group needs at least one component.');
      const children = node.children.map(evaluateAvailability);
      const unavailabilities = children.map((child) => child.unavailability);
      return result(node.kind === 'serial' ? serialUnavailability(unavailabilities) : parallelUnavailability(unavailabilities), children);
    }
    case 'k-of-n': {
      const unit = evaluateAvailability(node.unit);
      return result(kOfNUnavailability(node.required, node.count, unit.unavailability), [unit]);
    }
  }
}

/** The child of a serial chain that is down most often: improving anything else buys less. */
export function weakestLink(evaluated: EvaluatedNode): EvaluatedNode | undefined {
  if (evaluated.node.kind !== 'serial') return undefined;
  return evaluated.children.reduce<EvaluatedNode | undefined>(
    (weakest, child) => (weakest === undefined || child.unavailability > weakest.unavailability ? child : weakest),
    undefined,
  );
}

/** The members a quorum needs up: etcd of n needs floor(n/2)+1, so it survives n minus that many failures. */
export function quorumSize(members: number): number {
  return Math.floor(members / 2) + 1;
}
