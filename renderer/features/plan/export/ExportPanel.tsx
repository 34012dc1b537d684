import { type ReactNode, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportFormatOfFileName } from '../../../../shared/export/export-formats';
import { describeError } from '../../../../shared/i18n/describe-error';
import {
  type Language,
  type PlanExportFormat,
  clusterConfigChoiceSchema,
  languageSchema,
  planExportFormatSchema,
} from '../../../../shared/ipc/contract';
import { unwrap } from '../../../../shared/ipc/result';
import { describeNetworkIssue } from '../../../../shared/cluster/cluster-plan-document';
import { type ClusterConfigChoice, InvalidClusterNetworkError, buildManifestBundle, manifestFileText } from '../../../../shared/manifests/manifest-bundle';
import { type PlanDocument, type PlanDocumentNamespace, planToDocument } from '../../../../shared/plan/plan-document';
import type { DocumentTranslate } from '../../../../shared/plan/document-model';
import { serializePlan } from '../../../../shared/plan/plan-file';
import { UserError } from '../../../../shared/user-error';
import type { Plan } from '../../../../shared/plan/plan-schema';
import { planToMarkdown } from '../../../../shared/plan/plan-to-markdown';
import { api } from '../../../app/api';
import { useAppStore } from '../../../app/store';
import { notifySaved } from '../../../ui/notices';
import { ScrollablePreview } from '../../../ui/ScrollablePreview';
import { saveFile } from '../../../ui/save-file';
import { DocumentPreview } from './DocumentPreview';
import './export.css';

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

function usePlanDocument(plan: Plan, language: Language) {
  const { i18n } = useTranslation();
  const snapshot = useAppStore((state) => state.catalogueSnapshot);
  return useMemo(() => {
    const entryNames = snapshot ? new Map(snapshot.entries.map((entry) => [entry.id, entry.name])) : undefined;
    const translatorFor = (namespace: PlanDocumentNamespace) => i18n.getFixedT(language, namespace) as DocumentTranslate;
    return planToDocument(plan, { language, translatorFor, entryNames });
  }, [plan, language, i18n, snapshot]);
}

function TextPreview({ text, label }: { text: string; label: string }) {
  return (
    <ScrollablePreview className="export-preview-text" label={label}>
      {text}
    </ScrollablePreview>
  );
}

/** The plan file's text, or why it cannot be written (a plan too large to open again). */
function PlanFilePreview({ plan, label }: { plan: Plan; label: string }) {
  const { t } = useTranslation();
  let text: string;
  try {
    text = serializePlan(plan);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return <p role="alert">{describeError(error, t)}</p>;
  }
  return <TextPreview text={text} label={label} />;
}

/** Each file as it will be written, with the notes in the UI's language above them; a network kind would refuse shows why instead. */
function ManifestPreview({ plan, clusterConfig, label }: { plan: Plan; clusterConfig: ClusterConfigChoice; label: string }) {
  const { t } = useTranslation('planExport');
  const { t: tTopology } = useTranslation('topology');
  const { t: tCluster } = useTranslation('cluster');
  let bundle;
  try {
    bundle = buildManifestBundle(plan, { clusterConfig });
  } catch (error) {
    if (!(error instanceof InvalidClusterNetworkError)) throw error;
    const reason = error.issues.map((issue) => describeNetworkIssue(issue, tCluster)).join(' ');
    return <p className="field-error">{t('previewUnavailable', { reason })}</p>;
  }
  return (
    <>
      <h4>{t('manifestNotesHeading')}</h4>
      <ul className="export-manifest-notes">
        {bundle.notes.map((note) => (
          <li key={note.message}>{tTopology(`manifestNotes.${note.code}`, { ...note.params, defaultValue: note.message })}</li>
        ))}
      </ul>
      {bundle.files.map((file) => (
        <section key={file.fileName} aria-label={file.fileName}>
          <h4>{file.fileName}</h4>
          <TextPreview text={manifestFileText(file, plan.title)} label={`${label}: ${file.fileName}`} />
        </section>
      ))}
    </>
  );
}

/** The structured document as the HTML file (and the PDF printed from it) will read. */
function DocumentFramePreview({ document, label }: PreviewProps) {
  const { t } = useTranslation('planExport');
  return (
    <>
      <p className="field-hint">{t('previewStructured')}</p>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <div className="export-preview-frame" tabIndex={0} role="region" aria-label={label}>
        <DocumentPreview document={document} />
      </div>
    </>
  );
}

type PreviewProps = { plan: Plan; document: PlanDocument; clusterConfig: ClusterConfigChoice; label: string };

/** Each plan export format's preview; the type makes a new format in the registry name its preview here. */
const previewsByFormat = {
  md: ({ document, label }) => <TextPreview text={planToMarkdown(document)} label={label} />,
  html: DocumentFramePreview,
  pdf: DocumentFramePreview,
  json: ({ plan, label }) => <PlanFilePreview plan={plan} label={label} />,
  yaml: ({ plan, clusterConfig, label }) => <ManifestPreview plan={plan} clusterConfig={clusterConfig} label={label} />,
} satisfies Record<PlanExportFormat, (props: PreviewProps) => ReactNode>;

