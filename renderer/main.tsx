// The shared components' styles first, so each page's own sheet can refine them.
import './ui/ui.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { unwrap } from '../shared/ipc/result';
import { languageForLocale } from '../shared/i18n/resources';
import { App } from './app/App';
import { api } from './app/api';
import { prefetchCatalogue } from './app/catalogue-prefetch';
import { createRendererI18n } from './app/i18n';
import { applyTheme } from './app/preferences';
import { useAppStore, workspaceStorage } from './app/store';
import { StartupFailure } from './app/StartupFailure';
import { refreshOnReturn } from './app/refresh-on-return';
import { reportStateNotices } from './app/state-notices';
import { planWorkspace } from './features/plan/current-plan';
import './styles/tokens.css';
import './styles/app.css';

/** Stages of the start-up, named for `tests/bench/host-cold-start.ts`, which reads them back. */
function markStartup(stage: 'scripts-evaluated' | 'startup-calls-answered'): void {
  performance.mark(`kube-planner:${stage}`);
}

async function start(): Promise<void> {
  markStartup('scripts-evaluated');
  const root = createRoot(document.getElementById('root')!);
  try {
    prefetchCatalogue();
    // The start-up calls go out together; only the plan's wait for the texts (its untitled name).
    const [info, preferences] = await Promise.all([
      api.getAppInfo({}).then(unwrap),
      api.loadPreferences({}).then(unwrap),
      useAppStore.persist.rehydrate(),
    ]);
    const language = preferences.language ?? languageForLocale(info.locale);
    const i18n = await createRendererI18n(language);
    useAppStore.getState().applyPreferences({ language, theme: preferences.theme });
    // Without its plans the rest of the app still works; the banner says why the plan is missing.
    await planWorkspace.start(i18n.t('plan:untitled')).catch((error: Error) => useAppStore.getState().reportError(error));
    applyTheme(preferences.theme);
    refreshOnReturn();
    await reportStateNotices();
    // The first screen is handed to React right after.
    markStartup('startup-calls-answered');
    root.render(
      <StrictMode>
        <I18nextProvider i18n={i18n}>
          <App />
        </I18nextProvider>
      </StrictMode>,
    );
  } catch (error) {
    // Nothing else loaded, so the failure screen uses the browser's own language.
    const i18n = await createRendererI18n(languageForLocale(navigator.language));
    root.render(
      <I18nextProvider i18n={i18n}>
        <StartupFailure error={error as Error} />
      </I18nextProvider>,
    );
  }
}

// A reload (the menu's language switch does one) or closing the window must not drop the last edit.
window.addEventListener('pagehide', () => {
  workspaceStorage.flush();
  void planWorkspace.flush();
});

void start();
