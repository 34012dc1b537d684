import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useProductStatusText } from '../../ui/use-product-status-text';
import { sdnPlanSection } from '../../../shared/choices/choice-plan-builders';
import { sdnRequirementIdSchema } from '../../../shared/choices/choice-plan-sections';
import { rankNetworkPlugins } from '../../../shared/choices/rank-network-plugins';
import type { SdnData } from '../../../shared/choices/tradeoff-schema';
import { resolveWeights } from '../../../shared/choices/weighted-ranking';
import { useAppStore } from '../../app/store';
import { Fact, OptionRanking } from './OptionRanking';
import { PlanControls } from './PlanControls';
import { IgnoredNotes, ProblemNotice } from './ResultParts';
import { SurveyChart } from './SurveyChart';
import { WeightSliders } from './WeightSliders';

const AREA = 'sdn';

export function NetworkPanel({ data }: { data: SdnData }) {
  const { t } = useTranslation('choices');
  const statusText = useProductStatusText();
  const id = useId();
  const weights = useAppStore((state) => state.sdnWeights);
  const requirements = useAppStore((state) => state.sdnRequirements);
  const chosenId = useAppStore((state) => state.sdnChosenId);
  const rationale = useAppStore((state) => state.sdnRationale);
  const { setSdnWeight, resetSdnWeights, setSdnRequirement, setSdnChosenId, setSdnRationale } = useAppStore.getState();
  const result = rankNetworkPlugins(data, weights, requirements);
  const labelOf = (criterionId: string) => t(`criteria.sdn.${criterionId}.label`);
  const chosen = result.ok ? (result.ranking.find((entry) => entry.optionId === chosenId) ?? result.ranking[0]) : undefined;
  const ignored = [
    ...(result.ignoredWeightIds.length > 0 ? [t('ignored.weights', { ids: result.ignoredWeightIds.join(', ') })] : []),
    ...(result.ignoredRequirementIds.length > 0 ? [t('ignored.requirements', { ids: result.ignoredRequirementIds.join(', ') })] : []),
  ];

  const pending =
    result.ok && chosen
      ? sdnPlanSection(result.ranking, chosen, resolveWeights(data.criteria, weights).weights, requirements, rationale)
      : undefined;

  return (
    <div className="choices-layout">
      <div className="choices-inputs">
        <div className="card">
          <h2>{t('sdn.heading')}</h2>
          <p className="field-hint">{t('sdn.intro')}</p>
          <fieldset className="requirement-group">
            <legend className="field-label">{t('sdn.requirementsLegend')}</legend>
            {sdnRequirementIdSchema.options.map((requirementId) => (
              <label key={requirementId} className="check-option">
                <input
                  type="checkbox"
                  checked={requirements[requirementId] === true}
                  onChange={(event) => setSdnRequirement(requirementId, event.target.checked)}
                />
                <span>{t(`sdn.requirementLabels.${requirementId}`)}</span>
              </label>
            ))}
          </fieldset>
          <WeightSliders
            criteria={data.criteria}
            weights={weights}
            labelOf={labelOf}
            hintOf={(criterionId) => t(`criteria.sdn.${criterionId}.rubric`)}
            onChange={setSdnWeight}
            onReset={resetSdnWeights}
          />
        </div>
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
            <OptionRanking
              area={AREA}
              ranking={result.ranking}
              chosenId={chosen?.optionId ?? ''}
              onChoose={setSdnChosenId}
              factsOf={(entry) => (
                <dl className="fact-list">
                  <Fact term={t('sdn.facts.encapsulation')} text={entry.option.encapsulation.text} />
                  <Fact term={t('sdn.facts.routing')} text={entry.option.routing.text} />
                  <Fact term={t('sdn.facts.status')} text={statusText(entry.option.id)} />
                  {entry.option.remarks.map((remark) => (
                    <Fact key={remark.text.en} term={t('sdn.facts.remarks')} text={remark.text} />
                  ))}
                </dl>
              )}
            />
          </>
        )}
        <PlanControls
          rationale={rationale}
          onRationaleChange={setSdnRationale}
          sectionKey="sdn"
          pending={pending}
        />
      </section>
    </div>
  );
}
