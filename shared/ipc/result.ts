import { z } from 'zod';

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
  'internal',
]);
export type IpcErrorCode = z.infer<typeof ipcErrorCodeSchema>;

export const ipcErrorSchema = z.object({
  code: ipcErrorCodeSchema,
  message: z.string(),
});
export type IpcErrorPayload = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcErrorPayload };

export function ok<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function fail(code: IpcErrorCode, message: string): IpcResult<never> {
  return { ok: false, error: { code, message } };
}

/** The renderer turns a failed envelope back into this, so `catch` blocks see a typed error. */
export class IpcError extends Error {
  readonly code: IpcErrorCode;

  constructor(payload: IpcErrorPayload) {
    super(payload.message);
    this.name = 'IpcError';
    this.code = payload.code;
  }
}

export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new IpcError(result.error);
}

/** Handlers throw this for failures they expect, so the envelope carries a precise code. */
export class HandlerError extends Error {
  readonly code: IpcErrorCode;

  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'HandlerError';
    this.code = code;
  }
}
