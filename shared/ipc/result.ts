import { z } from 'zod';
import { englishErrorMessage } from '../i18n/english-errors';
import { type ErrorCode, UserError, errorCodes } from '../user-error';

/**
 * Every handler answers with this envelope instead of throwing across the process boundary, so a
 * transport never has to serialize an Error and the renderer can always show a message.
 */
export const ipcErrorCodeSchema = z.enum(errorCodes);
export type IpcErrorCode = ErrorCode;

/**
 * The translatable form of an error's message: a key of the `errors` namespace and the specifics
 * (file, line, size, field, URL) it interpolates. The key is a plain string on the wire so that an
 * older or newer peer's key is not a protocol error: the UI falls back to the English `message`.
 */
export const errorDescriptionSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const ipcErrorSchema = z.object({
  code: ipcErrorCodeSchema,
  /** English, with the specifics: the fallback, and what logs and `--json` carry. */
  message: z.string(),
  i18n: errorDescriptionSchema.optional(),
});
export type IpcErrorPayload = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorPayload };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

/** A failure without a translatable text: for what only a hostile or broken caller, or a bug, causes (a refused sender, a body that is not JSON). */
export function fail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

/**
 * The one conversion of a thrown error into the envelope's: a `UserError` keeps its code and key, and
 * its English message is rendered from the locale here; anything else is an internal failure.
 */
export function toErrorPayload(error: unknown): IpcErrorPayload {
  if (error instanceof UserError) return { code: error.code, message: englishErrorMessage(error), i18n: error.i18n };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

export function failure(error: UserError): IpcResult<never> {
  return { ok: false, error: toErrorPayload(error) };
}

/** The renderer turns a failed envelope back into this, so `catch` blocks see a typed error. */
export class IpcError extends Error {
  readonly code: IpcErrorCode;
  readonly i18n: IpcErrorPayload['i18n'];

  constructor(payload: IpcErrorPayload) {
    super(payload.message);
    this.name = 'IpcError';
    this.code = payload.code;
    this.i18n = payload.i18n;
  }
}

export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new IpcError(result.error);
}
