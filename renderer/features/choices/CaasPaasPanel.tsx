import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { mustHaveQuestionIds } from '../../../shared/choices/decisions/caas-paas-decision';
import type { TradeoffData } from '../../../shared/choices/decision-registry';
import type { DistributionType } from '../../../shared/catalogue/schema';
import type { DocumentTranslate } from '../../../shared/plan/document-model';
import { useAppStore } from '../../app/store';
import { decisionInputChanges as change } from './choices-slice';
import { DecisionRanking } from './DecisionRanking';
import { PlanControls } from './PlanControls';
import { IgnoredNotes, ProblemNotice } from './ResultParts';
import { useDecision } from './use-decision';

/** The questionnaire: one answer, one weight and, where Table 1.1 settles it, a must-have per question. */
export function CaasPaasPanel({ data: questionnaire }: { id: 'caasPaas'; data: TradeoffData['caasPaas'] }) {
  const { t } = useTranslation('choices');
  const id = useId();
  const decision = useDecision('caasPaas', questionnaire);
  const { input, outcome } = decision;
  const answers = input.settings;
  const { showCatalogueDistributionType } = useAppStore.getState();
  const questionLabel = (questionId: string) => t(`caas.questions.${questionId}.label`);
  const answerLabel = (questionId: string, answerId: string) => t(`caas.questions.${questionId}.answers.${answerId}`);
  const answeredCount = questionnaire.questions.filter((question) => question.answers.some((answer) => answer.id === answers[question.id])).length;
  const canBeMustHave = new Set(mustHaveQuestionIds(questionnaire, answers));

  return (
    <div className="choices-layout">
      <div className="card choices-inputs">
        <h2>{t('caas.heading')}</h2>
        <p className="field-hint">{t('caas.intro')}</p>
        <p className="answered-count">{t('caas.answered', { answered: answeredCount, total: questionnaire.questions.length })}</p>
        {questionnaire.questions.map((question) => {
          const groupId = `${id}-${question.id}`;
          const weight = input.weights[question.id] ?? question.defaultWeight;
          return (
            <fieldset key={question.id} className="question" data-question={question.id}>
              <legend className="question-label">{questionLabel(question.id)}</legend>
              <div className="answer-row">
                {question.answers.map((answer) => (
                  <label key={answer.id} className="answer-option">
                    <input
                      type="radio"
                      name={groupId}
                      value={answer.id}
                      checked={answers[question.id] === answer.id}
                      onChange={() => decision.update(change.setting(question.id, answer.id))}
                    />
                    <span>{answerLabel(question.id, answer.id)}</span>
                  </label>
                ))}
              </div>
              <div className="question-weight">
                <label htmlFor={`${groupId}-weight`} className="weight-label">
                  {t('caas.weightLabel', { question: questionLabel(question.id) })}
                </label>
                <input
                  id={`${groupId}-weight`}
                  type="range"
                  min={0}
                  max={5}
                  step={1}
                  value={weight}
                  aria-valuetext={t('weights.valueText', { weight })}
                  onChange={(event) => decision.update(change.weight(question.id, Number(event.target.value)))}
                />
                <output htmlFor={`${groupId}-weight`} className="weight-value">
                  {weight}
                </output>
                {canBeMustHave.has(question.id) && (
                  <label className="check-option">
                    <input
                      type="checkbox"
                      checked={input.requirements[question.id] === true}
                      onChange={(event) => decision.update(change.requirement(question.id, event.target.checked))}
                    />
                    <span>{t('caas.mustHave')}</span>
                  </label>
                )}
                {answers[question.id] !== undefined && (
                  <button type="button" className="button subtle small" onClick={() => decision.update(change.setting(question.id, null))}>
                    {t('caas.clearAnswer')}
                  </button>
                )}
              </div>
            </fieldset>
          );
        })}
        <button
          type="button"
          className="button subtle"
          onClick={() => decision.update(change.clearSettings())}
          disabled={Object.keys(answers).length === 0}
        >
          {t('caas.clearAll')}
        </button>
      </div>

      <section className="card choices-result" aria-labelledby={`${id}-result`} aria-live="polite">
        <h2 id={`${id}-result`}>{t('result.heading')}</h2>
        <IgnoredNotes notes={outcome.ignored.map((line) => line(t as unknown as DocumentTranslate))} />
        {!outcome.ok ? (
          <ProblemNotice problem={outcome.problem} labelOf={questionLabel} />
        ) : (
          <DecisionRanking
            ranking={outcome.ranking}
            describeRequirement={decision.describeRequirement}
            actionsOf={(entry) => (
              <button type="button" className="link-button" onClick={() => showCatalogueDistributionType(entry.optionId as DistributionType)}>
                {t('caas.showInCatalogue', { type: t(`caas.types.${entry.optionId as DistributionType}.label`) })}
              </button>
            )}
          />
        )}
        <PlanControls rationale={decision.view.rationale} onRationaleChange={decision.setRationale} sectionKey="caasPaas" pending={decision.pending} />
        <p className="source-note">{t('caas.source')}</p>
      </section>
    </div>
  );
}
