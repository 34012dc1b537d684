import type { i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../shared/ipc/contract';
import { createI18n } from '../../shared/i18n/create-i18n';

export async function createRendererI18n(language: Language): Promise<i18n> {
  const instance = await createI18n(language);
  instance.use(initReactI18next);
  initReactI18next.init(instance);
  document.documentElement.lang = language;
  instance.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  return instance;
}
