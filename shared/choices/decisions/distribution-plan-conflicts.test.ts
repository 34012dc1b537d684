import { describe, expect, it } from 'vitest';
import conformanceJson from '../../../data/conformance/k8s-conformance.json' with { type: 'json' };
import profilesJson from '../../../data/distributions/profiles.json' with { type: 'json' };
import { conformanceDatasetSchema } from '../../conformance/conformance-schema';
import { distributionProfilesSchema } from '../../distributions/profile-schema';
import { resolveDistributionProfiles } from '../../distributions/resolve-profiles';
import { createPlanTranslators, planToDocument } from '../../plan/plan-document';
import { type Plan, createEmptyPlan } from '../../plan/plan-schema';
import { planToMarkdown } from '../../plan/plan-to-markdown';
import type { DecisionInput } from '../decision/decision-registration';
import { distributionDecision } from './distribution-decision';
import { distributionConflicts } from './distribution-plan-conflicts';

const data = resolveDistributionProfiles(distributionProfilesSchema.parse(profilesJson), conformanceDatasetSchema.parse(conformanceJson));
const input: DecisionInput = { weights: {}, requirements: { 'certified-since': true, target: true }, settings: { certifiedSince: 'v1.34', target: 'bare-metal' } };

/** A plan with the chooser's result put in, choosing `optionId`, and the other choices as given. */
function planChoosing(optionId: string, rest: Partial<Pick<Plan, 'sdn' | 'cluster'>>): Plan {
  const outcome = distributionDecision.rank(data, input);
  if (!outcome.ok) throw new Error('expected a ranking');
  const chosen = outcome.ranking.find((entry) => entry.optionId === optionId)!;
  const plan = createEmptyPlan({ id: 'p', title: 'Distribution', now: new Date('2026-11-30T00:00:00Z') });
  return { ...plan, ...rest, distributionChooser: distributionDecision.toPlanSection(data, input, outcome, chosen, '') };
}

const sdnChoosing = (chosenOptionId: string): Plan['sdn'] => ({ weights: {}, requirements: {}, ranking: [], chosenOptionId, reasons: [], warnings: [], sources: [], rationale: '' });

async function markdown(plan: Plan, language: 'en' | 'zh-CN') {
  return planToMarkdown(planToDocument(plan, { language, translatorFor: await createPlanTranslators(language) }));
}

describe('the chooser in the plan', () => {
  const openshift = data.profiles.find((profile) => profile.id === 'openshift')!;
  const talos = data.profiles.find((profile) => profile.id === 'talos')!;

  it('lists every distribution considered with its pros and cons in the exported Markdown, in both languages', async () => {
    const plan = planChoosing('talos', {});
    const en = await markdown(plan, 'en');
    expect(en).toContain('## Distribution chooser');
    expect(en).toMatch(new RegExp(`1\\. ${talos.name} \\(score \\d+\\)\\. Good: meets: certified for v1\\.34 or newer, meets: runs on Bare metal`, 'u'));
    expect(en).toMatch(/Bad: (fails|not known): /u);
    for (const profile of data.profiles) expect(en).toContain(profile.name);
    const zh = await markdown(plan, 'zh-CN');
    expect(zh).toContain('## 发行版选择');
    expect(zh).toContain('优点：满足：已通过 v1.34 或更新版本的认证');
  });

  it('warns where the chosen distribution is not certified for the plan’s Kubernetes version, or installs another network plugin by default', async () => {
    const versions = openshift.certification!.versions;
    const older = `v1.${Number(versions[0]!.slice(3)) - 1}`;
    const plan = planChoosing('openshift', { sdn: sdnChoosing('calico'), cluster: { ...createEmptyPlan({ id: 'q', title: 'Q', now: new Date() }).cluster, kubernetesVersion: `${older}.2` } });
    expect(distributionConflicts(plan).map((conflict) => conflict.code)).toEqual(['version-not-certified', 'sdn-not-default']);
    const en = await markdown(plan, 'en');
    expect(en).toContain(`${openshift.name} is not certified for ${older}, the Kubernetes version of this plan`);
    expect(en).toContain(`${openshift.name} installs ${openshift.defaultCni!.value} by default; no source says it supports calico`);
    const zh = await markdown(plan, 'zh-CN');
    expect(zh).toContain(`${openshift.name} 未通过本部署方案所用 Kubernetes 版本 ${older} 的认证`);
  });

  it('raises nothing where the facts agree with the plan', () => {
    const latest = talos.certification!.latest;
    const plan = planChoosing('talos', { sdn: sdnChoosing('calico'), cluster: { ...createEmptyPlan({ id: 'q', title: 'Q', now: new Date() }).cluster, kubernetesVersion: latest } });
    expect(talos.sdnSupport.calico?.value).toBe(true);
    expect(distributionConflicts(plan)).toEqual([]);
  });
});
