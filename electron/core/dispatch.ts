import { type z } from 'zod';
import { type ChannelName, type SlaChannelName, channelNames, slaChannelNames } from '../../shared/ipc/channels';
import type { ChannelResponse, IpcContract, ParsedChannelRequest } from '../../shared/ipc/contract';
import { slaChannels } from '../../shared/ipc/sla-channels';
import { type IpcResult, failure, ok } from '../../shared/ipc/result';
import { UserError } from '../../shared/user-error';
import { checkedOnce } from './unchanging-responses';

/** One function per contract channel; each transport calls them only through `dispatch`. */
export type Handlers = {
  [C in ChannelName]: (request: ParsedChannelRequest<C>) => Promise<ChannelResponse<C>>;
};

const knownChannels: ReadonlySet<string> = new Set(channelNames);
const isChannelName = (channel: string): channel is ChannelName => knownChannels.has(channel);
const slaChannelSet: ReadonlySet<string> = new Set(slaChannelNames);
let contractLoading: Promise<IpcContract> | undefined;

/**
 * A channel's request and response schemas, as the contract declares them. The SLA channels' come
 * from their own module, whose table the contract spreads into its own (the same schema objects):
 * an `sla` calculation in the CLI is then checked without first building every other channel's
 * schemas (plans, the catalogue, the choices), most of its start-up time. The rest load once.
 */
export async function contractEntry(channel: ChannelName): Promise<IpcContract[ChannelName]> {
  if (slaChannelSet.has(channel)) return slaChannels[channel as SlaChannelName];
  const contract = await (contractLoading ??= import('../../shared/ipc/contract').then((module) => module.ipcContract));
  return contract[channel];
}

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
    return failure(new UserError('unknown-channel', 'request.unknownChannel', { channel: shown }));
  }
  const { request, response } = await contractEntry(channel);
  const parsed = request.safeParse(payload);
  if (!parsed.success) {
    const issues = describeIssues(parsed.error);
    return failure(new UserError('invalid-request', 'request.invalid', { channel, issues }));
  }
  try {
    const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    const checked = checkedOnce(response, value);
    if (!checked.success) {
      const issues = describeIssues(checked.error);
      return failure(new UserError('invalid-response', 'request.invalidResponse', { channel, issues }));
    }
    return ok(checked.data);
  } catch (error) {
    if (error instanceof UserError) return failure(error);
    const reason = error instanceof Error ? error.message : String(error);
    return failure(new UserError('internal', 'request.internal', { channel, reason }));
  }
}
