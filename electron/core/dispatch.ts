import { type z } from 'zod';
import {
  type ChannelName,
  type ChannelResponse,
  type ParsedChannelRequest,
  ipcContract,
  isChannelName,
} from '../../shared/ipc/contract';
import { HandlerError, type IpcResult, fail, ok } from '../../shared/ipc/result';
import { checkedOnce } from './unchanging-responses';

/** One function per contract channel; each transport calls them only through `dispatch`. */
export type Handlers = {
  [C in ChannelName]: (request: ParsedChannelRequest<C>) => Promise<ChannelResponse<C>>;
};

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * Validates the request against the contract, runs the handler, and validates what it returns, so
 * neither a hostile payload nor a handler bug crosses the boundary unchecked.
 */
export async function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<IpcResult<unknown>> {
  if (!isChannelName(channel)) {
    const shown = channel.slice(0, 80);
    return fail('unknown-channel', `Unknown channel "${shown}".`, { key: 'request.unknownChannel', params: { channel: shown } });
  }
  const { request, response } = ipcContract[channel];
  const parsed = request.safeParse(payload);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    return fail('invalid-request', `Invalid request for ${channel}: ${issues}`, { key: 'request.invalid', params: { channel, issues } });
  }
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = checkedOnce(value, (unchecked) => response.safeParse(unchecked), (result) => result.success);
    if (!checked.success) {
      const issues = describeIssues(checked.error);
      return fail('invalid-response', `The ${channel} handler returned an invalid response: ${issues}`, {
        key: 'request.invalidResponse',
        params: { channel, issues },
      });
    }
    return ok(checked.data);
  } catch (error) {
    if (error instanceof HandlerError) return { ok: false, error: error.toPayload() };
    const reason = error instanceof Error ? error.message : String(error);
    return fail('internal', `${channel} failed: ${reason}`, { key: 'request.internal', params: { channel, reason } });
  }
}
