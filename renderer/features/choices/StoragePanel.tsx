import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useProductStatusText } from '../../ui/use-product-status-text';
import { storagePlanSection } from '../../../shared/choices/choice-plan-builders';
import { type StorageNeed, rankStorageOptions } from '../../../shared/choices/rank-storage-options';
import { type StorageData, infrastructureSchema, storageKindSchema, storageWorkloadSchema } from '../../../shared/choices/tradeoff-schema';
import { resolveWeights } from '../../../shared/choices/weighted-ranking';
import { useAppStore } from '../../app/store';
import { Fact, OptionRanking } from './OptionRanking';
import { PlanControls } from './PlanControls';
import { IgnoredNotes, ProblemNotice } from './ResultParts';
import { SurveyChart } from './SurveyChart';
import { WeightSliders } from './WeightSliders';

const needChoices: StorageNeed[] = [...storageKindSchema.options, 'none'];

const AREA = 'storage';

export function StoragePanel({ data }: { data: StorageData }) {
  const { t } = useTranslation('choices');
  const statusText = useProductStatusText();
  const id = useId();
  const infrastructure = useAppStore((state) => state.storageInfrastructure);
  const savedNeeds = useAppStore((state) => state.storageNeeds);
  const weights = useAppStore((state) => state.storageWeights);
  const chosenId = useAppStore((state) => state.storageChosenId);
  const rationale = useAppStore((state) => state.storageRationale);
  const { setStorageInfrastructure, setStorageNeed, setStorageWeight, resetStorageWeights, setStorageChosenId, setStorageRationale } =
    useAppStore.getState();
  const needs: Record<string, StorageNeed> = { ...data.defaultNeeds, ...savedNeeds };
  const result = rankStorageOptions(data, { infrastructure, needs, weights });
  const labelOf = (criterionId: string) => t(`criteria.storage.${criterionId}.label`);
  const chosen = result.ok ? (result.ranking.find((entry) => entry.optionId === chosenId) ?? result.ranking[0]) : undefined;
  const ignored = [
    ...(result.ignoredWeightIds.length > 0 ? [t('ignored.weights', { ids: result.ignoredWeightIds.join(', ') })] : []),
    ...(result.ignoredNeedIds.length > 0 ? [t('ignored.needs', { ids: result.ignoredNeedIds.join(', ') })] : []),
  ];

  const pending =
    result.ok && chosen
      ? storagePlanSection(result.ranking, chosen, { infrastructure, needs, weights: resolveWeights(data.criteria, weights).weights }, rationale)
      : undefined;

  return (
    <div className="choices-layout">
      <div className="choices-inputs">
        <div className="card">
          <h2>{t('storage.heading')}</h2>
          <p className="field-hint">{t('storage.intro')}</p>
          <label htmlFor={`${id}-infrastructure`} className="field-label">
            {t('storage.infrastructureLabel')}
          </label>
          <select
            id={`${id}-infrastructure`}
            className="select-input"
            value={infrastructure}
            onChange={(event) => setStorageInfrastructure(infrastructureSchema.parse(event.target.value))}
          >
            {infrastructureSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`storage.infrastructures.${option}`)}
              </option>
            ))}
          </select>
          <fieldset className="needs-group">
            <legend className="field-label">{t('storage.needsLegend')}</legend>
            {storageWorkloadSchema.options.map((workload) => (
              <div key={workload} className="need-row">
                <label htmlFor={`${id}-${workload}`}>{t(`storage.workloadLabels.${workload}`)}</label>
                <select
                  id={`${id}-${workload}`}
                  className="select-input"
                  value={needs[workload] ?? 'none'}
                  onChange={(event) => setStorageNeed(workload, event.target.value as StorageNeed)}
                >
                  {needChoices.map((need) => (
                    <option key={need} value={need}>
                      {t(`storage.kindLabels.${need}`)}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
          <WeightSliders
            criteria={data.criteria}
            weights={weights}
            labelOf={labelOf}
            hintOf={(criterionId) => t(`criteria.storage.${criterionId}.rubric`)}
            onChange={setStorageWeight}
            onReset={resetStorageWeights}
          />
        </div>
        <SurveyChart survey={data.kindsSurvey} />
        <SurveyChart survey={data.survey} />
      </div>

      <section className="card choices-result" aria-labelledby={`${id}-result`}>
        <h2 id={`${id}-result`}>{t('result.heading')}</h2>
        <IgnoredNotes notes={ignored} />
        {!result.ok ? (
          <ProblemNotice problem={result.problem} labelOf={labelOf} />
        ) : (
          <>
            <p className="field-hint">{t('result.unknownCounts')}</p>
            {result.unavailable.length > 0 && (
              <p className="field-hint">
                {t('storage.unavailable', {
                  infrastructure: t(`storage.infrastructures.${infrastructure}`),
                  options: result.unavailable.map((option) => option.name).join(', '),
                })}
              </p>
            )}
            <OptionRanking
              area={AREA}
              ranking={result.ranking}
              chosenId={chosen?.optionId ?? ''}
              onChoose={setStorageChosenId}
              factsOf={(entry) => (
                <dl className="fact-list">
                  <Fact term={t('storage.facts.kinds')} text={entry.option.kinds.map((kind) => t(`storage.kindLabels.${kind}`)).join(', ')} />
                  <Fact
                    term={t('storage.facts.accessModes')}
                    text={entry.option.accessModes.length > 0 ? entry.option.accessModes.join(', ') : t('storage.facts.accessModesNone')}
                  />
                  <Fact term={t('storage.facts.integration')} text={entry.option.integration.text} />
                  <Fact term={t('storage.facts.status')} text={statusText(entry.option.id)} />
                </dl>
              )}
            />
          </>
        )}
        <PlanControls
          rationale={rationale}
          onRationaleChange={setStorageRationale}
          sectionKey="storage"
          pending={pending}
        />
      </section>
    </div>
  );
}
