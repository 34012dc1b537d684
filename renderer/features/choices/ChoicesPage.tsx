import { type KeyboardEvent, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../app/api';
import { useAppStore } from '../../app/store';
import { LoadGate } from '../../ui/LoadGate';
import { useLoadFromMain } from '../../ui/use-load-from-main';
import { type ChoicesTab, choicesTabs } from './choices-slice';
import { decisionPanelFor } from './decision-panels';
import { TopologyPanel } from './topology/TopologyPanel';
import './choices.css';

const loadTradeoffData = () => api.getTradeoffData({});

export function ChoicesPage() {
  const { t } = useTranslation('choices');
  const id = useId();
  const tab = useAppStore((state) => state.choicesTab);
  const setTab = useAppStore((state) => state.setChoicesTab);
  // Loaded from main once per run; it then stays in the store across sections.
  const data = useAppStore((state) => state.tradeoffData);
  const { error, retry } = useLoadFromMain(data, loadTradeoffData, useAppStore.getState().setTradeoffData);
  const tabRefs = useRef<Partial<Record<ChoicesTab, HTMLButtonElement | null>>>({});
  // A persisted tab from an older version falls back to the first one.
  const active: ChoicesTab = choicesTabs.includes(tab) ? tab : 'caasPaas';

  // Arrow keys move between tabs and activate them (the WAI-ARIA tabs pattern, automatic activation).
  const onTabKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const index = choicesTabs.indexOf(active);
    const next: Partial<Record<string, number>> = {
      ArrowRight: (index + 1) % choicesTabs.length,
      ArrowLeft: (index - 1 + choicesTabs.length) % choicesTabs.length,
      Home: 0,
      End: choicesTabs.length - 1,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const tabId = choicesTabs[target]!;
    setTab(tabId);
    tabRefs.current[tabId]?.focus();
  };

  const panel = () => {
    if (active === 'topology') return <TopologyPanel />;
    const Panel = decisionPanelFor(active);
    return (
      <LoadGate
        data={data}
        error={error}
        onRetry={retry}
        loadingText={t('loading')}
        failureText={(message) => t('loadFailed', { message })}
        retryText={t('retry')}
      >
        {(loaded) => <Panel id={active} data={loaded[active]} />}
      </LoadGate>
    );
  };

  return (
    <section className="page choices-page">
      <header className="page-header">
        <h1>{t('title')}</h1>
        <p className="page-intro">{t('intro')}</p>
      </header>
      <div role="tablist" aria-label={t('tabsLabel')} className="choices-tabs">
        {choicesTabs.map((tabId) => (
          <button
            key={tabId}
            ref={(element) => {
              tabRefs.current[tabId] = element;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${tabId}`}
            aria-selected={active === tabId}
            aria-controls={`${id}-panel-${tabId}`}
            tabIndex={active === tabId ? 0 : -1}
            className="choices-tab"
            onClick={() => setTab(tabId)}
            onKeyDown={onTabKeyDown}
          >
            {t(`tabs.${tabId}`)}
          </button>
        ))}
      </div>
      {choicesTabs.map((tabId) => (
        <div
          key={tabId}
          role="tabpanel"
          id={`${id}-panel-${tabId}`}
          aria-labelledby={`${id}-tab-${tabId}`}
          hidden={active !== tabId}
          className="choices-panel"
        >
          {active === tabId && panel()}
        </div>
      ))}
    </section>
  );
}
