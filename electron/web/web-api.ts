import { setImmediate as otherWorkFirst } from 'node:timers/promises';
import { type Handlers, dispatch } from '../core/dispatch';
import { serializedOkResult } from '../core/unchanging-responses';

/** An API call's answer as the browser host sends it: a status and the JSON text. */
export type SerializedAnswer = { status: number; json: string };

/**
 * One contract call, validated on both sides by `dispatch`, as JSON. Kept apart from web-host.ts
 * and loaded on the first call: the contract's schemas and the handlers are most of the host's
 * code, and the page's own files are served before they are ready.
 */
export async function answerCall(handlers: Handlers, channel: string, payload: unknown): Promise<SerializedAnswer> {
  const result = await dispatch(handlers, channel, payload);
  if (result.ok) return { status: 200, json: serializedOkResult(result.value) };
  return { status: result.error.code === 'unknown-channel' ? 404 : 200, json: JSON.stringify(result) };
}

/**
 * Builds the catalogue and its JSON before the page asks for it, so the page's call (the longest of
 * its start) finds them made. The snapshot is cached with the import file's stamp and its JSON with
 * the snapshot, so the call answers the same as without this, only sooner; a failure here is the
 * call's own to report, when the page makes it.
 */
export async function prepareCatalogue(handlers: Handlers): Promise<void> {
  const result = await dispatch(handlers, 'getCatalogue', {});
  // Serializing is a long stretch of its own at 50,000 rows: calls that arrived meanwhile go first.
  await otherWorkFirst();
  if (result.ok) serializedOkResult(result.value);
}
