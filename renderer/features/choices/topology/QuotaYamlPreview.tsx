import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../../shared/i18n/describe-error';
import { api } from '../../../app/api';
import { ScrollablePreview } from '../../../ui/ScrollablePreview';
import { fileDateStamp, saveFile } from '../../../ui/save-file';

type Status = { tone: 'hint' | 'error'; text: string } | undefined;

export function QuotaYamlPreview({ yaml }: { yaml: string }) {
  const { t } = useTranslation('topology');
  const [status, setStatus] = useState<Status>();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(yaml);
      setStatus({ tone: 'hint', text: t('yaml.copied') });
    } catch (error) {
      setStatus({ tone: 'error', text: t('yaml.copyFailed', { reason: (error as Error).message }) });
    }
  };
  const download = async () => {
    try {
      const suggestedName = `kube-planner-quotas-${fileDateStamp(new Date())}.yaml`;
      const outcome = await saveFile(api, { suggestedName, format: 'yaml', content: yaml });
      if (outcome.saved) setStatus({ tone: 'hint', text: outcome.path ? t('yaml.savedTo', { path: outcome.path }) : t('yaml.downloaded') });
      else setStatus(undefined);
    } catch (error) {
      setStatus({ tone: 'error', text: t('yaml.downloadFailed', { reason: describeError(error as Error, t) }) });
    }
  };
  return (
    <section className="card topology-yaml" aria-labelledby="topology-yaml-heading">
      <div className="topology-yaml-header">
        <h3 id="topology-yaml-heading">{t('yaml.heading')}</h3>
        <div className="topology-yaml-actions">
          <button type="button" className="button" onClick={() => void copy()}>
            {t('yaml.copy')}
          </button>
          <button type="button" className="button primary" onClick={() => void download()}>
            {t('yaml.download')}
          </button>
        </div>
      </div>
      <p className={status?.tone === 'error' ? 'field-error' : 'field-hint'} aria-live="polite">
        {status?.text}
      </p>
      <ScrollablePreview className="yaml-preview" label={t('yaml.label')}>
        <code>{yaml}</code>
      </ScrollablePreview>
    </section>
  );
}
