import { z } from 'zod';
import auditItemsJson from '../../data/plan/audit-items.json' with { type: 'json' };
import observabilityOptionsJson from '../../data/plan/observability-options.json' with { type: 'json' };
import { type Survey, surveySchema } from '../choices/tradeoff-schema';

const bilingualSchema = z.object({ en: z.string().min(1), zh: z.string().min(1) });

/** An item of the seed's routine production-readiness audit, in the app's own words. */
export const auditItemSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  label: bilingualSchema,
  description: bilingualSchema,
  /** Where the item comes from: the seed's section, and for later facts an official URL. */
  source: bilingualSchema,
});
export type AuditItem = z.infer<typeof auditItemSchema>;

export const observabilityGroups = ['monitoring-tool', 'monitoring-scope', 'logging-practice', 'logging-transport'] as const;
export type ObservabilityGroup = (typeof observabilityGroups)[number];

export const observabilityOptionSchema = auditItemSchema.extend({ group: z.enum(observabilityGroups) });
export type ObservabilityOption = z.infer<typeof observabilityOptionSchema>;

function uniqueIds<T extends { id: string }>(items: T[]): boolean {
  return new Set(items.map((item) => item.id)).size === items.length;
}

export const auditItemsFileSchema = z.object({
  items: z.array(auditItemSchema).min(1).refine(uniqueIds, 'audit item ids must be unique'),
});
export const observabilityOptionsFileSchema = z
  .object({
    options: z.array(observabilityOptionSchema).min(1).refine(uniqueIds, 'option ids must be unique'),
    /** The seed's shares of monitoring tools, shown where the plan's tools are chosen. */
    monitoringSurvey: surveySchema,
  })
  .refine((file) => file.monitoringSurvey.shares.every((share) => share.optionIds.every((id) => file.options.some((option) => option.id === id))), {
    message: 'a survey share names an option the file does not have',
  });

/** Validated once at load: a bad edit of the data files fails every test, not the user's page. */
export const auditItems: readonly AuditItem[] = auditItemsFileSchema.parse(auditItemsJson).items;
const observabilityFile = observabilityOptionsFileSchema.parse(observabilityOptionsJson);
export const observabilityOptions: readonly ObservabilityOption[] = observabilityFile.options;
export const monitoringSurvey: Survey = observabilityFile.monitoringSurvey;

/** Monitoring options feed `observability.monitoringOptionIds`, logging ones `loggingOptionIds`. */
export function isMonitoringGroup(group: ObservabilityGroup): boolean {
  return group === 'monitoring-tool' || group === 'monitoring-scope';
}
