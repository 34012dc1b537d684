import type { ErrorKey } from './i18n/error-keys';

/**
 * What kind of failure an error is, as the envelope names it. The transports answer with a code, so
 * a caller can tell a refused request from a bad file or a full disk without reading the message.
 */
export const errorCodes = [
  'invalid-request',
  'invalid-response',
  'unknown-channel',
  'forbidden-sender',
  'unauthorized',
  'not-found',
  'invalid-file',
  'file-too-large',
  'io-failure',
  /** A save from a stale revision: the file changed elsewhere since the caller read it. */
  'conflict',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** The specifics an error's text interpolates: a file, a line, a size, a field, a URL. */
export type ErrorParams = Record<string, string | number>;

/**
 * A failure the user is told about: its code, a key of the `errors` namespace and the specifics the
 * text of that key interpolates. It carries no sentence of its own: the boundary that reports it (the
 * envelope, the CLI) renders the English from the locale, and the page says it in the UI's language,
 * so the words live once, in the locale files. Kept at the bottom of `shared/`, so domain code throws
 * it without knowing the IPC contract or any locale.
 */
export class UserError extends Error {
  override readonly name = 'UserError';

  constructor(
    readonly code: ErrorCode,
    readonly key: ErrorKey,
    readonly params: ErrorParams = {},
  ) {
    // Only what a stack trace or a log of an unreported error shows; users see the locale's text.
    super(`${key} ${JSON.stringify(params)}`);
  }

  /** The translatable form, as the envelope carries it and `describeError` reads it. */
  get i18n(): { key: ErrorKey; params: ErrorParams } {
    return { key: this.key, params: this.params };
  }
}

/** Whether `error` is a `UserError` with `key`: how a caller picks out the one failure it handles. */
export function isUserError(error: unknown, key: ErrorKey): error is UserError {
  return error instanceof UserError && error.key === key;
}
