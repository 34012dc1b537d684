import { z } from 'zod';
import { SHARE_SUM_TOLERANCE, sumOfShares } from './namespace-quotas';

/** A Kubernetes namespace name (RFC 1123 label), checked here so every generated manifest applies. */
export const namespaceNameSchema = z
  .string()
  .min(1)
  .max(63)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/);

/** Object names inside a namespace (Deployments, PodDisruptionBudgets): RFC 1123 subdomains. */
export const objectNameSchema = z
  .string()
  .min(1)
  .max(253)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/);

const resourcesSchema = z.object({ cpuCores: z.number().nonnegative(), memoryGiB: z.number().nonnegative() });

/** A workload run with several replicas: it gets a PodDisruptionBudget so a drain never takes all of them. */
export const replicatedWorkloadSchema = z.object({
  namespace: namespaceNameSchema,
  /** Also the `app` label its pods carry, which the budget selects on. */
  name: objectNameSchema,
  replicas: z.number().int().min(1).max(10_000),
});
export type ReplicatedWorkload = z.infer<typeof replicatedWorkloadSchema>;

/**
 * The HA topology and capacity plan as the plan keeps it: the sizing inputs and the namespaces
 * with their share of the load. Quorum, N+1 and quota figures are derived from these again, so an
 * export always agrees with the inputs it shows.
 */
export const topologyPlanSectionSchema = z
  .object({
    zones: z.number().int().min(1).max(10),
    controlPlaneNodesPerZone: z.number().int().min(0).max(9),
    workerNodesPerZone: z.number().int().min(0).max(1_000),
    workerNode: z.object({ cpuCores: z.number().positive(), memoryGiB: z.number().positive() }),
    /** The seed's 60/40 rule: plan to use this share of capacity, keep the rest as headroom. */
    targetUtilizationPercent: z.number().min(1).max(100),
    /** Kept back on every node for the OS and Kubernetes' own daemons. */
    systemReserve: resourcesSchema,
    namespaces: z.array(z.object({ name: namespaceNameSchema, loadSharePercent: z.number().min(0).max(100) })).max(100),
    /** The pod network the trial-cluster config uses; the SDN choice decides the plugin. */
    podCidr: z.string().max(64).optional(),
    replicatedWorkloads: z.array(replicatedWorkloadSchema).max(500).default([]),
  })
  .superRefine((section, context) => {
    const names = section.namespaces.map((namespace) => namespace.name);
    if (new Set(names).size !== names.length) {
      context.addIssue({ code: 'custom', path: ['namespaces'], message: 'Namespace names must be unique.' });
    }
    const total = sumOfShares(section.namespaces);
    if (section.namespaces.length > 0 && Math.abs(total - 100) > SHARE_SUM_TOLERANCE) {
      context.addIssue({
        code: 'custom',
        path: ['namespaces'],
        message: `Namespace load shares must add up to 100 %, not ${total} %.`,
      });
    }
  });
export type TopologyPlanSection = z.infer<typeof topologyPlanSectionSchema>;
