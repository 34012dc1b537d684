import { parseDecimal } from '../sla/parse-sla-input';
import { SHARE_SUM_TOLERANCE, sumOfShares } from './namespace-quotas';
import {
  type TopologyPlanSection,
  namespaceNameSchema,
  objectNameSchema,
  topologyPlanSectionSchema,
} from './topology-plan-section';

/**
 * The panel's inputs as typed: strings, so a half-typed "1." or an empty field survives and is
 * reported instead of being coerced to a number the user did not mean.
 */
export type TopologyDraft = {
  zones: string;
  controlPlaneNodesPerZone: string;
  workerNodesPerZone: string;
  nodeCpuCores: string;
  nodeMemoryGiB: string;
  targetUtilizationPercent: string;
  reserveCpuCores: string;
  reserveMemoryGiB: string;
  podCidr: string;
  namespaces: { name: string; loadSharePercent: string }[];
  replicatedWorkloads: { namespace: string; name: string; replicas: string }[];
};

export type TopologyIssueCode =
  | 'required'
  | 'not-a-number'
  | 'not-whole'
  | 'negative'
  | 'not-positive'
  | 'too-large'
  | 'no-zones'
  | 'no-control-plane'
  | 'no-workers'
  | 'reserve-exceeds-node'
  | 'utilization-range'
  | 'shares-sum'
  | 'no-namespaces'
  | 'namespace-name'
  | 'namespace-duplicate'
  | 'workload-name'
  | 'workload-namespace'
  | 'pod-cidr';

export type TopologyIssue = {
  /** The input it is about: `zones`, `namespaces.2.name`, … (the panel puts the message beside it). */
  field: string;
  code: TopologyIssueCode;
  /** Values for the translated message. */
  params: Record<string, string | number>;
  /** The same message in English, for logs, the CLI and tests. */
  message: string;
};

export type TopologyCheck = { section: TopologyPlanSection; issues: [] } | { section: undefined; issues: TopologyIssue[] };

/** Read as every number field reads (a decimal comma, full-width digits); undefined when left empty, NaN when not a number. */
function parseNumber(text: string): number | undefined {
  const parsed = parseDecimal(text);
  if (parsed.ok) return parsed.value;
  return parsed.problem === 'empty' ? undefined : Number.NaN;
}

const IPV4_CIDR = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}\/(3[0-2]|[12]?\d)$/;
const IPV6_CIDR = /^[0-9a-f:]*:[0-9a-f:]*\/(12[0-8]|1[01]\d|[1-9]?\d)$/i;

export function isCidr(text: string): boolean {
  return IPV4_CIDR.test(text) || IPV6_CIDR.test(text);
}

type NumberRule = {
  whole?: boolean;
  min: 'zero' | 'positive';
  max?: number;
  label: string;
  /** What the label names (a namespace, a workload), for a translated label. */
  subject?: string;
};

/** Parses one numeric field and records at most one issue for it, the first rule it breaks. */
function readNumber(text: string, field: string, rule: NumberRule, issues: TopologyIssue[]): number | undefined {
  const issue = (code: TopologyIssueCode, message: string, params: Record<string, string | number> = {}) => {
    issues.push({ field, code, params: { label: rule.label, ...(rule.subject === undefined ? {} : { subject: rule.subject }), ...params }, message });
    return undefined;
  };
  const value = parseNumber(text);
  if (value === undefined) return issue('required', `${rule.label}: enter a value.`);
  if (!Number.isFinite(value)) return issue('not-a-number', `${rule.label}: "${text.trim()}" is not a number.`, { text: text.trim() });
  if (value < 0) return issue('negative', `${rule.label}: ${value} is negative; use 0 or more.`, { value });
  if (rule.whole && !Number.isInteger(value)) {
    return issue('not-whole', `${rule.label}: ${value} is not a whole number; nodes and zones come in whole units.`, { value });
  }
  if (rule.min === 'positive' && value === 0) return issue('not-positive', `${rule.label}: must be more than 0.`);
  if (rule.max !== undefined && value > rule.max) {
    return issue('too-large', `${rule.label}: ${value} is more than the ${rule.max} this planner supports.`, { value, max: rule.max });
  }
  return value;
}

/**
 * Checks the panel's inputs and, when they are all usable, returns the plan section they describe.
 * Every problem is reported at once, each naming its field, so the user can fix them in any order.
 */
