import { useTranslation } from 'react-i18next';
import { languageSchema, themePreferenceSchema } from '../../shared/ipc/contract';
import { usePreferenceActions } from './preferences';
import { sections, useAppStore } from './store';

export function AppHeader() {
  const { t } = useTranslation();
  const section = useAppStore((state) => state.section);
  const goTo = useAppStore((state) => state.goTo);
  const language = useAppStore((state) => state.language);
  const theme = useAppStore((state) => state.theme);
  const { setLanguage, setTheme } = usePreferenceActions();

  return (
    <header className="app-header">
      <div className="brand">
        <img className="brand-mark" src="./favicon.svg" alt="" width={28} height={28} />
        <div>
          <div className="brand-name">{t('appName')}</div>
          <div className="brand-tagline">{t('tagline')}</div>
        </div>
      </div>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul>
          {sections.map((item, index) => (
            <li key={item}>
              <button
                type="button"
                className="nav-item"
                aria-current={item === section ? 'page' : undefined}
                aria-keyshortcuts={`Alt+${index + 1}`}
                onClick={() => goTo(item)}
              >
                {t(`nav.${item}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="header-settings">
        <label className="compact-field">
          <span>{t('settings.language')}</span>
          <select value={language} onChange={(event) => void setLanguage(languageSchema.parse(event.target.value))}>
            {languageSchema.options.map((option) => (
              <option key={option} value={option}>
                {t(`languages.${option}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="compact-field">
          <span>{t('settings.theme')}</span>
          <select value={theme} onChange={(event) => void setTheme(themePreferenceSchema.parse(event.target.value))}>
            <option value="system">{t('settings.themeSystem')}</option>
            <option value="light">{t('settings.themeLight')}</option>
            <option value="dark">{t('settings.themeDark')}</option>
          </select>
        </label>
      </div>
    </header>
  );
}
