import i18next from 'i18next';
import { errors } from './en/errors';
import type { ErrorKey } from './error-keys';
import type { ErrorParams } from '../user-error';

// Synchronous: the resources are in memory, so the instance is ready when `init` returns.
const english = i18next.createInstance();
void english.init({
  resources: { en: { errors } },
  lng: 'en',
  ns: ['errors'],
  defaultNS: 'errors',
  interpolation: { escapeValue: false },
  initAsync: false,
  showSupportNotice: false,
});

/**
 * An error's English sentence, from the `errors` namespace of the English locale: what the envelope's
 * `message`, logs and `--json` carry. The one place English error text is written out from a key.
 */
export function englishErrorMessage({ key, params }: { key: ErrorKey; params: ErrorParams }): string {
  return english.t(key, params);
}
