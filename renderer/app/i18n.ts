import type { i18n } from 'i18next';
import type { Language } from '../../shared/ipc/contract';
import { createI18n } from '../../shared/i18n/create-i18n';

export async function createRendererI18n(language: Language): Promise<i18n> {
  // main.tsx hands the instance to <I18nextProvider>; no global react-i18next registration needed.
  const instance = await createI18n(language);
  document.documentElement.lang = language;
  instance.on('languageChanged', (next) => {
    document.documentElement.lang = next;
  });
  return instance;
}
