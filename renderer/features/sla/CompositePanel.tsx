import { decimalOrNaN } from '../../../shared/sla/parse-sla-input';
import { useId, useMemo } from 'react';
import { type EvaluatedNode, evaluateAvailability, weakestLink } from '../../../shared/sla/composite-availability';
import { parseCompositeSpec } from '../../../shared/sla/composite-spec';
import { describeError } from '../../../shared/i18n/describe-error';
import { UserError } from '../../../shared/user-error';
import {
  type KubernetesPreset,
  defaultKubernetesPreset,
  evaluateKubernetesAvailability,
  kubernetesBlocks,
  kubernetesPresetSchema,
} from '../../../shared/sla/kubernetes-availability';
import { kubernetesPresetFromPlan, noticeableWhatIfs } from '../../../shared/sla/kubernetes-plan-preset';
import { useAppStore } from '../../app/store';
import { DataTable, type DataTableColumn } from '../../ui/DataTable';
import { NumberField } from '../../ui/NumberField';
import { type SlaTools, defaultSlaTools } from './sla-slice';
import { useSlaFormat } from './use-sla-format';

const YEAR_SECONDS = 365 * 86_400;
/** The class of the weakest block's row, drawn bold. */
const weakestClass = 'weakest';
type KubernetesBlock = (typeof kubernetesBlocks)[number];
type KubernetesAvailability = ReturnType<typeof evaluateKubernetesAvailability>;
const presetFields = Object.keys(defaultKubernetesPreset) as (keyof KubernetesPreset)[];
const countLimits: Partial<Record<keyof KubernetesPreset, [number, number]>> = {
  apiServers: [1, 15],
  etcdMembers: [1, 15],
  workersNeeded: [1, 15],
  spareWorkers: [0, 15],
  zones: [1, 6],
};

type PresetTexts = Record<keyof KubernetesPreset, string>;
const textsOf = (preset: KubernetesPreset) =>
  Object.fromEntries(presetFields.map((field) => [field, String(preset[field])])) as PresetTexts;
const sameTexts = (a: PresetTexts, b: PresetTexts) => presetFields.every((field) => a[field] === b[field]);

function readPreset(texts: PresetTexts) {
  const preset = Object.fromEntries(presetFields.map((field) => [field, decimalOrNaN(texts[field])]));
  const parsed = kubernetesPresetSchema.safeParse(preset);
  const invalid = new Set(parsed.success ? [] : parsed.error.issues.map((issue) => issue.path[0] as keyof KubernetesPreset));
  return { preset: parsed.success ? parsed.data : undefined, invalid };
}

