import { describe, expect, it, vi } from 'vitest';
import { UserError } from '../../shared/user-error';
import { channelNames } from '../../shared/ipc/channels';
import { type Handlers, contractEntry, dispatch } from './dispatch';

function handlersWith(overrides: Partial<Handlers>): Handlers {
  return new Proxy(overrides as Handlers, {
    get: (target, key: string) =>
      target[key as keyof Handlers] ?? vi.fn(async () => Promise.reject(new Error(`${key} not stubbed`))),
  });
}

describe('dispatch', () => {
  it('checks each channel against the contract’s own schemas, the SLA channels’ included', async () => {
    const { ipcContract } = await import('../../shared/ipc/contract');
    for (const channel of channelNames) expect(await contractEntry(channel), channel).toBe(ipcContract[channel]);
  });

  it('applies schema defaults and passes the validated request to the handler', async () => {
    const computeDowntimeBudget = vi.fn(async () => ({
      availabilityPercent: 99.9,
      convention: 'year-365' as const,
      seconds: { day: 86.4, week: 604.8, month: 2628, quarter: 7884, year: 31536 },
    }));
    const result = await dispatch(handlersWith({ computeDowntimeBudget }), 'computeDowntimeBudget', {
      availabilityPercent: 99.9,
    });
    expect(result.ok).toBe(true);
    expect(computeDowntimeBudget).toHaveBeenCalledWith({ availabilityPercent: 99.9, convention: 'year-365' });
  });

  it('rejects a malformed payload with a message naming the field, without calling the handler', async () => {
    const computeDowntimeBudget = vi.fn();
    const result = await dispatch(handlersWith({ computeDowntimeBudget }), 'computeDowntimeBudget', {
      availabilityPercent: 'lots',
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(!result.ok && result.error.message).toMatch(/availabilityPercent/);
    expect(computeDowntimeBudget).not.toHaveBeenCalled();
  });

  it('rejects unexpected extra fields, so a caller cannot smuggle data past the contract', async () => {
    const result = await dispatch(handlersWith({}), 'loadPreferences', { path: '/etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('answers an unknown channel with its own code', async () => {
    const result = await dispatch(handlersWith({}), 'deleteEverything', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('does not treat inherited object keys as channels', async () => {
    const result = await dispatch(handlersWith({}), 'constructor', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknown-channel' } });
  });

  it('keeps the code, key and specifics of a user error, and renders its English message from the locale', async () => {
    const i18n = { key: 'store.readFailed' as const, params: { path: '/data/preferences.json', reason: 'EACCES' } };
    const loadPreferences = vi.fn(async () => {
      throw new UserError('io-failure', i18n.key, i18n.params);
    });
    const result = await dispatch(handlersWith({ loadPreferences }), 'loadPreferences', {});
    expect(result).toEqual({ ok: false, error: { code: 'io-failure', message: 'Could not read /data/preferences.json: EACCES', i18n } });
  });

  it('describes its own failures translatably, naming the channel and the field', async () => {
    const unknown = await dispatch(handlersWith({}), 'deleteEverything', {});
    expect(!unknown.ok && unknown.error.i18n).toEqual({ key: 'request.unknownChannel', params: { channel: 'deleteEverything' } });
    const invalid = await dispatch(handlersWith({}), 'computeDowntimeBudget', { availabilityPercent: 'lots' });
    expect(!invalid.ok && invalid.error.i18n).toMatchObject({
      key: 'request.invalid',
      params: { channel: 'computeDowntimeBudget', issues: expect.stringContaining('availabilityPercent') },
    });
  });

  it('wraps an unexpected throw as internal, naming the channel', async () => {
    const loadPreferences = vi.fn(async () => {
      throw new TypeError('boom');
    });
    const result = await dispatch(handlersWith({ loadPreferences }), 'loadPreferences', {});
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'loadPreferences failed: boom',
        i18n: { key: 'request.internal', params: { channel: 'loadPreferences', reason: 'boom' } },
      },
    });
  });

  it('refuses to pass on a response that breaks the contract', async () => {
    const getAppInfo = vi.fn(async () => ({ version: 1 }) as never);
    const result = await dispatch(handlersWith({ getAppInfo }), 'getAppInfo', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-response' } });
  });
});
