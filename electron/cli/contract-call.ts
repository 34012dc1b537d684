import type { TFunction } from 'i18next';
import type { ChannelName, ChannelRequest, ChannelResponse } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { describeError } from '../../shared/i18n/describe-error';
import { type Handlers, dispatch } from '../core/dispatch';
import type { CliIo } from './run-cli';

/** Prints a failed result (the envelope as JSON with --json, else a line in the user's language); true when it succeeded. */
export type ReportFailure = (result: IpcResult<unknown>) => result is { ok: true; value: unknown };

/** One contract call through `dispatch`: the checked response, or undefined once the failure is printed. */
export type CallContract = <C extends ChannelName>(channel: C, request: ChannelRequest<C>) => Promise<ChannelResponse<C> | undefined>;

export function failureReporter(json: boolean, io: CliIo, t: TFunction): ReportFailure {
  return (result): result is { ok: true; value: unknown } => {
    if (result.ok) return true;
    if (json) io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    else io.stderr(`${t('failed', { code: result.error.code, message: describeError(result.error, t) })}\n`);
    return false;
  };
}

/** How every CLI command reads a channel's answer: one call, one place that unwraps it or prints why it failed. */
export function contractCaller(handlers: Handlers, report: ReportFailure): CallContract {
  return async <C extends ChannelName>(channel: C, request: ChannelRequest<C>) => {
    const result = await dispatch(handlers, channel, request);
    // dispatch has checked the value against the channel's response schema; the cast only names that type.
    return report(result) ? (result.value as ChannelResponse<C>) : undefined;
  };
}
