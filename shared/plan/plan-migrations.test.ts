import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlanFile } from './plan-file';
import { englishErrorMessage } from '../i18n/english-errors';
import { UserError } from '../user-error';
import { readPlanVersion } from './plan-migrations';
import { PLAN_SCHEMA_VERSION } from './plan-schema';

const v1Text = readFileSync(join(import.meta.dirname, '../../tests/fixtures/plans/v1-plan.kplan.json'), 'utf8');
const v2Text = readFileSync(join(import.meta.dirname, '../../tests/fixtures/plans/v2-plan.kplan.json'), 'utf8');

describe('readPlanVersion', () => {
  it('reads schemaVersion from v2 on and version from v1', () => {
    expect(readPlanVersion({ schemaVersion: 2 })).toBe(2);
    expect(readPlanVersion({ version: 1 })).toBe(1);
  });

  it('is undefined for anything that is not a positive whole version', () => {
    for (const json of [null, [], 'plan', {}, { version: 0 }, { version: 1.5 }, { schemaVersion: '2' }]) {
      expect(readPlanVersion(json)).toBeUndefined();
    }
  });
});

describe('migrating a v1 plan file', () => {
  const plan = parsePlanFile(v1Text, 'v1-plan.kplan.json');

  it('reaches the current version with its fields carried over', () => {
    expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(plan).toMatchObject({
      id: 'v1-fixture-plan',
      title: 'Checkout cluster (结账集群)',
      team: 'Payments SRE',
      context: 'Move the checkout services off the VM fleet.',
      goals: ['Deploys without downtime', '每个服务有负责人'],
      createdAt: '2025-06-01T08:00:00.000Z',
      updatedAt: '2025-06-20T16:45:00.000Z',
      // Files from before revisions start counting their saves at 0.
      revision: 0,
    });
  });

  it('turns the one chosen distribution into a considered and chosen option with its rationale', () => {
    expect(plan.distribution).toMatchObject({
      status: 'accepted',
      context: '',
      consideredEntryIds: ['rancher'],
      chosenEntryIds: ['rancher'],
      rationale: 'Runs on our own hardware and keeps upstream Kubernetes.',
      consequences: '',
    });
  });

  it('computes the SLA budgets from the bare percentage (99.9 % over a 365-day year is 8.76 hours, seed Table 4.1)', () => {
    expect(plan.sla?.targetPercent).toBe(99.9);
    expect(plan.sla?.convention).toBe('year-365');
    expect(plan.sla?.budgetSeconds.year).toBeCloseTo(8.76 * 3600, 6);
    expect(plan.sla?.budgetSeconds.day).toBeCloseTo(86.4, 6);
  });

  it('makes each risk sentence an open risk', () => {
    expect(plan.risks).toEqual([
      { id: 'risk-1', description: 'Only two people know the network setup', mitigation: '', owner: '', status: 'open' },
      { id: 'risk-2', description: 'etcd backups untested', mitigation: '', owner: '', status: 'open' },
    ]);
  });

  it('leaves a v1 plan without an SLA target without an SLA section', () => {
    const { slaTarget: _dropped, ...withoutSla } = JSON.parse(v1Text) as Record<string, unknown>;
    expect(parsePlanFile(JSON.stringify(withoutSla)).sla).toBeNull();
  });

  it('refuses a v1 file that lacks what v1 always had, naming the field', () => {
    const { name: _dropped, ...withoutName } = JSON.parse(v1Text) as Record<string, unknown>;
    const error = (() => {
      try {
        parsePlanFile(JSON.stringify(withoutName), 'old.kplan.json');
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).key).toBe('planFile.wrongShape');
    expect(englishErrorMessage(error as UserError)).toMatch(/^old\.kplan\.json: The plan file \(version 1\) has a wrong value at name:/);
  });
});

describe('migrating a v2 plan file', () => {
  const v2 = JSON.parse(v2Text) as Record<string, unknown>;
  const plan = parsePlanFile(v2Text, 'v2-plan.kplan.json');

  it('keeps everything a v2 plan had', () => {
    expect(plan.schemaVersion).toBe(PLAN_SCHEMA_VERSION);
    expect(plan.distribution).toMatchObject(v2['distribution'] as object);
    for (const key of ['title', 'team', 'context', 'goals', 'sdn', 'sla', 'topology', 'security', 'risks', 'decisionLog']) {
      expect(plan[key as keyof typeof plan]).toEqual(v2[key]);
    }
  });

  it('accepts a decision that already names its choice, and leaves one without a choice proposed', () => {
    expect(plan.distribution.status).toBe('accepted');
    const undecided = { ...v2, distribution: { ...(v2['distribution'] as object), chosenEntryIds: [] } };
    expect(parsePlanFile(JSON.stringify(undecided)).distribution.status).toBe('proposed');
  });

  it('gives the new sections their defaults, unconfirmed, and the document a first draft', () => {
    expect(plan.approval).toEqual({ status: 'draft', version: '0.1', approvers: [] });
    expect(plan.ingress).toMatchObject({ apiOptionId: 'gateway-api', tls: 'cert-manager', confirmed: false });
    expect(plan.backup).toMatchObject({ rpoMinutes: 1440, rtoMinutes: 240, toolOptionId: 'velero', confirmed: false });
    expect(plan.identity).toMatchObject({ providerOptionId: 'oidc', groupsClaim: 'groups', rbacModelOptionId: 'team-edit', confirmed: false });
  });
});
