import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { manifestFileToYaml } from '../../../../shared/manifests/manifest-bundle';
import { quotaManifestsFor } from '../../../../shared/manifests/namespace-manifests';
import { describeTopologyIssue } from '../../../../shared/topology/describe-topology';
import { useAppStore } from '../../../app/store';
import { QuotaYamlPreview } from './QuotaYamlPreview';
import { Table51Reproduction } from './Table51Reproduction';
import { TopologyInputs } from './TopologyInputs';
import { TopologyResults } from './TopologyResults';
import { useTopologyDraft } from './use-topology-draft';
import './topology.css';

/** The Choices page's HA topology and capacity tab. */
export function TopologyPanel() {
  const { t } = useTranslation('topology');
  const language = useAppStore((state) => state.language);
  const { draft, setDraft, check, analysis, syncState, saveToPlan } = useTopologyDraft();
  const yaml = useMemo(() => {
    if (!check.section) return undefined;
    const manifests = quotaManifestsFor(check.section);
    return manifestFileToYaml([...manifests.namespaces, ...manifests.resourceQuotas, ...manifests.limitRanges]);
  }, [check.section]);

  return (
    <section className="topology-panel" aria-labelledby="topology-title">
      <header className="topology-header">
        <div>
          <h2 id="topology-title">{t('title')}</h2>
          <p className="page-intro">{t('intro')}</p>
        </div>
        <div className="topology-plan-status" aria-live="polite" data-sync={syncState}>
          {syncState === 'saved' && <span className="verdict verdict-ok">{t('plan.saved')}</span>}
          {syncState === 'invalid' && <span className="field-error">{t('plan.invalid')}</span>}
          {(syncState === 'unsaved' || syncState === 'no-plan') && (
            <>
              <span className="field-hint">{t(syncState === 'no-plan' ? 'plan.noPlan' : 'plan.unsaved')}</span>
              <button type="button" className="button" onClick={saveToPlan}>
                {t('plan.save')}
              </button>
            </>
          )}
        </div>
      </header>
      <div className="topology-layout">
        <TopologyInputs draft={draft} issues={check.issues} setDraft={setDraft} />
        <div className="topology-output">
          {check.section && analysis ? (
            <>
              <TopologyResults section={check.section} analysis={analysis} language={language} />
              {yaml !== undefined && <QuotaYamlPreview yaml={yaml} />}
            </>
          ) : (
            <div className="card topology-issues" role="alert">
              <p className="field-label">{t('issues.summary')}</p>
              <ul>
                {check.issues.map((issue) => (
                  <li key={`${issue.field}-${issue.code}`} className="field-error">
                    {describeTopologyIssue(issue, t)}
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
      </div>
      <Table51Reproduction language={language} />
    </section>
  );
}
