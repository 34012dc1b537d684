import type { TFunction } from 'i18next';
import type { AvailabilityNode, EvaluatedNode } from '../../shared/sla/composite-availability';
import { parseCompositeSpec } from '../../shared/sla/composite-spec';
import { type KubernetesPreset, defaultKubernetesPreset, kubernetesPresetSchema } from '../../shared/sla/kubernetes-availability';
import { decimalOrNaN } from '../../shared/sla/parse-sla-input';
import { type Print, type SlaCommandContext, SlaInputError, duration, missing, padToColumns, percent } from './sla-cli-context';

function describeTree(node: EvaluatedNode, context: SlaCommandContext, depth = 0): string[] {
  const { sla } = context;
  const source: AvailabilityNode = node.node;
  const label =
    source.kind === 'component'
      ? source.name
      : source.kind === 'k-of-n'
        ? sla('composite.tree.kOfN', { required: source.required, count: source.count })
        : sla(`composite.tree.${source.kind}`);
  const line = `${'  '.repeat(depth + 1)}${padToColumns(label, 28 - 2 * depth)} ${percent(context, node.availability * 100)}`;
  return [line, ...node.children.flatMap((child) => describeTree(child, context, depth + 1))];
}

function presetFromFlags(context: SlaCommandContext): KubernetesPreset {
  const { values } = context;
  const flags: [keyof KubernetesPreset, string | undefined][] = [
    ['zones', values.zones],
    ['apiServers', values['api-servers']],
    ['etcdMembers', values.etcd],
    ['workersNeeded', values.workers],
    ['spareWorkers', values.spare],
    ['zonePercent', values['zone-sla']],
    ['loadBalancerPercent', values['lb-sla']],
    ['apiServerPercent', values['api-sla']],
    ['etcdMemberPercent', values['etcd-sla']],
    ['workerPercent', values['worker-sla']],
  ];
  const preset = { ...defaultKubernetesPreset };
  for (const [field, text] of flags) if (text !== undefined) preset[field] = decimalOrNaN(text);
  const checked = kubernetesPresetSchema.safeParse(preset);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = String(issue?.path[0] ?? '');
    const label = context.sla(`composite.fields.${field}`);
    throw new SlaInputError(`${label}: ${issue?.message ?? ''}`, `${context.slaEnglish(`composite.fields.${field}`)}: ${issue?.message ?? ''}`);
  }
  return checked.data;
}

function blockLabel(block: string, preset: KubernetesPreset, quorum: number, sla: TFunction): string {
  return sla(`composite.blocks.${block}`, {
    count: block === 'workers' ? preset.workersNeeded + preset.spareWorkers : block === 'etcd' ? preset.etcdMembers : preset.apiServers,
    quorum,
    needed: preset.workersNeeded,
  });
}

function changeLabel(change: string, before: KubernetesPreset, after: KubernetesPreset, sla: TFunction): string {
  const field = { 'add-zone': 'zones', 'add-api-server': 'apiServers', 'add-etcd-pair': 'etcdMembers', 'add-spare-worker': 'spareWorkers' }[
    change
  ] as keyof KubernetesPreset;
  return sla(`composite.changes.${change}`, { from: before[field], to: after[field] });
}

/** `sla composite k8s --zones 3 …`: the Kubernetes preset, with what each single change buys. */
async function kubernetesComposite(context: SlaCommandContext, print: Print): Promise<number> {
  const { sla } = context;
  const preset = presetFromFlags(context);
  const evaluated = await context.call('evaluateKubernetesAvailability', { preset });
  if (evaluated === undefined) return 1;
  const { result, whatIfs } = evaluated;
  const availability = (unavailability: number) => (1 - unavailability) * 100;
  print(
    {
      preset,
      controlPlanePercent: availability(result.controlPlaneUnavailability),
      clusterPercent: availability(result.clusterUnavailability),
      blocksPercent: Object.fromEntries(Object.entries(result.blocks).map(([block, u]) => [block, availability(u)])),
      weakest: result.weakest,
      etcdQuorum: result.etcdQuorum,
      whatIfs: whatIfs.map((whatIf) => ({
        change: whatIf.change,
        controlPlanePercent: availability(whatIf.result.controlPlaneUnavailability),
        clusterPercent: availability(whatIf.result.clusterUnavailability),
      })),
    },
    () => {
      const year = 365 * 86_400;
      const lines = [
        `${padToColumns(sla('composite.controlPlane'), 24)} ${percent(context, availability(result.controlPlaneUnavailability))}  ${sla('composite.perYear', { downtime: duration(context, result.controlPlaneUnavailability * year) })}`,
        `${padToColumns(sla('composite.cluster'), 24)} ${percent(context, availability(result.clusterUnavailability))}  ${sla('composite.perYear', { downtime: duration(context, result.clusterUnavailability * year) })}`,
        sla('composite.quorum', { members: preset.etcdMembers, quorum: result.etcdQuorum, tolerates: result.etcdTolerates }),
        `${sla('composite.weakest')}: ${blockLabel(result.weakest, preset, result.etcdQuorum, sla)}`,
        `${sla('composite.whatIfCaption')}:`,
        ...whatIfs.map(
          (whatIf) =>
            `  ${padToColumns(changeLabel(whatIf.change, preset, whatIf.preset, sla), 26)} ${percent(context, availability(whatIf.result.controlPlaneUnavailability))}`,
        ),
        sla('composite.assumptions'),
      ];
      return lines.join('\n');
    },
  );
  return 0;
}

/** `sla composite 'lb:99.99 * 2x(api:99.9)'` or `sla composite k8s --zones 3 …` */
export async function composite(args: string[], context: SlaCommandContext, print: Print): Promise<number> {
  const [spec] = args;
  if (spec === undefined) missing(context, '<spec> | k8s');
  if (spec === 'k8s') return kubernetesComposite(context, print);
  const { sla } = context;
  const tree = parseCompositeSpec(args.join(' '));
  const answer = await context.call('evaluateComposite', { tree });
  if (answer === undefined) return 1;
  const { evaluated, weakest } = answer;
  print(
    { availabilityPercent: evaluated.availability * 100, unavailability: evaluated.unavailability, tree },
    () =>
      [
        sla('composite.specResult', {
          percent: percent(context, evaluated.availability * 100),
          downtime: duration(context, evaluated.unavailability * 365 * 86_400),
        }),
        ...describeTree(evaluated, context),
        ...(weakest?.kind === 'component' ? [sla('composite.specWeakest', { name: weakest.name })] : []),
        sla('composite.assumptions'),
      ].join('\n'),
  );
  return 0;
}
