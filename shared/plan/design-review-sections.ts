import { z } from 'zod';
import designReviewOptionsJson from '../../data/plan/design-review-options.json' with { type: 'json' };
import { auditItemSchema } from './plan-checklists';

/**
 * What a cluster design review asks beyond the platform choices: how traffic gets in, how the
 * cluster comes back after a loss, and who may do what. Each section starts from defaults a team
 * can keep or change, and says in the document whether the team has confirmed them.
 */

export const designReviewGroups = ['ingress-api', 'backup-tool', 'identity-provider', 'rbac-model'] as const;
export type DesignReviewGroup = (typeof designReviewGroups)[number];

/** An option from data/plan/design-review-options.json, with its source. */
export const designReviewOptionSchema = auditItemSchema.extend({ group: z.enum(designReviewGroups) });
export type DesignReviewOption = z.infer<typeof designReviewOptionSchema>;

export const designReviewOptionsFileSchema = z.object({
  options: z
    .array(designReviewOptionSchema)
    .min(1)
    .refine((options) => new Set(options.map((option) => option.id)).size === options.length, 'option ids must be unique'),
});

/** Validated once at load: a bad edit of the data file fails every test, not the user's page. */
export const designReviewOptions: readonly DesignReviewOption[] = designReviewOptionsFileSchema.parse(designReviewOptionsJson).options;

export function designReviewOptionsIn(group: DesignReviewGroup): DesignReviewOption[] {
  return designReviewOptions.filter((option) => option.group === group);
}

const text = (max: number) => z.string().max(max).default('');
/** An option id; an id this app does not know is kept, since a newer app may have written it. */
const optionId = (fallback: string) => z.string().max(100).default(fallback);
/** Minutes, up to a year. */
const minutes = (fallback: number) => z.number().int().min(0).max(525_600).default(fallback);

export const restoreDrillCadences = ['monthly', 'quarterly', 'yearly', 'never'] as const;
export const tlsModes = ['cert-manager', 'external', 'manual'] as const;

export const ingressPlanSectionSchema = z.object({
  apiOptionId: optionId('gateway-api'),
  /** The controller or Gateway implementation, in the team's words. */
  controller: text(200),
  tls: z.enum(tlsModes).default('cert-manager'),
  notes: text(10_000),
  confirmed: z.boolean().default(false),
});
export type IngressPlanSection = z.infer<typeof ingressPlanSectionSchema>;

export const backupPlanSectionSchema = z.object({
  /** Recovery point objective: how much recent data the team accepts to lose. */
  rpoMinutes: minutes(24 * 60),
  /** Recovery time objective: how long the team accepts to be down while restoring. */
  rtoMinutes: minutes(4 * 60),
  etcdSnapshotEveryMinutes: minutes(6 * 60),
  etcdSnapshotsKept: z.number().int().min(1).max(10_000).default(28),
  toolOptionId: optionId('velero'),
  workloadBackupEveryMinutes: minutes(24 * 60),
  /** Where backups are kept, away from the cluster they protect. */
  offsiteLocation: text(500),
  restoreDrill: z.enum(restoreDrillCadences).default('quarterly'),
  notes: text(10_000),
  confirmed: z.boolean().default(false),
});
export type BackupPlanSection = z.infer<typeof backupPlanSectionSchema>;

export const identityPlanSectionSchema = z.object({
  providerOptionId: optionId('oidc'),
  issuerUrl: text(500),
  usernameClaim: z.string().max(100).default('email'),
  groupsClaim: z.string().max(100).default('groups'),
  rbacModelOptionId: optionId('team-edit'),
  /** The one group bound to cluster-admin. */
  clusterAdminGroup: text(200),
  /** How to get in when the identity provider is down, and who may. */
  breakGlass: text(2_000),
  notes: text(10_000),
  confirmed: z.boolean().default(false),
});
export type IdentityPlanSection = z.infer<typeof identityPlanSectionSchema>;

/**
 * What the backup settings cannot deliver: a snapshot or backup taken less often than the RPO
 * loses more than the RPO allows, and a restore never rehearsed has no known duration to hold
 * against the RTO.
 */
export type BackupGap = 'etcd-snapshots-exceed-rpo' | 'workload-backups-exceed-rpo' | 'no-restore-drill' | 'no-offsite-location';

export function findBackupGaps(section: BackupPlanSection): BackupGap[] {
  const gaps: BackupGap[] = [];
  if (section.etcdSnapshotEveryMinutes > section.rpoMinutes) gaps.push('etcd-snapshots-exceed-rpo');
  if (section.toolOptionId !== 'etcd-snapshots-only' && section.workloadBackupEveryMinutes > section.rpoMinutes) gaps.push('workload-backups-exceed-rpo');
  if (section.restoreDrill === 'never') gaps.push('no-restore-drill');
  if (section.offsiteLocation.trim() === '') gaps.push('no-offsite-location');
  return gaps;
}
