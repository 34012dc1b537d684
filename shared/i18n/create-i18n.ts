import i18next, { type i18n } from 'i18next';
import { planExportFormatChoices } from '../export/export-formats';
import type { Language } from '../language';
import { defaultNamespace, namespaces, resources } from './resources';

/** One configured i18next instance; the renderer adds react-i18next on top, the CLI and menu use it as is. */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources,
    lng: language,
    fallbackLng: 'en',
    ns: namespaces,
    defaultNS: defaultNamespace,
    // React and terminals escape on their own; HTML escaping here would double-escape "&" in names.
    // The CLI's usage lists the export formats from their registry, so a new format can't be left out of it.
    interpolation: { escapeValue: false, defaultVariables: { planExportFormats: planExportFormatChoices } },
    returnNull: false,
    showSupportNotice: false,
  });
  return instance;
}
