import { describe, expect, it } from 'vitest';
import { createPlanTranslators } from './plan-document';
import { backupSectionToDocument, formatMinutes, identitySectionToDocument, ingressSectionToDocument } from './design-review-document';
import { backupPlanSectionSchema, designReviewGroups, designReviewOptionsIn, findBackupGaps, identityPlanSectionSchema, ingressPlanSectionSchema } from './design-review-sections';

const t = (await createPlanTranslators('en'))('planExport');

describe('design review options', () => {
  it('offers at least two options in every group, each with a web source', () => {
    for (const group of designReviewGroups) {
      const options = designReviewOptionsIn(group);
      expect(options.length).toBeGreaterThanOrEqual(2);
      for (const option of options) expect(option.source.en).toMatch(/https:\/\//u);
    }
  });

  it('defaults to options the data file knows', () => {
    const ids = (group: (typeof designReviewGroups)[number]) => designReviewOptionsIn(group).map((option) => option.id);
    expect(ids('ingress-api')).toContain(ingressPlanSectionSchema.parse({}).apiOptionId);
    expect(ids('backup-tool')).toContain(backupPlanSectionSchema.parse({}).toolOptionId);
    expect(ids('identity-provider')).toContain(identityPlanSectionSchema.parse({}).providerOptionId);
    expect(ids('rbac-model')).toContain(identityPlanSectionSchema.parse({}).rbacModelOptionId);
  });
});

describe('findBackupGaps', () => {
  const defaults = backupPlanSectionSchema.parse({ offsiteLocation: 'second site' });

  it('finds nothing wrong with the defaults once backups have a place away from the cluster', () => {
    expect(findBackupGaps(defaults)).toEqual([]);
    expect(findBackupGaps({ ...defaults, offsiteLocation: ' ' })).toEqual(['no-offsite-location']);
  });

  it('flags snapshots and backups taken less often than the RPO, and a restore never rehearsed', () => {
    expect(findBackupGaps({ ...defaults, rpoMinutes: 60, restoreDrill: 'never' })).toEqual([
      'etcd-snapshots-exceed-rpo',
      'workload-backups-exceed-rpo',
      'no-restore-drill',
    ]);
  });

  it('does not ask for workload backups when the team backs up etcd only', () => {
    expect(findBackupGaps({ ...defaults, toolOptionId: 'etcd-snapshots-only', rpoMinutes: 360 })).toEqual([]);
  });
});

describe('design review sections in the document', () => {
  it('warns first when the team has not confirmed the defaults, and not once it has', () => {
    const unconfirmed = ingressSectionToDocument(ingressPlanSectionSchema.parse({}), { t, language: 'en' });
    expect(unconfirmed[0]).toEqual({ kind: 'note', tone: 'warning', text: 'These are Kube Planner’s defaults: the team has not confirmed them yet.' });
    const confirmed = ingressSectionToDocument(ingressPlanSectionSchema.parse({ confirmed: true }), { t, language: 'en' });
    expect(confirmed.some((block) => block.kind === 'note' && block.tone === 'warning')).toBe(false);
  });

  it('states each backup gap with the figures behind it', () => {
    const blocks = backupSectionToDocument(backupPlanSectionSchema.parse({ rpoMinutes: 60, offsiteLocation: 'x', confirmed: true }), { t, language: 'en' });
    const warnings = blocks.filter((block) => block.kind === 'note' && block.tone === 'warning').map((block) => (block as { text: string }).text);
    expect(warnings).toEqual([
      'An etcd snapshot every 6 h can lose up to 6 h of changes, more than the RPO of 1 h allows.',
      'A backup every 24 h can lose up to 24 h of data, more than the RPO of 1 h allows.',
    ]);
  });

  it('asks for OIDC claims only when people sign in with OIDC', () => {
    const rows = (providerOptionId: string) =>
      (identitySectionToDocument(identityPlanSectionSchema.parse({ providerOptionId }), { t, language: 'en' }).find((block) => block.kind === 'table') as { rows: string[][] }).rows.map(
        (row) => row[0],
      );
    expect(rows('oidc')).toContain('Groups claim');
    expect(rows('client-certificates')).not.toContain('Groups claim');
  });

  it('writes whole hours as hours and anything else in minutes', () => {
    expect([formatMinutes(360, t), formatMinutes(90, t), formatMinutes(0, t)]).toEqual(['6 h', '90 min', '0 min']);
  });
});
