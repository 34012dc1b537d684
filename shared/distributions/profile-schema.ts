/**
 * Distribution profiles: what a team asks of each Kubernetes distribution, hosted service or installer
 * it shortlists, one fact per attribute. Every fact names its source (the seed, the conformance data, or
 * an official page of the product, as of 2026) or is `null`: not known. Nothing is guessed.
 *
 * Shape for ranking: each attribute is a {@link Fact} (`{ value, source }` or `null`), so a ranking reads
 * `profile.airGap?.value` and treats `null` as unknown; `installTargets`, `sdnSupport` and
 * `storageSupport` are maps whose missing keys are unknown too. {@link ResolvedDistributionProfile} adds
 * the certification, which is never typed into the profile but read from the conformance data.
 */
import { z } from 'zod';
import { distributionTypeSchema, entryCertificationSchema, localizedTextSchema } from '../catalogue/schema';

const webUrlSchema = z.url({ protocol: /^https$/u });

/** An official page a profile's facts cite, read on `accessed`. */
export const webSourceSchema = z.object({
  url: webUrlSchema,
  title: z.string().min(1),
  accessed: z.iso.date(),
});
export type WebSource = z.infer<typeof webSourceSchema>;

/**
 * Where one fact comes from: `seed` (the 2017 book, its section), `conformance` (the conformance data
 * in data/conformance), or the id of one of the profile's `sources`.
 */
export const factSourceSchema = z.string().min(1);

/** A sourced value, or `null` when nobody could source it: shown as "not known", never guessed. */
export function factSchema<T extends z.ZodType>(value: T) {
  return z.object({ value, source: factSourceSchema }).strict().nullable();
}
export type Fact<T> = { value: T; source: string } | null;

export const installTargetSchema = z.enum(['bare-metal', 'vsphere', 'aws', 'azure', 'gcp', 'edge']);
export type InstallTarget = z.infer<typeof installTargetSchema>;

export const supportModelSchema = z.enum(['community', 'commercial', 'community-and-commercial', 'cloud-provider']);
export type SupportModel = z.infer<typeof supportModelSchema>;

export const upgradeModelSchema = z.enum(['provider-managed', 'in-place-rolling', 'node-replacement', 'image-based']);
export type UpgradeModel = z.infer<typeof upgradeModelSchema>;

export const nodeOsSchema = z.object({
  /** The OS the product runs its nodes on, or "any supported Linux" spelled as the product spells it. */
  name: z.string().min(1),
  immutable: z.boolean(),
});

export const footprintSchema = z.object({
  /** Per node, the smallest the product documents. */
  cpus: z.number().positive().optional(),
  memoryMiB: z.number().int().positive().optional(),
});

const booleanFact = factSchema(z.boolean());
const textFact = factSchema(z.string().min(1));

export const distributionProfileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/u),
    name: z.string().min(1),
    /** Catalogue names the profile matches (name or alias), so the catalogue's row shows it. */
    catalogueNames: z.array(z.string().min(1)).min(1),
    /** Folder names in cncf/k8s-conformance: the certification is read from the conformance data. */
    conformanceFolders: z.array(z.string().min(1)),
    /** The seed's name where the 2017 book lists the product. */
    seedName: z.string().min(1).optional(),
    sources: z.record(z.string().regex(/^[a-z0-9-]+$/u), webSourceSchema),
    tableType: factSchema(distributionTypeSchema),
    vendor: textFact,
    supportModel: factSchema(supportModelSchema),
    openSource: booleanFact,
    licence: textFact,
    installTargets: z.partialRecord(installTargetSchema, booleanFact),
    airGap: booleanFact,
    minimumFootprint: factSchema(footprintSchema),
    defaultCni: textFact,
    defaultCsi: textFact,
    defaultIngress: textFact,
    /** Ids of data/choices/network-plugins.json. */
    sdnSupport: z.record(z.string(), booleanFact),
    /** Ids of data/choices/storage-options.json. */
    storageSupport: z.record(z.string(), booleanFact),
    nodeOs: factSchema(nodeOsSchema),
    clusterApi: booleanFact,
    installer: textFact,
    upgradeModel: factSchema(upgradeModelSchema),
    multiCluster: textFact,
    fips: booleanFact,
    /** A line about the product, written for this project. */
    summary: localizedTextSchema,
  })
  .strict();
export type DistributionProfile = z.infer<typeof distributionProfileSchema>;

export const distributionProfilesSchema = z
  .object({
    source: z.string().min(1),
    profiles: z.array(distributionProfileSchema).min(30),
  })
  .superRefine((data, context) => {
    const ids = new Set<string>();
    data.profiles.forEach((profile, index) => {
      if (ids.has(profile.id)) context.addIssue({ code: 'custom', path: ['profiles', index, 'id'], message: `duplicate id ${profile.id}` });
      ids.add(profile.id);
      for (const { path, source } of citedSources(profile)) {
        if (source === 'seed' || source === 'conformance' || source in profile.sources) continue;
        context.addIssue({ code: 'custom', path: ['profiles', index, ...path], message: `${profile.id}: unknown source "${source}"` });
      }
    });
  });
export type DistributionProfiles = z.infer<typeof distributionProfilesSchema>;

/** Every fact of a profile with where it sits, for checks and for the comparison's source list. */
export function citedSources(profile: DistributionProfile): { path: string[]; source: string }[] {
  const cited: { path: string[]; source: string }[] = [];
  const visit = (value: unknown, path: string[]) => {
    if (typeof value !== 'object' || value === null) return;
    if ('source' in value && 'value' in value && typeof value.source === 'string') {
      cited.push({ path, source: value.source });
      return;
    }
    for (const [key, child] of Object.entries(value)) visit(child, [...path, key]);
  };
  for (const [key, value] of Object.entries(profile)) {
    if (key !== 'sources') visit(value, [key]);
  }
  return cited;
}

/** A profile with what the conformance data in use says of it; `null` where it is not certified there. */
export const resolvedDistributionProfileSchema = distributionProfileSchema.extend({
  certification: entryCertificationSchema.nullable(),
});
export type ResolvedDistributionProfile = z.infer<typeof resolvedDistributionProfileSchema>;

export const resolvedDistributionProfilesSchema = z.object({
  source: z.string().min(1),
  /** The newest Kubernetes version in the conformance data, which `lag` counts from. */
  newestVersion: z.string().min(1),
  profiles: z.array(resolvedDistributionProfileSchema),
});
export type ResolvedDistributionProfiles = z.infer<typeof resolvedDistributionProfilesSchema>;