export function CompositePanel({ tools }: { tools: SlaTools }) {
  const format = useSlaFormat();
  const { t } = format;
  const updateTools = useAppStore((state) => state.updateSlaTools);
  const topology = useAppStore((state) => state.plan?.topology);
  const planSla = useAppStore((state) => state.plan?.sla);
  // Until the user types their own figures, the model starts from the plan's sized cluster.
  const untouched = sameTexts(tools.kubernetes, defaultSlaTools.kubernetes);
  const typed = useMemo(() => readPreset(tools.kubernetes), [tools.kubernetes]);
  const planPreset = useMemo(() => kubernetesPresetFromPlan(topology, typed.preset ?? defaultKubernetesPreset), [topology, typed.preset]);
  const texts = untouched && planPreset ? textsOf(planPreset) : tools.kubernetes;
  const { preset, invalid } = useMemo(() => readPreset(texts), [texts]);
  const result = useMemo(() => (preset ? evaluateKubernetesAvailability(preset) : undefined), [preset]);
  const whatIfs = useMemo(() => (preset && result ? noticeableWhatIfs(preset, result) : []), [preset, result]);
  const percentOf = (unavailability: number) => format.percent((1 - unavailability) * 100, 5);
  const zoneWhatIf = whatIfs.find((whatIf) => whatIf.change === 'add-zone');

  const blockLabel = (block: (typeof kubernetesBlocks)[number]) =>
    preset
      ? t(`composite.blocks.${block}`, {
          count: block === 'workers' ? preset.workersNeeded + preset.spareWorkers : block === 'etcd' ? preset.etcdMembers : preset.apiServers,
          quorum: result?.etcdQuorum,
          needed: preset.workersNeeded,
        })
      : '';
  const fieldProblem = (field: keyof KubernetesPreset) => {
    const limits = countLimits[field];
    return limits ? t('composite.outOfRange', { min: limits[0], max: limits[1] }) : t('composite.percentRange');
  };
  const changeField: Record<string, keyof KubernetesPreset> = {
    'add-zone': 'zones',
    'add-api-server': 'apiServers',
    'add-etcd-pair': 'etcdMembers',
    'add-spare-worker': 'spareWorkers',
  };

  const blockColumns = (evaluated: KubernetesAvailability): DataTableColumn<KubernetesBlock>[] => [
    {
      id: 'block',
      header: t('composite.blockColumn'),
      rowHeader: true,
      cell: (block) => (
        <>
          {blockLabel(block)}
          {block === evaluated.weakest && <span className="badge warning">{t('composite.weakest')}</span>}
        </>
      ),
    },
    { id: 'availability', header: t('composite.availabilityColumn'), numeric: true, cell: (block) => percentOf(evaluated.blocks[block]) },
    { id: 'downtime-year', header: t('composite.downtimeYearColumn'), cell: (block) => format.duration(evaluated.blocks[block] * YEAR_SECONDS) },
  ];
  const whatIfColumns = (current: KubernetesPreset, evaluated: KubernetesAvailability): DataTableColumn<(typeof whatIfs)[number]>[] => [
    {
      id: 'change',
      header: t('composite.changeColumn'),
      rowHeader: true,
      cell: (whatIf) =>
        t(`composite.changes.${whatIf.change}`, { from: current[changeField[whatIf.change] ?? 'zones'], to: whatIf.preset[changeField[whatIf.change] ?? 'zones'] }),
    },
    { id: 'control-plane', header: t('composite.controlPlaneColumn'), numeric: true, cell: (whatIf) => percentOf(whatIf.result.controlPlaneUnavailability) },
    { id: 'cluster', header: t('composite.cluster'), numeric: true, cell: (whatIf) => percentOf(whatIf.result.clusterUnavailability) },
    {
      id: 'gain',
      header: t('composite.gainColumn'),
      cell: (whatIf) => format.duration(Math.max(0, evaluated.controlPlaneUnavailability - whatIf.result.controlPlaneUnavailability) * YEAR_SECONDS),
    },
  ];

  return (
    <div className="sla-grid composite">
      <div className="card">
        <h2 className="card-heading">{t('composite.heading')}</h2>
        <p className="field-hint">{t('composite.intro')}</p>
        {planPreset && (
          <p className="composite-plan-source">
            {sameTexts(texts, textsOf(planPreset)) ? (
              t('composite.fromPlan')
            ) : (
              <button type="button" className="button subtle" onClick={() => updateTools({ kubernetes: textsOf(planPreset) })}>
                {t('composite.startFromPlan')}
              </button>
            )}
          </p>
        )}
        <div className="preset-grid">
          {presetFields.map((field) => (
            <NumberField
              key={field}
              label={t(`composite.fields.${field}`)}
              value={texts[field]}
              invalid={invalid.has(field)}
              onChange={(value) => updateTools({ kubernetes: { ...texts, [field]: value } })}
            />
          ))}
        </div>
        {[...invalid].map((field) => (
          <p key={field} className="field-error" role="alert">
            {t('composite.invalidField', { field: t(`composite.fields.${field}`), problem: fieldProblem(field) })}
          </p>
        ))}
        <p className="source-note">{t('composite.assumptions')}</p>
      </div>

      {preset && result && (
        <div className="card composite-result" aria-live="polite">
          <dl className="headline-figures">
            <div>
              <dt>{t('composite.controlPlane')}</dt>
              <dd data-figure="control-plane">{percentOf(result.controlPlaneUnavailability)}</dd>
              <dd className="figure-note">{t('composite.perYear', { downtime: format.duration(result.controlPlaneUnavailability * YEAR_SECONDS) })}</dd>
            </div>
            <div>
              <dt>{t('composite.cluster')}</dt>
              <dd data-figure="cluster">{percentOf(result.clusterUnavailability)}</dd>
              <dd className="figure-note">{t('composite.perYear', { downtime: format.duration(result.clusterUnavailability * YEAR_SECONDS) })}</dd>
            </div>
          </dl>
          <p className="field-hint">{t('composite.quorum', { members: preset.etcdMembers, quorum: result.etcdQuorum, tolerates: result.etcdTolerates })}</p>
          {planSla && (
            <p className={(1 - result.clusterUnavailability) * 100 >= planSla.targetPercent ? 'plan-match' : 'field-error'} data-testid="plan-target">
              {t((1 - result.clusterUnavailability) * 100 >= planSla.targetPercent ? 'composite.meetsPlanTarget' : 'composite.missesPlanTarget', {
                target: format.percent(planSla.targetPercent),
                cluster: percentOf(result.clusterUnavailability),
              })}
            </p>
          )}
          {zoneWhatIf && (
            <p className="zone-gain" data-testid="zone-gain">
              {t('composite.zoneGain', {
                from: preset.zones,
                to: zoneWhatIf.preset.zones,
                before: percentOf(result.controlPlaneUnavailability),
                after: percentOf(zoneWhatIf.result.controlPlaneUnavailability),
                saved: format.duration(Math.max(0, result.controlPlaneUnavailability - zoneWhatIf.result.controlPlaneUnavailability) * YEAR_SECONDS),
              })}
            </p>
          )}
          <DataTable
            caption={t('composite.blocksCaption')}
            columns={blockColumns(result)}
            rows={kubernetesBlocks}
            rowKey={(block) => block}
            rowAttributes={(block) => ({ className: block === result.weakest ? weakestClass : undefined })}
          />
          {whatIfs.length > 0 && (
            <DataTable
              caption={t('composite.whatIfCaption')}
              columns={whatIfColumns(preset, result)}
              rows={whatIfs}
              rowKey={(whatIf) => whatIf.change}
              rowAttributes={(whatIf) => ({ 'data-change': whatIf.change })}
            />
          )}
        </div>
      )}
      <CustomComposite spec={tools.compositeSpec} />
    </div>
  );
}

