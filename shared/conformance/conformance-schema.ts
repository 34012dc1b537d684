/**
 * Certified Kubernetes as data: the facts of the `PRODUCT.yaml` files of cncf/k8s-conformance
 * (Apache-2.0), one record per product with every Kubernetes version it is certified for. Vendors'
 * descriptions and contact addresses are never kept: the first are their sentences, the second personal data.
 */
import { z } from 'zod';

/** A PRODUCT.yaml is a dozen lines; anything much larger is not one. */
export const MAX_PRODUCT_FILE_BYTES = 64 * 1024;

/** A Kubernetes minor version as the repository names its folders: `v1.35`. */
export const kubernetesVersionSchema = z.string().regex(/^v1\.\d{1,3}$/u);
export type KubernetesVersion = z.infer<typeof kubernetesVersionSchema>;

/** The three kinds of certified product; the files write them as free text, mapped by {@link classifyConformanceType}. */
export const conformanceTypeSchema = z.enum(['distribution', 'hosted', 'installer']);
export type ConformanceType = z.infer<typeof conformanceTypeSchema>;

const webUrlSchema = z.url({ protocol: /^https?$/u });

/** One folder `vX.Y/<slug>/` of the repository: a product certified for one version. */
export const conformanceSubmissionSchema = z.object({
  version: kubernetesVersionSchema,
  /** The folder name as published (some have capitals, dots or spaces). */
  slug: z.string().min(1),
  /** The commit of the stored `PRODUCT.yaml` the facts were read from, where it is known. */
  commit: z.string().regex(/^[0-9a-f]{40}$/u).optional(),
});
export type ConformanceSubmission = z.infer<typeof conformanceSubmissionSchema>;

export const certifiedProductSchema = z.object({
  /** Stable within a dataset: the folder name of its newest submission, lower-cased. */
  id: z.string().min(1),
  vendor: z.string().min(1),
  name: z.string().min(1),
  /** The product's own version in its newest submission, as written (`v1.35.0+k3s1`, `4.22.0-ec.4`). */
  productVersion: z.string().min(1).optional(),
  /** Absent where the files only say something ambiguous, such as "platform". */
  type: conformanceTypeSchema.optional(),
  /** The `type` texts as the files wrote them, each once. */
  declaredTypes: z.array(z.string().min(1)),
  website: webUrlSchema.optional(),
  repository: webUrlSchema.optional(),
  documentation: webUrlSchema.optional(),
  /** Ascending, each once. */
  versions: z.array(kubernetesVersionSchema).min(1),
  submissions: z.array(conformanceSubmissionSchema).min(1),
});
export type CertifiedProduct = z.infer<typeof certifiedProductSchema>;

export const conformanceDatasetSchema = z.object({
  /** Where the facts were read from: a sentence with the repository, the licence and how it was read. */
  source: z.string().min(1),
  /** The file or folder the user imported; absent for the bundled dataset. */
  importedFrom: z.string().min(1).optional(),
  /** The version folders the dataset covers, ascending. */
  versions: z.array(kubernetesVersionSchema).min(1),
  products: z.array(certifiedProductSchema),
  /**
   * Folders known to be certified whose `PRODUCT.yaml` was not read (the bundled data lists older
   * versions by folder name) and whose folder name no read file shares: certified, but not known as what.
   */
  unreadSubmissions: z.array(conformanceSubmissionSchema),
});
export type ConformanceDataset = z.infer<typeof conformanceDatasetSchema>;

/** The minor number of a version: 35 for `v1.35`. */
export function minorOf(version: KubernetesVersion): number {
  return Number(version.slice(3));
}

export function compareVersions(left: KubernetesVersion, right: KubernetesVersion): number {
  return minorOf(left) - minorOf(right);
}

/** The newest version any product of the dataset is certified for. */
export function newestVersionOf(dataset: Pick<ConformanceDataset, 'versions'>): KubernetesVersion {
  return dataset.versions.reduce((newest, version) => (compareVersions(version, newest) > 0 ? version : newest));
}

/**
 * The free-text `type` of a PRODUCT.yaml as one of the three kinds. "hosted platform" is hosted and
 * "container platform" and "distro" are distributions; a bare "platform" is left unclassified, because
 * the files use it both for a hosted service (Amazon EKS) and for a distribution (StarlingX).
 */
export function classifyConformanceType(declared: string): ConformanceType | undefined {
  const text = declared.trim().toLowerCase().replace(/\s+/gu, ' ');
  if (text.includes('hosted') || text.includes('managed')) return 'hosted';
  if (text.includes('installer')) return 'installer';
  if (text.includes('distribution') || text === 'distro' || text === 'container platform') return 'distribution';
  return undefined;
}

/** Why a PRODUCT.yaml was skipped. */
export const damagedReasonSchema = z.enum(['not-yaml', 'not-mapping', 'missing-name', 'missing-vendor', 'too-large']);
export type DamagedReason = z.infer<typeof damagedReasonSchema>;

export const damagedFileSchema = z.object({
  path: z.string().min(1),
  reason: damagedReasonSchema,
  /** An English sentence for logs and `--json`; the UI says the same from `reason`. */
  detail: z.string().min(1),
});
export type DamagedFile = z.infer<typeof damagedFileSchema>;

const countSchema = z.number().int().nonnegative();

/** The type buckets of a report, in the order reports list them. */
export const typeBuckets = [...conformanceTypeSchema.options, 'unclassified'] as const;
export const typeCountSchema = z.object({
  distribution: countSchema,
  hosted: countSchema,
  installer: countSchema,
  unclassified: countSchema,
});
export type TypeCount = z.infer<typeof typeCountSchema>;

/** What an import of conformance files read: the report the user sees, in the CLI and the app. */
export const conformanceImportReportSchema = z.object({
  /** The folder or zip the user chose. */
  source: z.string().min(1),
  /** `PRODUCT.yaml` files found under a version folder, damaged ones included. */
  productFiles: countSchema,
  /** Every other file (logs, JUnit results, READMEs, files outside version folders). */
  ignoredFiles: countSchema,
  damaged: z.array(damagedFileSchema),
  products: countSchema,
  /** Products certified per version, newest first. */
  perVersion: z.array(z.object({ version: kubernetesVersionSchema, products: countSchema })),
  /** Products per type (of their newest submission that states one clearly). */
  perType: typeCountSchema,
});
export type ConformanceImportReport = z.infer<typeof conformanceImportReportSchema>;

/** An import as main keeps it on disk: the dataset it replaces the bundled one with, and its report. */
export const conformanceImportRecordSchema = z.object({
  importedAt: z.iso.datetime(),
  dataset: conformanceDatasetSchema,
  report: conformanceImportReportSchema,
});
export type ConformanceImportRecord = z.infer<typeof conformanceImportRecordSchema>;
