import type { IpcErrorPayload } from '../ipc/result';

/** Anything with an English message and, optionally, its translatable form: an envelope's error, an `IpcError`, any `Error`. */
export type DescribableError = Pick<IpcErrorPayload, 'message' | 'i18n'>;

type Translate = (key: string, options: Record<string, unknown>) => string;

/**
 * The error in the user's language: its `errors` key with its specifics where it has one that this
 * build knows, else its English message. Works with any namespace's `t`.
 */
export function describeError(error: DescribableError, t: Translate): string {
  if (!error.i18n) return error.message;
  return t(`errors:${error.i18n.key}`, { ...error.i18n.params, defaultValue: error.message });
}
