import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anyDecision, decisionIds } from '../../../shared/choices/decision-registry';
import type { DocumentTranslate } from '../../../shared/plan/document-model';
import type { Plan } from '../../../shared/plan/plan-schema';
import { loadCatalogue } from '../../app/catalogue-prefetch';
import { type GoToTarget, goToTarget } from '../../app/go-to';
import { useAppStore } from '../../app/store';
import { useLoadFromMain } from '../../ui/use-load-from-main';
import { ChooserOptionsButton, DecisionDriversFields, DecisionRecordFields, OptionArgumentsFields } from './PlanDecisionRecord';
import { PlanTextField, removeAt, replaceAt } from './plan-fields';

type Update = (change: (plan: Plan) => Plan) => void;

export function OverviewCard({ plan, update }: { plan: Plan; update: Update }) {
  const { t } = useTranslation('plan');
  return (
    <section className="card plan-card" aria-labelledby="plan-overview">
      <h2 id="plan-overview">{t('overview.heading')}</h2>
      <PlanTextField label={t('overview.titleLabel')} value={plan.title} maxLength={200} onChange={(title) => update((p) => ({ ...p, title }))} />
      <PlanTextField label={t('overview.team')} value={plan.team} maxLength={200} onChange={(team) => update((p) => ({ ...p, team }))} />
      <PlanTextField
        label={t('overview.context')}
        hint={t('overview.contextHint')}
        value={plan.context}
        maxLength={20_000}
        multiline
        onChange={(context) => update((p) => ({ ...p, context }))}
      />
      <h3 className="field-label">{t('overview.goals')}</h3>
      {plan.goals.length === 0 && <p className="field-hint">{t('overview.noGoals')}</p>}
      <ol className="plan-rows">
        {plan.goals.map((goal, index) => (
          // Goals have no id of their own; their position is what the user sees and edits.
          <li key={index} className="plan-row">
            <input
              className="text-input"
              aria-label={t('overview.goalLabel', { number: index + 1 })}
              value={goal}
              maxLength={1_000}
              onChange={(event) => update((p) => ({ ...p, goals: replaceAt(p.goals, index, event.target.value) }))}
            />
            <button type="button" className="button subtle" onClick={() => update((p) => ({ ...p, goals: removeAt(p.goals, index) }))}>
              {t('overview.removeGoal', { number: index + 1 })}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" disabled={plan.goals.length >= 100} onClick={() => update((p) => ({ ...p, goals: [...p.goals, ''] }))}>
        {t('overview.addGoal')}
      </button>
    </section>
  );
}


/** The catalogue is main's; the plan page asks for it itself when the user has not visited the catalogue yet. */
function useCatalogue() {
  const snapshot = useAppStore((state) => state.catalogueSnapshot);
  const { error } = useLoadFromMain(snapshot, loadCatalogue, useAppStore.getState().setCatalogueSnapshot);
  useEffect(() => {
    if (error) useAppStore.getState().reportError(error);
  }, [error]);
  return snapshot;
}

export function DistributionCard({ plan, update }: { plan: Plan; update: Update }) {
  const { t } = useTranslation('plan');
  const snapshot = useCatalogue();
  const shortlist = useAppStore((state) => state.catalogueShortlist);
  const [filter, setFilter] = useState('');
  const decision = plan.distribution;
  const names = useMemo(() => new Map(snapshot?.entries.map((entry) => [entry.id, entry.name]) ?? []), [snapshot]);
  const nameOf = (id: string) => names.get(id) ?? t('distribution.unknownEntry', { id });
  const setDecision = (change: Partial<Plan['distribution']>) => update((p) => ({ ...p, distribution: { ...p.distribution, ...change } }));

  // Distributions first (the decision is about one), then everything else the catalogue lists.
  const candidates = useMemo(() => {
    const query = filter.trim().toLowerCase();
    return (snapshot?.entries ?? [])
      .filter((entry) => !decision.consideredEntryIds.includes(entry.id))
      .filter((entry) => query === '' || entry.name.toLowerCase().includes(query))
      .sort((a, b) => Number(shortlist.includes(b.id)) - Number(shortlist.includes(a.id)) || Number(Boolean(b.distributionType)) - Number(Boolean(a.distributionType)))
      .slice(0, 8);
  }, [snapshot, filter, decision.consideredEntryIds, shortlist]);
  const missingShortlist = shortlist.filter((id) => !decision.consideredEntryIds.includes(id));

  return (
    <section className="card plan-card" aria-labelledby="plan-distribution">
      <h2 id="plan-distribution">{t('distribution.heading')}</h2>
      <p className="page-intro">{t('distribution.intro')}</p>
      <DecisionRecordFields decision={decision} setDecision={setDecision} />
      <PlanTextField label={t('distribution.context')} value={decision.context} maxLength={10_000} multiline onChange={(context) => setDecision({ context })} />
      <DecisionDriversFields decision={decision} setDecision={setDecision} />
      <h3 className="field-label">{t('distribution.options')}</h3>
      <p className="field-hint">{t('distribution.optionsHint')}</p>
      {snapshot && <ChooserOptionsButton plan={plan} entries={snapshot.entries} update={update} />}
      <ul className="plan-options" aria-label={t('distribution.considered')}>
        {decision.consideredEntryIds.map((id) => {
          const chosen = decision.chosenEntryIds.includes(id);
          return (
            <li key={id} className="plan-option">
              <span className="plan-option-name">{nameOf(id)}</span>
              <label className="plan-check">
                <input
                  type="checkbox"
                  aria-label={t('distribution.chosenFor', { name: nameOf(id) })}
                  checked={chosen}
                  disabled={!chosen && decision.chosenEntryIds.length >= 10}
                  onChange={() =>
                    setDecision({ chosenEntryIds: chosen ? decision.chosenEntryIds.filter((other) => other !== id) : [...decision.chosenEntryIds, id] })
                  }
                />
                {t('distribution.chosen')}
              </label>
              <button
                type="button"
                className="button subtle"
                aria-label={t('distribution.remove', { name: nameOf(id) })}
                onClick={() =>
                  setDecision({
                    consideredEntryIds: decision.consideredEntryIds.filter((other) => other !== id),
                    chosenEntryIds: decision.chosenEntryIds.filter((other) => other !== id),
                  })
                }
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      {snapshot ? (
        <div className="plan-option-picker">
          <input
            className="text-input"
            type="search"
            aria-label={t('distribution.filter')}
            placeholder={t('distribution.filter')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
          />
          <div className="chip-row">
            {missingShortlist.length > 0 && (
              <button
                type="button"
                className="button"
                onClick={() => setDecision({ consideredEntryIds: [...decision.consideredEntryIds, ...missingShortlist].slice(0, 50) })}
              >
                {t('distribution.addShortlist')}
              </button>
            )}
            {candidates.map((entry) => (
              <button
                key={entry.id}
                type="button"
                className="chip"
                disabled={decision.consideredEntryIds.length >= 50}
                onClick={() => setDecision({ consideredEntryIds: [...decision.consideredEntryIds, entry.id] })}
              >
                + {entry.name}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <p className="field-hint">{t('distribution.noCatalogue')}</p>
      )}
      <OptionArgumentsFields decision={decision} nameOf={nameOf} setDecision={setDecision} />
      <PlanTextField label={t('distribution.rationale')} value={decision.rationale} maxLength={10_000} multiline onChange={(rationale) => setDecision({ rationale })} />
      <PlanTextField
        label={t('distribution.consequences')}
        value={decision.consequences}
        maxLength={10_000}
        multiline
        onChange={(consequences) => setDecision({ consequences })}
      />
      <PlanTextField
        label={t('madr.confirmation')}
        hint={t('madr.confirmationHint')}
        value={decision.confirmation}
        maxLength={5_000}
        multiline
        onChange={(confirmation) => setDecision({ confirmation })}
      />
    </section>
  );
}

/** One line per section another page fills, with a way there: the plan page only shows them. */
export function OtherSectionsCard({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation('plan');
  const { t: common } = useTranslation();
  const { t: choices } = useTranslation('choices');
  const { t: sla } = useTranslation('sla');
  const number = (value: number) => value.toLocaleString(i18n.language, { maximumFractionDigits: 4 });

  const rows: { key: string; label: string; summary: string | null; target: GoToTarget }[] = [
    // Each registered decision says its own line (shared/choices/decision-registry.ts).
    ...decisionIds.map((id) => {
      const section = plan[id];
      return {
        key: id,
        label: choices(`tabs.${id}`),
        summary: section === null ? null : anyDecision(id).summary(section, choices as unknown as DocumentTranslate),
        target: { section: 'choices', tab: id } as const,
      };
    }),
    { key: 'sla', label: t('sections.sla'), summary: plan.sla ? t('sections.slaSummary', { percent: number(plan.sla.targetPercent) }) : null, target: { section: 'sla', tab: 'calculator', field: 'sla-target' } },
    {
      key: 'topology',
      label: t('sections.topology'),
      summary: plan.topology
        ? t('sections.topologySummary', {
            zones: plan.topology.zones,
            nodes: plan.topology.zones * plan.topology.workerNodesPerZone,
            namespaces: plan.topology.namespaces.length,
          })
        : null,
      target: { section: 'choices', tab: 'topology' },
    },
  ];
  const place = (target: GoToTarget) =>
    target.section === 'choices' ? choices(`tabs.${target.tab}`) : sla('availabilityLabel');


  return (
    <section className="card plan-card" aria-labelledby="plan-other-sections">
      <h2 id="plan-other-sections">{t('sections.heading')}</h2>
      <dl className="plan-summary">
        {rows.map((row) => (
          <div key={row.key} className="plan-summary-row">
            <dt>{row.label}</dt>
            <dd className={row.summary ? undefined : 'plan-undecided'}>{row.summary ?? t('sections.notDecided')}</dd>
            <dd>
              <button type="button" className="button subtle" data-go-to={row.key} onClick={() => goToTarget(row.target)}>
                {t('sections.goTo', { page: common(`nav.${row.target.section}`), place: place(row.target) })}
              </button>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