function CustomComposite({ spec }: { spec: string }) {
  const format = useSlaFormat();
  const { t } = format;
  const updateTools = useAppStore((state) => state.updateSlaTools);
  const id = useId();
  const evaluation = useMemo(() => {
    try {
      const evaluated = evaluateAvailability(parseCompositeSpec(spec));
      return { evaluated, weakest: weakestLink(evaluated) };
    } catch (error) {
      if (error instanceof UserError || error instanceof RangeError) return { error };
      throw error;
    }
  }, [spec]);
  return (
    <div className="card custom-composite">
      <h2 className="card-heading">{t('composite.specHeading')}</h2>
      <label className="field-label" htmlFor={`${id}-spec`}>
        {t('composite.specLabel')}
      </label>
      <input
        id={`${id}-spec`}
        className="text-input mono"
        value={spec}
        spellCheck={false}
        aria-invalid={evaluation.error !== undefined}
        aria-describedby={`${id}-spec-hint`}
        onChange={(event) => updateTools({ compositeSpec: event.target.value })}
      />
      <p id={`${id}-spec-hint`} className="field-hint">
        {t('composite.specHint')}
      </p>
      {evaluation.error !== undefined ? (
        <p className="field-error" role="alert">
          {t('composite.specInvalid', { message: describeError(evaluation.error, t) })}
        </p>
      ) : (
        <>
          <p className="spec-result" aria-live="polite">
            {t('composite.specResult', {
              percent: format.percent(evaluation.evaluated.availability * 100, 5),
              downtime: format.duration(evaluation.evaluated.unavailability * YEAR_SECONDS),
            })}
            {evaluation.weakest?.node.kind === 'component' && <span className="spec-weakest">{t('composite.specWeakest', { name: evaluation.weakest.node.name })}</span>}
          </p>
          <ul className="composite-tree" aria-label={t('composite.treeLabel')}>
            <TreeNode node={evaluation.evaluated} />
          </ul>
        </>
      )}
    </div>
  );
}

function TreeNode({ node }: { node: EvaluatedNode }) {
  const format = useSlaFormat();
  const { t } = format;
  const source = node.node;
  const label =
    source.kind === 'component'
      ? source.name
      : source.kind === 'k-of-n'
        ? t('composite.tree.kOfN', { required: source.required, count: source.count })
        : t(`composite.tree.${source.kind}`);
  return (
    <li>
      <span className={source.kind === 'component' ? 'tree-leaf' : 'tree-group'}>{label}</span>
      <span className="tree-value">{format.percent(node.availability * 100, 5)}</span>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child, index) => (
            <TreeNode key={index} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
