import i18next, { type i18n } from 'i18next';
import { errors } from './en/errors';
import type { ErrorKey } from './error-keys';
import type { ErrorParams } from '../user-error';

let english: i18n | undefined;

/** Made on the first error, not on import: the host and the CLI load this module on their start path. */
function englishInstance(): i18n {
  if (english) return english;
  english = i18next.createInstance();
  // Synchronous: the resources are in memory, so the instance is ready when `init` returns.
  void english.init({
    resources: { en: { errors } },
    lng: 'en',
    ns: ['errors'],
    defaultNS: 'errors',
    interpolation: { escapeValue: false },
    initAsync: false,
    showSupportNotice: false,
  });
  return english;
}

/**
 * An error's English sentence, from the `errors` namespace of the English locale: what the envelope's
 * `message`, logs and `--json` carry. The one place English error text is written out from a key.
 */
export function englishErrorMessage({ key, params }: { key: ErrorKey; params: ErrorParams }): string {
  return englishInstance().t(key, params);
}
