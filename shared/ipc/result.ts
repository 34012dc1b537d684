import { z } from 'zod';
import type { ErrorKey } from '../i18n/error-keys';

/**
 * Every handler answers with this envelope instead of throwing across the process boundary, so a
 * transport never has to serialize an Error and the renderer can always show a message.
 */
export const ipcErrorCodeSchema = z.enum([
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
]);
export type IpcErrorCode = z.infer<typeof ipcErrorCodeSchema>;

/**
 * The translatable form of an error's message: a key of the `errors` namespace and the specifics
 * (file, line, size, field, URL) it interpolates. The key is a plain string on the wire so that an
 * older or newer peer's key is not a protocol error: the UI falls back to the English `message`.
 */
export const errorDescriptionSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ErrorParams = Record<string, string | number>;
/** What the code that creates an error gives: a key the `errors` namespace is known to have. */
export type ErrorDescription = { key: ErrorKey; params: ErrorParams };

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

function errorPayload(code: IpcErrorCode, message: string, i18n?: ErrorDescription): IpcErrorPayload {
  return i18n ? { code, message, i18n } : { code, message };
}

export function fail(code: IpcErrorCode, message: string, i18n?: ErrorDescription): IpcResult<never> {
  return { ok: false, error: errorPayload(code, message, i18n) };
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

/**
 * Handlers throw this for failures they expect, so the envelope carries a precise code and, with
 * `i18n`, a message the UI can say in the user's language.
 */
export class HandlerError extends Error {
  readonly code: IpcErrorCode;
  readonly i18n: ErrorDescription | undefined;

  constructor(code: IpcErrorCode, message: string, i18n?: ErrorDescription) {
    super(message);
    this.name = 'HandlerError';
    this.code = code;
    this.i18n = i18n;
  }

  toPayload(): IpcErrorPayload {
    return errorPayload(this.code, this.message, this.i18n);
  }
}
