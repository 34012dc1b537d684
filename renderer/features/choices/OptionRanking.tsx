import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { criterionReasons, optionSources } from '../../../shared/choices/choice-plan-builders';
import { describeCriterionReason } from '../../../shared/choices/choice-plan-document';
import type { RankedNetworkPlugin } from '../../../shared/choices/rank-network-plugins';
import type { RankedStorageOption } from '../../../shared/choices/rank-storage-options';
import { useAppStore } from '../../app/store';
import { ScoreBar, SourceNotes, WarningList } from './ResultParts';

type Ranked = RankedNetworkPlugin | RankedStorageOption;

type Props<R extends Ranked> = {
  area: 'sdn' | 'storage';
  ranking: readonly R[];
  chosenId: string;
  onChoose: (id: string) => void;
  /** The option's descriptive facts, shown under its reasons. */
  factsOf: (entry: R) => ReactNode;
};

/** The ranked options: score bar, the reasons behind it, warnings, facts and sources; one is chosen. */
export function OptionRanking<R extends Ranked>({ area, ranking, chosenId, onChoose, factsOf }: Props<R>) {
  const { t } = useTranslation('choices');
  const language = useAppStore((state) => state.language);
  const name = useId();
  return (
    <ol className="ranking-list">
      {ranking.map((entry, index) => {
        const reasons = criterionReasons(entry);
        const strengths = reasons.filter((reason) => reason.effect === 'strength');
        const weaknesses = reasons.filter((reason) => reason.effect === 'weakness');
        const unknowns = reasons.filter((reason) => reason.effect === 'unknown');
        const chosen = entry.optionId === chosenId;
        return (
          <li key={entry.optionId} className={chosen ? 'ranking-item is-chosen' : 'ranking-item'} data-option={entry.optionId}>
            <div className="ranking-head">
              <label className="ranking-name">
                <input
                  type="radio"
                  name={name}
                  checked={chosen}
                  aria-label={t('result.chooseLabel', { option: entry.option.name })}
                  onChange={() => onChoose(entry.optionId)}
                />
                <span>{entry.option.name}</span>
                {index === 0 && <span className="badge">{t('result.best')}</span>}
                {entry.option.era === 'after-2017' && (
                  <span className="badge era" title={t('after2017Hint')}>
                    {t('after2017')}
                  </span>
                )}
              </label>
              <ScoreBar score={entry.score} />
            </div>
            <WarningList warnings={entry.warnings} />
            {strengths.length > 0 && (
              <ul className="reason-list" aria-label={t('reasons.strengths')}>
                {strengths.map((reason) => (
                  <li key={reason.criterionId}>{describeCriterionReason(reason, area, t, language)}</li>
                ))}
              </ul>
            )}
            {weaknesses.length > 0 && (
              <ul className="reason-list against" aria-label={t('reasons.weaknesses')}>
                {weaknesses.map((reason) => (
                  <li key={reason.criterionId}>{describeCriterionReason(reason, area, t, language)}</li>
                ))}
              </ul>
            )}
            {unknowns.length > 0 && (
              <ul className="reason-list unknown" aria-label={t('reasons.unknowns')}>
                {unknowns.map((reason) => (
                  <li key={reason.criterionId}>{describeCriterionReason(reason, area, t, language)}</li>
                ))}
              </ul>
            )}
            {reasons.length === 0 && <p className="field-hint">{t('reasons.none')}</p>}
            <details className="option-facts">
              <summary>{t('sources.heading')}</summary>
              {factsOf(entry)}
              <SourceNotes sources={optionSources(entry.option)} />
            </details>
          </li>
        );
      })}
    </ol>
  );
}

/** A fact as a term and its text in the UI language. */
export function Fact({ term, text }: { term: string; text: { en: string; zh: string } | string }) {
  const language = useAppStore((state) => state.language);
  return (
    <div className="fact">
      <dt>{term}</dt>
      <dd>{typeof text === 'string' ? text : language === 'zh-CN' ? text.zh : text.en}</dd>
    </div>
  );
}