export function checkTopologyDraft(draft: TopologyDraft): TopologyCheck {
  const issues: TopologyIssue[] = [];
  const zones = readNumber(draft.zones, 'zones', { whole: true, min: 'zero', max: 10, label: 'Zones' }, issues);
  if (zones === 0) {
    issues.push({ field: 'zones', code: 'no-zones', params: {}, message: 'Zones: a cluster needs at least one zone.' });
  }
  const controlPlane = readNumber(
    draft.controlPlaneNodesPerZone,
    'controlPlaneNodesPerZone',
    { whole: true, min: 'zero', max: 9, label: 'Control-plane nodes per zone' },
    issues,
  );
  if (controlPlane === 0) {
    issues.push({
      field: 'controlPlaneNodesPerZone',
      code: 'no-control-plane',
      params: {},
      message: 'Control-plane nodes per zone: with none there is no API server and no etcd.',
    });
  }
  const workers = readNumber(
    draft.workerNodesPerZone,
    'workerNodesPerZone',
    { whole: true, min: 'zero', max: 1_000, label: 'Worker nodes per zone' },
    issues,
  );
  if (workers === 0) {
    issues.push({
      field: 'workerNodesPerZone',
      code: 'no-workers',
      params: {},
      message: 'Worker nodes per zone: with none there is nowhere to run pods.',
    });
  }
  const cpu = readNumber(draft.nodeCpuCores, 'nodeCpuCores', { min: 'positive', max: 1_024, label: 'Worker CPU cores' }, issues);
  const memory = readNumber(draft.nodeMemoryGiB, 'nodeMemoryGiB', { min: 'positive', max: 65_536, label: 'Worker memory (GiB)' }, issues);
  const utilization = readNumber(
    draft.targetUtilizationPercent,
    'targetUtilizationPercent',
    { min: 'positive', label: 'Target utilization (%)' },
    issues,
  );
  if (utilization !== undefined && (utilization < 1 || utilization > 100)) {
    issues.push({
      field: 'targetUtilizationPercent',
      code: 'utilization-range',
      params: { value: utilization },
      message: `Target utilization (%): ${utilization} is outside 1–100.`,
    });
  }
  const reserveCpu = readNumber(draft.reserveCpuCores, 'reserveCpuCores', { min: 'zero', label: 'Reserved CPU cores' }, issues);
  const reserveMemory = readNumber(draft.reserveMemoryGiB, 'reserveMemoryGiB', { min: 'zero', label: 'Reserved memory (GiB)' }, issues);
  if (cpu !== undefined && reserveCpu !== undefined && reserveCpu >= cpu) {
    issues.push({
      field: 'reserveCpuCores',
      code: 'reserve-exceeds-node',
      params: { reserve: reserveCpu, node: cpu },
      message: `Reserved CPU cores: ${reserveCpu} leaves nothing of a ${cpu}-core node for pods.`,
    });
  }
  if (memory !== undefined && reserveMemory !== undefined && reserveMemory >= memory) {
    issues.push({
      field: 'reserveMemoryGiB',
      code: 'reserve-exceeds-node',
      params: { reserve: reserveMemory, node: memory },
      message: `Reserved memory (GiB): ${reserveMemory} leaves nothing of a ${memory} GiB node for pods.`,
    });
  }

  const podCidr = draft.podCidr.trim();
  if (podCidr !== '' && !isCidr(podCidr)) {
    issues.push({
      field: 'podCidr',
      code: 'pod-cidr',
      params: { text: podCidr },
      message: `Pod network: "${podCidr}" is not a CIDR block such as 10.244.0.0/16.`,
    });
  }

  const namespaces = draft.namespaces.map((namespace, index) => {
    const name = namespace.name.trim();
    if (!namespaceNameSchema.safeParse(name).success) {
      issues.push({
        field: `namespaces.${index}.name`,
        code: 'namespace-name',
        params: { name },
        message: `Namespace "${name}": use 1–63 lower-case letters, digits and hyphens, starting and ending with a letter or digit.`,
      });
    }
    const share = readNumber(
      namespace.loadSharePercent,
      `namespaces.${index}.loadSharePercent`,
      { min: 'zero', max: 100, label: `Load share of ${name || `namespace ${index + 1}`} (%)`, subject: name },
      issues,
    );
    return { name, loadSharePercent: share };
  });
  if (namespaces.length === 0) {
    issues.push({ field: 'namespaces', code: 'no-namespaces', params: {}, message: 'Namespaces: add at least one to split the capacity between.' });
  }
  const seen = new Set<string>();
  namespaces.forEach(({ name }, index) => {
    if (name !== '' && seen.has(name)) {
      issues.push({
        field: `namespaces.${index}.name`,
        code: 'namespace-duplicate',
        params: { name },
        message: `Namespace "${name}" is listed twice.`,
      });
    }
    seen.add(name);
  });
  if (namespaces.length > 0 && namespaces.every((namespace) => namespace.loadSharePercent !== undefined)) {
    const total = sumOfShares(namespaces as { name: string; loadSharePercent: number }[]);
    if (Math.abs(total - 100) > SHARE_SUM_TOLERANCE) {
      issues.push({
        field: 'namespaces',
        code: 'shares-sum',
        params: { total: Math.round(total * 100) / 100 },
        message: `Namespace load shares add up to ${Math.round(total * 100) / 100} %, not 100 %.`,
      });
    }
  }

  const replicatedWorkloads = draft.replicatedWorkloads.map((workload, index) => {
    const name = workload.name.trim();
    if (!objectNameSchema.safeParse(name).success) {
      issues.push({
        field: `replicatedWorkloads.${index}.name`,
        code: 'workload-name',
        params: { name },
        message: `Workload "${name}": use lower-case letters, digits, hyphens and dots, starting and ending with a letter or digit.`,
      });
    }
    if (!seen.has(workload.namespace)) {
      issues.push({
        field: `replicatedWorkloads.${index}.namespace`,
        code: 'workload-namespace',
        params: { name, namespace: workload.namespace },
        message: `Workload "${name}": its namespace "${workload.namespace}" is not in the namespace list.`,
      });
    }
    const replicas = readNumber(
      workload.replicas,
      `replicatedWorkloads.${index}.replicas`,
      { whole: true, min: 'positive', max: 10_000, label: `Replicas of ${name || `workload ${index + 1}`}`, subject: name },
      issues,
    );
    return { namespace: workload.namespace, name, replicas };
  });

  if (issues.length > 0) return { section: undefined, issues };
  // Every field was read above; the schema parse is the last word and cannot disagree with it.
  const section = topologyPlanSectionSchema.parse({
    zones,
    controlPlaneNodesPerZone: controlPlane,
    workerNodesPerZone: workers,
    workerNode: { cpuCores: cpu, memoryGiB: memory },
    targetUtilizationPercent: utilization,
    systemReserve: { cpuCores: reserveCpu, memoryGiB: reserveMemory },
    namespaces,
    ...(podCidr === '' ? {} : { podCidr }),
    replicatedWorkloads,
  });
  return { section, issues: [] };
}

