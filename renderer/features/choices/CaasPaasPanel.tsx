import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { caasPaasPlanSection } from '../../../shared/choices/choice-plan-builders';
import { rankDistributionTypes } from '../../../shared/choices/rank-distribution-types';
import type { Questionnaire } from '../../../shared/choices/tradeoff-schema';
import { resolveWeights } from '../../../shared/choices/weighted-ranking';
import { useAppStore } from '../../app/store';
import { PlanControls } from './PlanControls';
import { IgnoredNotes, ProblemNotice, ScoreBar } from './ResultParts';

export function CaasPaasPanel({ questionnaire }: { questionnaire: Questionnaire }) {
  const { t } = useTranslation('choices');
  const id = useId();
  const answers = useAppStore((state) => state.caasAnswers);
  const weights = useAppStore((state) => state.caasWeights);
  const rationale = useAppStore((state) => state.caasRationale);
  const { setCaasAnswer, clearCaasAnswers, setCaasWeight, setCaasRationale, showCatalogueDistributionType } =
    useAppStore.getState();
  const result = rankDistributionTypes(questionnaire, answers, weights);
  const questionLabel = (questionId: string) => t(`caas.questions.${questionId}.label`);
  const answerLabel = (questionId: string, answerId: string) => t(`caas.questions.${questionId}.answers.${answerId}`);
  const answeredCount = result.ok ? result.answeredCount : 0;
  const ignored = [
    ...(result.ignoredAnswers.length > 0 ? [t('ignored.answers', { count: result.ignoredAnswers.length })] : []),
    ...(result.ignoredWeightIds.length > 0 ? [t('ignored.weights', { ids: result.ignoredWeightIds.join(', ') })] : []),
  ];

  const pending = result.ok
    ? caasPaasPlanSection(result, answers, resolveWeights(questionnaire.questions, weights).weights, rationale)
    : undefined;

  return (
    <div className="choices-layout">
      <div className="card choices-inputs">
        <h2>{t('caas.heading')}</h2>
        <p className="field-hint">{t('caas.intro')}</p>
        <p className="answered-count">{t('caas.answered', { answered: answeredCount, total: questionnaire.questions.length })}</p>
        {questionnaire.questions.map((question) => {
          const groupId = `${id}-${question.id}`;
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
                      onChange={() => setCaasAnswer(question.id, answer.id)}
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
                  value={weights[question.id] ?? question.defaultWeight}
                  aria-valuetext={t('weights.valueText', { weight: weights[question.id] ?? question.defaultWeight })}
                  onChange={(event) => setCaasWeight(question.id, Number(event.target.value))}
                />
                <output htmlFor={`${groupId}-weight`} className="weight-value">
                  {weights[question.id] ?? question.defaultWeight}
                </output>
                {answers[question.id] !== undefined && (
                  <button type="button" className="button subtle small" onClick={() => setCaasAnswer(question.id, null)}>
                    {t('caas.clearAnswer')}
                  </button>
                )}
              </div>
            </fieldset>
          );
        })}
        <button type="button" className="button subtle" onClick={clearCaasAnswers} disabled={Object.keys(answers).length === 0}>
          {t('caas.clearAll')}
        </button>
      </div>

      <section className="card choices-result" aria-labelledby={`${id}-result`} aria-live="polite">
        <h2 id={`${id}-result`}>{t('result.heading')}</h2>
        <IgnoredNotes notes={ignored} />
        {!result.ok ? (
          <ProblemNotice problem={result.problem} labelOf={questionLabel} />
        ) : (
          <ol className="ranking-list">
            {result.ranking.map((entry, index) => {
              const typeLabel = t(`caas.types.${entry.type}.label`);
              return (
                <li key={entry.type} className="ranking-item" data-option={entry.type}>
                  <div className="ranking-head">
                    <span className="ranking-name">
                      {typeLabel}
                      {index === 0 && <span className="badge">{t('result.best')}</span>}
                    </span>
                    <ScoreBar score={entry.score} />
                  </div>
                  {entry.for.length > 0 && (
                    <div className="reason-block">
                      <h3 className="reason-heading">{t('caas.for')}</h3>
                      <ul className="reason-list">
                        {entry.for.slice(0, 4).map((ref) => (
                          <li key={ref.questionId}>
                            {t('caas.reason', { question: questionLabel(ref.questionId), answer: answerLabel(ref.questionId, ref.answerId) })}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  {entry.against.length > 0 && (
                    <div className="reason-block">
                      <h3 className="reason-heading">{t('caas.against')}</h3>
                      <ul className="reason-list against">
                        {entry.against.slice(0, 3).map((ref) => (
                          <li key={ref.questionId}>
                            {t('caas.reason', { question: questionLabel(ref.questionId), answer: answerLabel(ref.questionId, ref.answerId) })}
                          </li>
                        ))}
                      </ul>
                    </div>
                  )}
                  <button type="button" className="link-button" onClick={() => showCatalogueDistributionType(entry.type)}>
                    {t('caas.showInCatalogue', { type: typeLabel })}
                  </button>
                </li>
              );
            })}
          </ol>
        )}
        <PlanControls
          rationale={rationale}
          onRationaleChange={setCaasRationale}
          sectionKey="caasPaas"
          pending={pending}
        />
        <p className="source-note">{t('caas.source')}</p>
      </section>
    </div>
  );
}