function ExportPreview({ plan, format, language, clusterConfig }: { plan: Plan; format: PlanExportFormat; language: Language; clusterConfig: ClusterConfigChoice }) {
  const { t } = useTranslation('planExport');
  const document = usePlanDocument(plan, language);
  const Preview = previewsByFormat[format];
  return <Preview plan={plan} document={document} clusterConfig={clusterConfig} label={t('previewHeading')} />;
}

/**
 * Exports the current plan: pick a format and a language, read the preview, export. Main renders the
 * file (PDF needs a browser engine); Electron saves it through the save dialog, the browser host
 * downloads it.
 */
export function ExportPanel() {
  const { t } = useTranslation('planExport');
  const { t: tErrors } = useTranslation('errors');
  const plan = useAppStore((state) => state.plan);
  const uiLanguage = useAppStore((state) => state.language);
  const [format, setFormat] = useState<PlanExportFormat>('md');
  const [chosenLanguage, setLanguage] = useState<Language | undefined>(undefined);
  const [clusterConfig, setClusterConfig] = useState<ClusterConfigChoice>('kind');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const language = chosenLanguage ?? uiLanguage;
  const id = useId();

  const exportPlan = async () => {
    if (!plan) return;
    setStatus({ kind: 'busy' });
    try {
      const result = unwrap(await api.exportPlan({ plan, format, language, ...(format === 'yaml' ? { clusterConfig } : {}) }));
      if (result.download) {
        const { fileName, base64 } = result.download;
        const outcome = await saveFile(api, { suggestedName: fileName, format: exportFormatOfFileName(fileName) ?? format, content: base64, encoding: 'base64' });
        if (!outcome.saved) setStatus({ kind: 'done', message: t('cancelled') });
        else setStatus({ kind: 'done', message: outcome.path ? t('exported', { path: outcome.path }) : t('downloaded', { file: fileName }) });
      } else if (result.saved) {
        setStatus({ kind: 'done', message: t('exported', { path: result.path ?? '' }) });
        if (result.path) notifySaved({ path: result.path, fileName: result.path });
      } else setStatus({ kind: 'done', message: t('cancelled') });
    } catch (error) {
      setStatus({ kind: 'failed', message: describeError(error as Error, tErrors) });
    }
  };

  return (
    <section className="card export-panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('title')}</h2>
      <p className="field-hint">{t('intro')}</p>
      {plan === null ? (
        <p>{t('noPlan')}</p>
      ) : (
        <>
          <div className="export-controls">
            <div>
              <label className="field-label" htmlFor={`${id}-format`}>
                {t('formatLabel')}
              </label>
              <select
                id={`${id}-format`}
                className="select-input"
                value={format}
                aria-describedby={`${id}-format-hint`}
                onChange={(event) => {
                  setFormat(planExportFormatSchema.parse(event.target.value));
                  setStatus({ kind: 'idle' });
                }}
              >
                {planExportFormatSchema.options.map((option) => (
                  <option key={option} value={option}>
                    {t(`formats.${option}`)}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label className="field-label" htmlFor={`${id}-language`}>
                {t('languageLabel')}
              </label>
              <select
                id={`${id}-language`}
                className="select-input"
                value={language}
                onChange={(event) => {
                  setLanguage(languageSchema.parse(event.target.value));
                  setStatus({ kind: 'idle' });
                }}
              >
                {languageSchema.options.map((option) => (
                  <option key={option} value={option}>
                    {t(`languages.${option}`)}
                  </option>
                ))}
              </select>
            </div>
            {format === 'yaml' && (
              <div>
                <label className="field-label" htmlFor={`${id}-cluster`}>
                  {t('clusterConfigLabel')}
                </label>
                <select
                  id={`${id}-cluster`}
                  className="select-input"
                  value={clusterConfig}
                  onChange={(event) => {
                    setClusterConfig(clusterConfigChoiceSchema.parse(event.target.value));
                    setStatus({ kind: 'idle' });
                  }}
                >
                  {clusterConfigChoiceSchema.options.map((option) => (
                    <option key={option} value={option}>
                      {t(`clusterConfigs.${option}`)}
                    </option>
                  ))}
                </select>
              </div>
            )}
            <button type="button" className="button primary" disabled={status.kind === 'busy'} onClick={() => void exportPlan()}>
              {status.kind === 'busy' ? t('exporting') : t('exportButton', { format: t(`formats.${format}`) })}
            </button>
          </div>
          <p id={`${id}-format-hint`} className="field-hint">
            {t(`formatHints.${format}`)}
          </p>
          <p className={status.kind === 'failed' ? 'field-error' : 'field-hint'} role="status">
            {status.kind === 'done' || status.kind === 'failed' ? status.message : ''}
          </p>
          <h3 className="export-preview-heading">{t('previewHeading')}</h3>
          <ExportPreview plan={plan} format={format} language={language} clusterConfig={clusterConfig} />
        </>
      )}
    </section>
  );
}
