import type { DocumentBlock, DocumentTranslate } from '../../plan/document-model';
import type { Plan } from '../../plan/plan-schema';

/** Something the chosen distribution's facts say against another choice of the plan. */
export type DistributionConflict =
  | { code: 'version-not-certified'; version: string; certified: string[] }
  | { code: 'sdn-not-supported'; sdn: string }
  | { code: 'sdn-not-default'; sdn: string; defaultCni: string }
  | { code: 'storage-not-supported'; storage: string };

/** `v1.35.2`, `1.35` or `v1.35` as the conformance data names it: `v1.35`. */
const minorVersion = (version: string) => `v${version.replace(/^v/u, '').split('.').slice(0, 2).join('.')}`;

/**
 * The chosen distribution's facts (certified versions, default CNI, supported SDN and storage) held
 * against the plan's Kubernetes version, network plugin and storage. Only a recorded fact makes a
 * conflict: where the profile says nothing, nothing is claimed, except that a plugin other than the
 * default one is not known to be supported.
 */
export function distributionConflicts(plan: Pick<Plan, 'distributionChooser' | 'sdn' | 'storage' | 'cluster'>): DistributionConflict[] {
  const chooser = plan.distributionChooser;
  if (chooser === null) return [];
  const facts = chooser.chosenFacts;
  const conflicts: DistributionConflict[] = [];
  if (plan.cluster.kubernetesVersion !== '') {
    const version = minorVersion(plan.cluster.kubernetesVersion);
    if (!facts.certifiedVersions.includes(version)) conflicts.push({ code: 'version-not-certified', version, certified: facts.certifiedVersions });
  }
  const sdn = plan.sdn?.chosenOptionId;
  if (sdn !== undefined) {
    const supported = facts.sdnSupport[sdn];
    if (supported === false) conflicts.push({ code: 'sdn-not-supported', sdn });
    else if (supported === undefined && facts.defaultCni !== null && !facts.defaultCni.toLowerCase().includes(sdn.toLowerCase())) {
      conflicts.push({ code: 'sdn-not-default', sdn, defaultCni: facts.defaultCni });
    }
  }
  const storage = plan.storage?.chosenOptionId;
  if (storage !== undefined && facts.storageSupport[storage] === false) conflicts.push({ code: 'storage-not-supported', storage });
  return conflicts;
}

/** The conflicts as warnings in the exported plan, worded in its language ('choices' namespace). */
export function distributionConflictBlocks(plan: Pick<Plan, 'distributionChooser' | 'sdn' | 'storage' | 'cluster'>, t: DocumentTranslate): DocumentBlock[] {
  const option = plan.distributionChooser?.ranking.find((entry) => entry.optionId === plan.distributionChooser?.chosenOptionId)?.optionName ?? '';
  return distributionConflicts(plan).map((conflict) => ({
    kind: 'note',
    tone: 'warning',
    text: t(`distribution.conflicts.${conflict.code}`, {
      ...conflict,
      option,
      certified: 'certified' in conflict ? (conflict.certified.length > 0 ? conflict.certified.join(t('document.listSeparator')) : t('distribution.facts.notCertified')) : undefined,
    }),
  }));
}
