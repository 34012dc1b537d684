import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionSetting } from '../../../shared/choices/decision/decision-registration';
import { type DecisionId, type TradeoffData, anyDecision } from '../../../shared/choices/decision-registry';
import type { DocumentTranslate } from '../../../shared/plan/document-model';
import { useAppStore } from '../../app/store';
import { decisionInputChanges as change } from './choices-slice';
import { DecisionRanking } from './DecisionRanking';
import { PlanControls } from './PlanControls';
import { IgnoredNotes, ProblemNotice } from './ResultParts';
import { SurveyChart } from './SurveyChart';
import { useDecision } from './use-decision';
import { WeightSliders } from './WeightSliders';

export type DecisionPanelProps = { id: DecisionId; data: TradeoffData[DecisionId] };

/**
 * The page of a weighted-option decision, built from its registration alone: its settings, the
 * requirements a user can state, a weight per criterion, the survey, the ranking and the plan's
 * controls. A decision that needs more (the questionnaire) registers a panel of its own.
 */
export function OptionDecisionPanel({ id, data }: DecisionPanelProps) {
  const { t } = useTranslation('choices');
  const tx = t as unknown as DocumentTranslate;
  const language = useAppStore((state) => state.language);
  const htmlId = useId();
  const registration = anyDecision(id);
  const { area } = registration;
  const decision = useDecision(id, data);
  const { input, outcome } = decision;
  const settings: readonly DecisionSetting[] = registration.settings(data);
  const requirementIds = registration.requirementIds(data, input);
  const labelOf = (criterionId: string) => tx(`criteria.${area}.${criterionId}.label`);
  const groups = [...new Set(settings.map((setting) => setting.groupKey))];
  const surveys = registration.surveys?.(data) ?? [];

  const settingSelect = (setting: DecisionSetting) => (
    <div key={setting.id} className={setting.groupKey ? 'need-row' : undefined}>
      <label htmlFor={`${htmlId}-${setting.id}`} className={setting.groupKey ? undefined : 'field-label'}>
        {tx(setting.labelKey)}
      </label>
      <select
        id={`${htmlId}-${setting.id}`}
        className="select-input"
        value={input.settings[setting.id] ?? ''}
        onChange={(event) => decision.update(change.setting(setting.id, event.target.value))}
      >
        {setting.choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {/* A version newer than the locale knows (from an imported conformance checkout) reads as its id. */}
            {tx(choice.labelKey, { defaultValue: choice.id })}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <div className="choices-layout">
      <div className="choices-inputs">
        <div className="card">
          <h2>{tx(`${area}.heading`)}</h2>
          <p className="field-hint">{tx(`${area}.intro`)}</p>
          {groups.map((groupKey) =>
            groupKey === undefined ? (
              settings.filter((setting) => setting.groupKey === undefined).map(settingSelect)
            ) : (
              <fieldset key={groupKey} className="needs-group">
                <legend className="field-label">{tx(groupKey)}</legend>
                {settings.filter((setting) => setting.groupKey === groupKey).map(settingSelect)}
              </fieldset>
            ),
          )}
          {requirementIds.length > 0 && (
            <fieldset className="requirement-group">
              <legend className="field-label">{tx(`${area}.requirementsLegend`)}</legend>
              {requirementIds.map((requirementId) => (
                <label key={requirementId} className="check-option">
                  <input
                    type="checkbox"
                    data-requirement={requirementId}
                    checked={input.requirements[requirementId] === true}
                    onChange={(event) => decision.update(change.requirement(requirementId, event.target.checked))}
                  />
                  <span>{tx(`${area}.requirementLabels.${requirementId}`)}</span>
                </label>
              ))}
            </fieldset>
          )}
          <WeightSliders
            criteria={registration.criteria(data)}
            weights={input.weights}
            labelOf={labelOf}
            hintOf={(criterionId) => tx(`criteria.${area}.${criterionId}.rubric`)}
            onChange={(criterionId, weight) => decision.update(change.weight(criterionId, weight))}
            onReset={() => decision.update(change.resetWeights())}
          />
        </div>
        {surveys.map((survey) => (
          <SurveyChart key={survey.question.en} survey={survey} />
        ))}
      </div>

      <section className="card choices-result" aria-labelledby={`${htmlId}-result`}>
        <h2 id={`${htmlId}-result`}>{t('result.heading')}</h2>
        <IgnoredNotes notes={outcome.ignored.map((line) => line(tx))} />
        {!outcome.ok ? (
          <ProblemNotice problem={outcome.problem} labelOf={labelOf} />
        ) : (
          <>
            <p className="field-hint">{t('result.unknownCounts')}</p>
            {outcome.notes.map((line) => (
              <p key={line(tx, language)} className="field-hint">
                {line(tx, language)}
              </p>
            ))}
            <DecisionRanking
              ranking={outcome.ranking}
              describeRequirement={decision.describeRequirement}
              choice={{ chosenId: decision.chosen?.optionId ?? '', onChoose: decision.choose }}
            />
          </>
        )}
        <PlanControls rationale={decision.view.rationale} onRationaleChange={decision.setRationale} sectionKey={id} pending={decision.pending} />
      </section>
    </div>
  );
}
