import { z } from 'zod';

/** A Kubernetes namespace name (RFC 1123 label), checked here so every generated manifest applies. */
export const namespaceNameSchema = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);

/**
 * The HA topology and capacity plan as the plan keeps it: the sizing inputs and the namespaces
 * with their share of the load. Quorum, N+1 and quota figures are derived from these again.
 */
export const topologyPlanSectionSchema = z.object({
  zones: z.number().int().min(1).max(10),
  controlPlaneNodesPerZone: z.number().int().min(0).max(9),
  workerNodesPerZone: z.number().int().min(0).max(1_000),
  workerNode: z.object({ cpuCores: z.number().positive(), memoryGiB: z.number().positive() }),
  /** The seed's 60/40 rule: plan to use this share of capacity, keep the rest as headroom. */
  targetUtilizationPercent: z.number().min(1).max(100),
  /** Kept back on every node for the OS and Kubernetes' own daemons. */
  systemReserve: z.object({ cpuCores: z.number().nonnegative(), memoryGiB: z.number().nonnegative() }),
  namespaces: z.array(z.object({ name: namespaceNameSchema, loadSharePercent: z.number().min(0).max(100) })),
  /** The pod network the trial-cluster config uses; the SDN choice decides the plugin. */
  podCidr: z.string().max(64).optional(),
});
export type TopologyPlanSection = z.infer<typeof topologyPlanSectionSchema>;