export function draftFromSection(section: TopologyPlanSection): TopologyDraft {
  return {
    zones: String(section.zones),
    controlPlaneNodesPerZone: String(section.controlPlaneNodesPerZone),
    workerNodesPerZone: String(section.workerNodesPerZone),
    nodeCpuCores: String(section.workerNode.cpuCores),
    nodeMemoryGiB: String(section.workerNode.memoryGiB),
    targetUtilizationPercent: String(section.targetUtilizationPercent),
    reserveCpuCores: String(section.systemReserve.cpuCores),
    reserveMemoryGiB: String(section.systemReserve.memoryGiB),
    podCidr: section.podCidr ?? '',
    namespaces: section.namespaces.map((namespace) => ({ name: namespace.name, loadSharePercent: String(namespace.loadSharePercent) })),
    replicatedWorkloads: section.replicatedWorkloads.map((workload) => ({
      namespace: workload.namespace,
      name: workload.name,
      replicas: String(workload.replicas),
    })),
  };
}

/** The seed's 60 % target (Section 5, "the 60/40 rule"). */
export const SEED_TARGET_UTILIZATION_PERCENT = 60;
/** The seed keeps at least 15 % of memory for system daemons (Section 5, the example before Table 5.1). */
export const SEED_MEMORY_RESERVE_PERCENT = 15;

/**
 * A three-zone starting point: one control-plane node per zone (the seed's advice of a master in
 * every zone, and an odd etcd count), the seed's 60 % target and 15 % memory reserve, and Table 5.1's
 * 50/25/25 namespace split. The node size and the CPU reserve are placeholders, not seed figures.
 */
export function defaultTopologyDraft(): TopologyDraft {
  const nodeMemoryGiB = 16;
  return {
    zones: '3',
    controlPlaneNodesPerZone: '1',
    workerNodesPerZone: '2',
    nodeCpuCores: '8',
    nodeMemoryGiB: String(nodeMemoryGiB),
    targetUtilizationPercent: String(SEED_TARGET_UTILIZATION_PERCENT),
    reserveCpuCores: '0.5',
    reserveMemoryGiB: String((nodeMemoryGiB * SEED_MEMORY_RESERVE_PERCENT) / 100),
    podCidr: '',
    namespaces: [
      { name: 'namespace-a', loadSharePercent: '50' },
      { name: 'namespace-b', loadSharePercent: '25' },
      { name: 'namespace-c', loadSharePercent: '25' },
    ],
    replicatedWorkloads: [],
  };
}
