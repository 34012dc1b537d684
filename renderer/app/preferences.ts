import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, ThemePreference } from '../../shared/ipc/contract';
import { unwrap } from '../../shared/ipc/result';
import { api } from './api';
import { useAppStore } from './store';

/** Applies the theme to <html>; "system" leaves it to the prefers-color-scheme media query. */
export function applyTheme(theme: ThemePreference): void {
  if (theme === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = theme;
}

/** Changes language or theme: saved by main first, so what the user sees is what was persisted. */
export function usePreferenceActions() {
  const { i18n } = useTranslation();
  const applyPreferences = useAppStore((state) => state.applyPreferences);
  const reportError = useAppStore((state) => state.reportError);

  const save = useCallback(
    async (changes: { language?: Language; theme?: ThemePreference }) => {
      try {
        const saved = unwrap(await api.savePreferences(changes));
        const language = saved.language ?? useAppStore.getState().language;
        await i18n.changeLanguage(language);
        applyTheme(saved.theme);
        applyPreferences({ language, theme: saved.theme });
      } catch (error) {
        reportError(error as Error);
      }
    },
    [applyPreferences, i18n, reportError],
  );

  return {
    setLanguage: (language: Language) => save({ language }),
    setTheme: (theme: ThemePreference) => save({ theme }),
  };
}
