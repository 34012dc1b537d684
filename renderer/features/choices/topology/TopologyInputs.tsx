import { type InputHTMLAttributes, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { decimalOrNaN } from '../../../../shared/sla/parse-sla-input';
import { describeTopologyIssue } from '../../../../shared/topology/describe-topology';
import type { TopologyDraft, TopologyIssue } from '../../../../shared/topology/topology-input';
import { DataTable, type DataTableColumn } from '../../../ui/DataTable';
import { NumberField } from '../../../ui/NumberField';

// The pod network is edited with the cluster's other networks on the Plan page; the draft only carries an older plan's value along.
type ScalarField = Exclude<keyof TopologyDraft, 'namespaces' | 'replicatedWorkloads' | 'podCidr'>;

/** A text box in a table cell, with the problem found in it (if any) under it and tied to it. */
function CellInput({ error, className, ...input }: { error: string | undefined; className: string } & InputHTMLAttributes<HTMLInputElement>) {
  const errorId = useId();
  return (
    <>
      <input className={className} autoComplete="off" aria-invalid={error !== undefined} aria-describedby={error ? errorId : undefined} {...input} />
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </>
  );
}

/** An edit table's last column: a button that removes its row, named after the row. */
function removeRowColumn(header: string, label: (index: number) => string, remove: (index: number) => void): DataTableColumn<number> {
  return {
    id: 'actions',
    header: <span className="visually-hidden">{header}</span>,
    cell: (index) => (
      <button type="button" className="button subtle" aria-label={label(index)} onClick={() => remove(index)}>
        ×
      </button>
    ),
  };
}

const sizingFields = [
  'zones',
  'controlPlaneNodesPerZone',
  'workerNodesPerZone',
  'nodeCpuCores',
  'nodeMemoryGiB',
  'targetUtilizationPercent',
] as const satisfies readonly ScalarField[];
const reserveFields = ['reserveCpuCores', 'reserveMemoryGiB'] as const satisfies readonly ScalarField[];
const workloadFields = ['namespace', 'name', 'replicas'] as const;

type InputsProps = {
  draft: TopologyDraft;
  issues: TopologyIssue[];
  setDraft: (change: (current: TopologyDraft) => TopologyDraft) => void;
};

function useIssueText(issues: TopologyIssue[]) {
  const { t } = useTranslation('topology');
  return (field: string) => {
    const issue = issues.find((candidate) => candidate.field === field);
    return issue ? describeTopologyIssue(issue, t) : undefined;
  };
}

/** One of the draft's numbers; the draft keeps the text, and its own check says what is wrong. */
function DraftNumberField({ field, hint, draft, issues, setDraft }: InputsProps & { field: ScalarField; hint?: string }) {
  const { t } = useTranslation('topology');
  return (
    <NumberField
      className="topology-field"
      label={t(`inputs.${field}`)}
      value={draft[field]}
      hint={hint}
      error={useIssueText(issues)(field)}
      data-field={field}
      onChange={(value) => setDraft((current) => ({ ...current, [field]: value }))}
    />
  );
}

function NamespaceTable({ draft, issues, setDraft }: InputsProps) {
  const { t, i18n } = useTranslation('topology');
  const issueText = useIssueText(issues);
  const total = draft.namespaces.reduce((sum, namespace) => sum + (decimalOrNaN(namespace.loadSharePercent) || 0), 0);
  const sumError = issueText('namespaces');
  const update = (index: number, change: Partial<TopologyDraft['namespaces'][number]>) =>
    setDraft((current) => ({
      ...current,
      namespaces: current.namespaces.map((namespace, position) => (position === index ? { ...namespace, ...change } : namespace)),
    }));
  const nameOf = (index: number) => draft.namespaces[index]?.name || t('namespaces.unnamed', { index: index + 1 });
  const columns: DataTableColumn<number>[] = [
    {
      id: 'name',
      header: t('namespaces.name'),
      cell: (index) => (
        <CellInput
          className="text-input"
          aria-label={t('namespaces.name')}
          value={draft.namespaces[index]?.name ?? ''}
          error={issueText(`namespaces.${index}.name`)}
          onChange={(event) => update(index, { name: event.target.value })}
        />
      ),
    },
    {
      id: 'share',
      header: t('namespaces.share'),
      numeric: true,
      cell: (index) => (
        <CellInput
          className="text-input share-input"
          aria-label={t('labels.share', { name: nameOf(index) })}
          inputMode="decimal"
          value={draft.namespaces[index]?.loadSharePercent ?? ''}
          error={issueText(`namespaces.${index}.loadSharePercent`)}
          onChange={(event) => update(index, { loadSharePercent: event.target.value })}
        />
      ),
    },
    removeRowColumn(
      t('namespaces.actions'),
      (index) => t('namespaces.remove', { name: nameOf(index) }),
      (index) => setDraft((current) => ({ ...current, namespaces: current.namespaces.filter((_, position) => position !== index) })),
    ),
  ];
  return (
    <fieldset className="topology-fieldset">
      <legend className="field-label">{t('namespaces.heading')}</legend>
      {/* Rows have no id of their own; the position is also what the issues refer to. */}
      <DataTable
        className="topology-edit-table"
        columns={columns}
        rows={draft.namespaces.map((_, index) => index)}
        rowKey={(index) => index}
        rowAttributes={(index) => ({ 'data-namespace-row': index })}
      />
      <div className="topology-table-footer">
        <button
          type="button"
          className="button"
          onClick={() =>
            setDraft((current) => ({
              ...current,
              namespaces: [...current.namespaces, { name: t('namespaces.newName', { index: current.namespaces.length + 1 }), loadSharePercent: '0' }],
            }))
          }
        >
          {t('namespaces.add')}
        </button>
        <span className={sumError ? 'field-error' : 'field-hint'} data-share-total>
          {sumError ?? t('namespaces.total', { total: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(total) })}
        </span>
      </div>
    </fieldset>
  );
}

function WorkloadTable({ draft, issues, setDraft }: InputsProps) {
  const { t } = useTranslation('topology');
  const issueText = useIssueText(issues);
  const update = (index: number, change: Partial<TopologyDraft['replicatedWorkloads'][number]>) =>
    setDraft((current) => ({
      ...current,
      replicatedWorkloads: current.replicatedWorkloads.map((workload, position) => (position === index ? { ...workload, ...change } : workload)),
    }));
  const nameOf = (index: number) => draft.replicatedWorkloads[index]?.name || t('workloads.unnamed', { index: index + 1 });
  const namespaceChoices = (current: string) => [...new Set([current, ...draft.namespaces.map((namespace) => namespace.name)])];
  const columns: DataTableColumn<number>[] = [
    {
      id: 'namespace',
      header: t('workloads.namespace'),
      cell: (index) => {
        const namespace = draft.replicatedWorkloads[index]?.namespace ?? '';
        return (
          <select className="select-input" aria-label={t('workloads.namespace')} value={namespace} onChange={(event) => update(index, { namespace: event.target.value })}>
            {namespaceChoices(namespace).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        );
      },
    },
    {
      id: 'name',
      header: t('workloads.name'),
      cell: (index) => (
        <>
          <input
            className="text-input"
            aria-label={t('workloads.name')}
            autoComplete="off"
            value={draft.replicatedWorkloads[index]?.name ?? ''}
            onChange={(event) => update(index, { name: event.target.value })}
          />
          {workloadFields
            .map((leaf) => issueText(`replicatedWorkloads.${index}.${leaf}`))
            .filter((text): text is string => text !== undefined)
            .map((text) => (
              <p key={text} className="field-error">
                {text}
              </p>
            ))}
        </>
      ),
    },
    {
      id: 'replicas',
      header: t('workloads.replicas'),
      numeric: true,
      cell: (index) => (
        <input
          className="text-input share-input"
          aria-label={t('labels.replicas', { name: nameOf(index) })}
          inputMode="numeric"
          autoComplete="off"
          value={draft.replicatedWorkloads[index]?.replicas ?? ''}
          onChange={(event) => update(index, { replicas: event.target.value })}
        />
      ),
    },
    removeRowColumn(
      t('namespaces.actions'),
      (index) => t('workloads.remove', { name: nameOf(index) }),
      (index) => setDraft((current) => ({ ...current, replicatedWorkloads: current.replicatedWorkloads.filter((_, position) => position !== index) })),
    ),
  ];
  return (
    <fieldset className="topology-fieldset">
      <legend className="field-label">{t('workloads.heading')}</legend>
      <p className="field-hint">{t('workloads.hint')}</p>
      {draft.replicatedWorkloads.length === 0 ? (
        <p className="field-hint">{t('workloads.empty')}</p>
      ) : (
        <DataTable
          className="topology-edit-table"
          columns={columns}
          rows={draft.replicatedWorkloads.map((_, index) => index)}
          rowKey={(index) => index}
        />
      )}
      <div className="topology-table-footer">
        <button
          type="button"
          className="button"
          onClick={() =>
            setDraft((current) => ({
              ...current,
              replicatedWorkloads: [
                ...current.replicatedWorkloads,
                { namespace: current.namespaces[0]?.name ?? '', name: `app-${current.replicatedWorkloads.length + 1}`, replicas: '3' },
              ],
            }))
          }
        >
          {t('workloads.add')}
        </button>
      </div>
    </fieldset>
  );
}

export function TopologyInputs(props: InputsProps) {
  const { t } = useTranslation('topology');
  return (
    <div className="card topology-inputs">
      <h3>{t('inputs.heading')}</h3>
      <div className="topology-field-grid">
        {sizingFields.map((field) => (
          <DraftNumberField key={field} {...props} field={field} hint={field === 'targetUtilizationPercent' ? t('inputs.targetHint') : undefined} />
        ))}
      </div>
      <fieldset className="topology-fieldset">
        <legend className="field-label">{t('inputs.reserveHeading')}</legend>
        <div className="topology-field-grid">
          {reserveFields.map((field) => (
            <DraftNumberField key={field} {...props} field={field} />
          ))}
        </div>
        <p className="field-hint">{t('inputs.reserveHint')}</p>
      </fieldset>
      <NamespaceTable {...props} />
      <WorkloadTable {...props} />
    </div>
  );
}
