import { useTranslation } from 'react-i18next';
import { describeChoiceWarning, describeFactSource } from '../../../shared/choices/choice-plan-document';
import type { ChoiceWarning } from '../../../shared/choices/choice-plan-sections';
import type { FactSource } from '../../../shared/choices/tradeoff-schema';
import type { RankingProblem } from '../../../shared/choices/weighted-ranking';
import { useAppStore } from '../../app/store';

/** A score as a number and a bar; the bar is decoration, the number is what a screen reader hears. */
export function ScoreBar({ score }: { score: number }) {
  const { t } = useTranslation('choices');
  const rounded = Math.round(score);
  return (
    <div className="score">
      <span className="score-number" aria-label={t('result.scoreLabel', { score: rounded })}>
        {rounded}
      </span>
      <span className="score-track" aria-hidden="true">
        <span className="score-fill" style={{ width: `${Math.max(0, Math.min(100, score))}%` }} />
      </span>
    </div>
  );
}

export function WarningList({ warnings }: { warnings: readonly ChoiceWarning[] }) {
  const { t } = useTranslation('choices');
  if (warnings.length === 0) return null;
  return (
    <ul className="warning-list" aria-label={t('warnings.heading')}>
      {warnings.map((warning) => (
        <li key={JSON.stringify(warning)} className="choice-warning">
          {describeChoiceWarning(warning, t)}
        </li>
      ))}
    </ul>
  );
}

export function SourceNotes({ sources }: { sources: readonly FactSource[] }) {
  const { t } = useTranslation('choices');
  const language = useAppStore((state) => state.language);
  const unique = [...new Map(sources.map((source) => [JSON.stringify(source), source])).values()];
  if (unique.length === 0) return null;
  return (
    <ul className="source-list" aria-label={t('sources.heading')}>
      {unique.map((source) => (
        <li key={JSON.stringify(source)} className="source-note">
          {describeFactSource(source, t, language)}
        </li>
      ))}
    </ul>
  );
}

/** Why there is no ranking, in words that say what to change. */
export function ProblemNotice({
  problem,
  labelOf,
}: {
  problem: RankingProblem | { code: 'no-answers' } | { code: 'no-needs' };
  labelOf: (criterionId: string) => string;
}) {
  const { t } = useTranslation('choices');
  const text =
    problem.code === 'invalid-weight'
      ? t('problems.invalid-weight', { criterion: labelOf(problem.criterionId), value: String(problem.value) })
      : t(`problems.${problem.code}`);
  return (
    <p className="notice choice-problem" role="status">
      {text}
    </p>
  );
}

/** Notes on saved input this version no longer understands: said once, never an error. */
export function IgnoredNotes({ notes }: { notes: string[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="ignored-notes">
      {notes.map((note) => (
        <p key={note} className="field-hint">
          {note}
        </p>
      ))}
    </div>
  );
}
