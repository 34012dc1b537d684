import type { Resources } from './capacity';

export type NamespaceShare = { name: string; loadSharePercent: number };

export type NamespaceQuota = {
  name: string;
  loadSharePercent: number;
  /** requests.cpu in millicores and requests.memory in MiB: whole units, as Kubernetes quantities are written. */
  requests: { cpuMillicores: number; memoryMiB: number };
  limits: { cpuMillicores: number; memoryMiB: number };
};

/**
 * Limits at twice the requests, the ratio of both of the seed's examples: the quota of Example 5.2
 * (limits.cpu 2 for requests.cpu 1, limits.memory 2Gi for requests.memory 1Gi) and the pod of
 * Example 5.3 (500m for 250m, 128Mi for 64Mi).
 */
export const SEED_LIMIT_TO_REQUEST_RATIO = 2;

/** The container defaults of the seed's Example 5.3, used for every namespace's LimitRange. */
export const SEED_CONTAINER_DEFAULTS = {
  requests: { cpuMillicores: 250, memoryMiB: 64 },
  limits: { cpuMillicores: 500, memoryMiB: 128 },
} as const;

/**
 * Shares may be typed with decimals (33.33 × 3 = 99.99), so "adds up to 100" allows this much slack,
 * in percentage points. The split divides by the actual total, so the slack never over-promises.
 */
export const SHARE_SUM_TOLERANCE = 0.1;

export function sumOfShares(namespaces: readonly NamespaceShare[]): number {
  return namespaces.reduce((sum, namespace) => sum + namespace.loadSharePercent, 0);
}

/**
 * Splits capacity between namespaces by their share of the load, the seed's way of sizing quotas
 * (Section 5, Table 5.1). Each figure is rounded down to a whole millicore or MiB, so the quotas
 * together never promise more than there is.
 */
export function splitNamespaceQuotas(
  capacity: Resources,
  namespaces: readonly NamespaceShare[],
  limitToRequestRatio = SEED_LIMIT_TO_REQUEST_RATIO,
): NamespaceQuota[] {
  const total = sumOfShares(namespaces);
  if (namespaces.length > 0 && Math.abs(total - 100) > SHARE_SUM_TOLERANCE) {
    throw new RangeError(`Namespace load shares must add up to 100 %, but they add up to ${total} %.`);
  }
  if (!(capacity.cpuCores >= 0 && capacity.memoryGiB >= 0)) {
    throw new RangeError('Capacity to split must be 0 or more in both CPU and memory.');
  }
  return namespaces.map(({ name, loadSharePercent }) => {
    const fraction = total > 0 ? loadSharePercent / total : 0;
    const cpuMillicores = Math.floor(capacity.cpuCores * 1_000 * fraction);
    const memoryMiB = Math.floor(capacity.memoryGiB * 1_024 * fraction);
    return {
      name,
      loadSharePercent,
      requests: { cpuMillicores, memoryMiB },
      limits: {
        cpuMillicores: Math.floor(cpuMillicores * limitToRequestRatio),
        memoryMiB: Math.floor(memoryMiB * limitToRequestRatio),
      },
    };
  });
}

/** "1500m", or "2" for whole cores: how CPU quantities read in a manifest. */
export function cpuQuantity(millicores: number): string {
  return millicores % 1_000 === 0 ? String(millicores / 1_000) : `${millicores}m`;
}

/** "6656Mi", or "8Gi" for whole GiB. */
export function memoryQuantity(mebibytes: number): string {
  return mebibytes % 1_024 === 0 && mebibytes > 0 ? `${mebibytes / 1_024}Gi` : `${mebibytes}Mi`;
}
