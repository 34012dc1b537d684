import { z } from 'zod';
import { conformanceTypeSchema, kubernetesVersionSchema } from '../conformance/conformance-schema';

/** Text the app shows in both of its languages. */
export const localizedTextSchema = z.object({
  en: z.string().min(1),
  zh: z.string().min(1),
});
export type LocalizedText = z.infer<typeof localizedTextSchema>;

/** The four parts of the seed's "Kubernetes solution directory". */
export const seedSectionSchema = z.enum(['distributions', 'tools-services', 'devops', 'infrastructure']);
export type SeedSection = z.infer<typeof seedSectionSchema>;

/** The distributions section's own column: "平台" (platform) or "服务商" (service provider). */
export const distributionKindSchema = z.enum(['platform', 'service-provider']);
export type DistributionKind = z.infer<typeof distributionKindSchema>;

/** The four columns of the seed's Table 1.1. */
export const distributionTypeSchema = z.enum(['community', 'vendor', 'vendor-value-add', 'application-platform']);
export type DistributionType = z.infer<typeof distributionTypeSchema>;

/** The tools-and-services section's "专业服务类型" column. */
export const professionalServiceSchema = z.enum(['consulting', 'support', 'training', 'managed-service']);
export type ProfessionalService = z.infer<typeof professionalServiceSchema>;

/** The DevOps section's lifecycle column (创建, 构建, 打包/发布, 配置, 监控, 支持). */
export const devopsStageSchema = z.enum(['create', 'build', 'package-release', 'configure', 'monitor', 'support']);
export type DevopsStage = z.infer<typeof devopsStageSchema>;

export const catalogueTagSchema = z.enum([
  'distribution',
  'paas',
  'managed-service',
  'installer',
  'networking',
  'storage',
  'monitoring',
  'logging',
  'tracing',
  'security',
  'runtime',
  'registry',
  'service-mesh',
  'serverless',
  'ci-cd',
  'configuration',
  'package-management',
  'database',
  'operating-system',
  'dashboard',
  'backup',
  'api-gateway',
  'consulting',
  'testing',
  'scheduling',
  'identity',
  'development',
]);
export type CatalogueTag = z.infer<typeof catalogueTagSchema>;

/**
 * A product's state as of 2026: `active` (maintained; `maintainer` says by whom where it changed
 * hands), `renamed` or `acquired` (`successor` names the new product or owner), `folded-into-other`
 * (it lives on inside another project), `unmaintained` (nobody works on it, though it is not
 * archived), `archived` (its repository is read-only) or `discontinued` (end of life). A product
 * whose fate no source confirms has no status at all: the app says "not known".
 */
export const productStateSchema = z.enum([
  'active',
  'renamed',
  'acquired',
  'folded-into-other',
  'unmaintained',
  'archived',
  'discontinued',
]);
export type ProductState = z.infer<typeof productStateSchema>;

/** An official page (project site, repository, announcement, documentation) and the year it was read. */
export const statusSourceSchema = z.object({
  kind: z.literal('web'),
  url: z.url({ protocol: /^https$/ }),
  asOf: z.number().int().min(2017).max(2100),
});
export type StatusSource = z.infer<typeof statusSourceSchema>;

/** What became of a product since the seed was written (2017), with where that is confirmed. */
export const productStatusSchema = z.object({
  state: productStateSchema,
  /** The year the change happened; absent for `active`. */
  year: z.number().int().min(2000).max(2100).optional(),
  /** The successor product or acquiring organization, for `renamed`, `acquired` and `discontinued`. */
  successor: z.string().min(1).optional(),
  /** Who maintains it today, where that differs from the seed's organization. */
  maintainer: z.string().min(1).optional(),
  note: localizedTextSchema.optional(),
  sources: z.array(statusSourceSchema).min(1),
});
export type ProductStatus = z.infer<typeof productStatusSchema>;

export const landscapeMaturitySchema = z.enum(['sandbox', 'incubating', 'graduated', 'archived']);
export type LandscapeMaturity = z.infer<typeof landscapeMaturitySchema>;

/** Where a row's facts came from: one source per seed section or landscape path it was listed in. */
export const entrySourceSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('seed'),
    /** The seed section (and, for Table 1.1 facts, the table) the row was taken from. */
    section: seedSectionSchema,
    /** The product's name exactly as the seed spells it. */
    seedName: z.string().min(1),
  }),
  z.object({
    kind: z.literal('cncf-landscape'),
    category: z.string().min(1),
    subcategory: z.string().min(1),
    /** The landscape file's name, as the user imported it. */
    file: z.string().min(1),
  }),
  z.object({
    kind: z.literal('k8s-conformance'),
    /** The conformance data the row's certification was read from: the bundled data or the user's import. */
    dataset: z.string().min(1),
    /** The repository's folder names of the product's submissions. */
    folders: z.array(z.string().min(1)).min(1),
  }),
]);
export type EntrySource = z.infer<typeof entrySourceSchema>;

const webUrlSchema = z.url({ protocol: /^https?$/ });

/** What the conformance data says of a certified product (see `shared/conformance`). */
export const entryCertificationSchema = z.object({
  type: conformanceTypeSchema.optional(),
  /** Ascending: `v1.28`, `v1.29`… */
  versions: z.array(kubernetesVersionSchema).min(1),
  latest: kubernetesVersionSchema,
  /** Minor versions between `latest` and the newest version in the conformance data. */
  lag: z.number().int().nonnegative(),
  productVersion: z.string().min(1).optional(),
  documentation: z.url({ protocol: /^https?$/ }).optional(),
});
export type EntryCertification = z.infer<typeof entryCertificationSchema>;

export const catalogueEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
  name: z.string().min(1),
  /** Other spellings, including the seed's own where the name corrects it. */
  aliases: z.array(z.string().min(1)),
  organization: z.string().min(1).optional(),
  seedSection: seedSectionSchema.optional(),
  distributionKind: distributionKindSchema.optional(),
  distributionType: distributionTypeSchema.optional(),
  professionalService: professionalServiceSchema.optional(),
  devopsStage: devopsStageSchema.optional(),
  tags: z.array(catalogueTagSchema),
  description: localizedTextSchema.optional(),
  /** A landscape description, kept in the language the landscape wrote it (English). */
  landscapeDescription: z.string().min(1).optional(),
  status: productStatusSchema.optional(),
  maturity: landscapeMaturitySchema.optional(),
  // Web links only: a javascript: or file: URL in a data file or an imported landscape is refused.
  homepage: webUrlSchema.optional(),
  repository: webUrlSchema.optional(),
  sources: z.array(entrySourceSchema).min(1),
  certification: entryCertificationSchema.optional(),
});
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/** Table 1.1 of the seed: how the four kinds of distribution compare. */
export const distributionTypeTraitSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: localizedTextSchema,
  values: z.record(distributionTypeSchema, localizedTextSchema),
});
export const distributionTypeTableSchema = z.object({
  source: z.string().min(1),
  types: z.record(distributionTypeSchema, z.object({ label: localizedTextSchema, description: localizedTextSchema })),
  traits: z.array(distributionTypeTraitSchema).min(1),
});
export type DistributionTypeTable = z.infer<typeof distributionTypeTableSchema>;

/**
 * The built-in catalogue file: its entries carry no status, which lives once, in
 * data/catalogue/product-status.json, and is attached when the catalogue is served.
 */
export const builtInCatalogueSchema = z.object({
  source: z.string().min(1),
  entries: z.array(catalogueEntrySchema.omit({ status: true }).strict()).min(1),
});
export type BuiltInCatalogue = z.infer<typeof builtInCatalogueSchema>;
