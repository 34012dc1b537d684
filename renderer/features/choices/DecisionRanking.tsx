import { Fragment, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequirementCheck } from '../../../shared/choices/decision/constrained-ranking';
import { type DecisionEntry, type OptionFact, factText } from '../../../shared/choices/decision/decision-registration';
import type { DocumentTranslate } from '../../../shared/plan/document-model';
import { useAppStore } from '../../app/store';
import { ScoreBar, SourceNotes, WarningList } from './ResultParts';

type Props = {
  ranking: readonly DecisionEntry[];
  /** Says a stated requirement in words. */
  describeRequirement: (requirementId: string, t: DocumentTranslate) => string;
  /** The picked option and how to pick one; absent where the decision only ranks (CaaS or PaaS). */
  choice?: { chosenId: string; onChoose: (optionId: string) => void };
  /** Anything an entry offers besides its reasons, such as a link to the catalogue. */
  actionsOf?: (entry: DecisionEntry) => ReactNode;
};

const reasonHeadings = {
  strength: 'reasons.strengths',
  weakness: 'reasons.weaknesses',
  unknown: 'reasons.unknowns',
  for: 'caas.for',
  against: 'caas.against',
} as const;
const reasonClasses = { strength: 'reason-list', weakness: 'reason-list against', unknown: 'reason-list unknown', for: 'reason-list', against: 'reason-list against' };

/**
 * The ranked options of any decision: those that meet every stated requirement (or are not known to
 * fail one) in order, then, apart and under "doesn't meet", those that fail one, each with the fact
 * and its source. Every entry shows its score, reasons, warnings, facts and sources.
 */
export function DecisionRanking({ ranking, describeRequirement, choice, actionsOf }: Props) {
  const { t } = useTranslation('choices');
  const id = useId();
  const running = ranking.filter((entry) => entry.standing !== 'fails');
  const failing = ranking.filter((entry) => entry.standing === 'fails');
  const item = (entry: DecisionEntry, index: number) => (
    <RankedItem
      key={entry.optionId}
      entry={entry}
      best={index === 0 && entry.standing !== 'fails'}
      radioName={id}
      choice={choice}
      describeRequirement={describeRequirement}
      actions={actionsOf?.(entry)}
    />
  );
  return (
    <>
      {running.length > 0 && <ol className="ranking-list">{running.map((entry, index) => item(entry, index))}</ol>}
      {failing.length > 0 && (
        <section className="failing-options" aria-labelledby={`${id}-failing`}>
          <h3 id={`${id}-failing`} className="reason-heading">
            {t('standing.failingHeading')}
          </h3>
          <p className="field-hint">{running.length > 0 ? t('standing.failingHint') : t('standing.noneMeets')}</p>
          <ol className="ranking-list" start={running.length + 1}>
            {failing.map((entry, index) => item(entry, running.length + index))}
          </ol>
        </section>
      )}
    </>
  );
}

function RankedItem({
  entry,
  best,
  radioName,
  choice,
  describeRequirement,
  actions,
}: {
  entry: DecisionEntry;
  best: boolean;
  radioName: string;
  choice: Props['choice'];
  describeRequirement: Props['describeRequirement'];
  actions: ReactNode;
}) {
  const { t } = useTranslation('choices');
  const tx = t as unknown as DocumentTranslate;
  const language = useAppStore((state) => state.language);
  const name = 'text' in entry.name ? entry.name.text : tx(entry.name.key);
  const chosen = choice?.chosenId === entry.optionId;
  const failed = entry.checks.filter((check) => check.verdict === 'fails');
  const unsettled = entry.checks.filter((check) => check.verdict === 'unknown');
  const effects = ['strength', 'weakness', 'unknown', 'for', 'against'] as const;
  return (
    <li className={chosen ? 'ranking-item is-chosen' : 'ranking-item'} data-option={entry.optionId} data-standing={entry.standing}>
      <div className="ranking-head">
        <label className="ranking-name">
          {choice && (
            <input
              type="radio"
              name={radioName}
              checked={chosen}
              aria-label={t('result.chooseLabel', { option: name })}
              onChange={() => choice.onChoose(entry.optionId)}
            />
          )}
          <span>{name}</span>
          {best && <span className="badge">{t('result.best')}</span>}
          {entry.standing === 'unknown' && <span className="badge unconfirmed">{t('standing.unconfirmedBadge')}</span>}
          {entry.era === 'after-2017' && (
            <span className="badge era" title={t('after2017Hint')}>
              {t('after2017')}
            </span>
          )}
        </label>
        <ScoreBar score={entry.score} />
      </div>
      <CheckList checks={failed} heading={t('standing.fails')} className="reason-list against" describeRequirement={describeRequirement} />
      <CheckList checks={unsettled} heading={t('standing.unknown')} className="reason-list unknown" describeRequirement={describeRequirement} />
      <WarningList warnings={entry.warnings} />
      {effects.map((effect) => {
        const reasons = entry.reasons.filter((reason) => reason.effect === effect);
        if (reasons.length === 0) return null;
        const list = (
          <ul className={reasonClasses[effect]} aria-label={t(reasonHeadings[effect])}>
            {reasons.map((reason) => {
              const text = reason.text(tx, language);
              return <li key={text}>{text}</li>;
            })}
          </ul>
        );
        // Answers for and against a type read as two named groups; criteria read by their own +, − and ? marks.
        return effect === 'for' || effect === 'against' ? (
          <div key={effect} className="reason-block">
            <h3 className="reason-heading">{t(reasonHeadings[effect])}</h3>
            {list}
          </div>
        ) : (
          <Fragment key={effect}>{list}</Fragment>
        );
      })}
      {entry.reasons.length === 0 && <p className="field-hint">{t('reasons.none')}</p>}
      {actions}
      {(entry.facts.length > 0 || entry.sources.length > 0) && (
        <details className="option-facts">
          <summary>{t('sources.heading')}</summary>
          <dl className="fact-list">
            {entry.facts.map((fact, index) => (
              <Fact key={`${fact.termKey}-${index}`} fact={fact} />
            ))}
          </dl>
          <SourceNotes sources={entry.sources} />
        </details>
      )}
    </li>
  );
}

/** The requirements an option fails, or that no source settles for it, each with the fact and its source. */
function CheckList({
  checks,
  heading,
  className,
  describeRequirement,
}: {
  checks: readonly RequirementCheck[];
  heading: string;
  className: string;
  describeRequirement: Props['describeRequirement'];
}) {
  const { t } = useTranslation('choices');
  const language = useAppStore((state) => state.language);
  if (checks.length === 0) return null;
  return (
    <ul className={`${className} requirement-checks`} aria-label={heading}>
      {checks.map((check) => (
        <li key={check.requirementId}>
          <span>{t('standing.line', { heading, requirement: describeRequirement(check.requirementId, t as unknown as DocumentTranslate) })}</span>
          {check.fact && <span className="check-fact">{factText(check.fact, t as unknown as DocumentTranslate, language)}</span>}
          <SourceNotes sources={check.sources} />
        </li>
      ))}
    </ul>
  );
}

/** A fact as a term and its text in the UI language. */
function Fact({ fact }: { fact: OptionFact }) {
  const { t } = useTranslation('choices');
  const language = useAppStore((state) => state.language);
  const tx = t as unknown as DocumentTranslate;
  return (
    <div className="fact">
      <dt>{tx(fact.termKey)}</dt>
      <dd>{factText(fact.text, tx, language)}</dd>
    </div>
  );
}
