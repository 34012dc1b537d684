import { describe, expect, it, vi } from 'vitest';
import { channelNames } from '../../shared/ipc/contract';
import { createHttpApi, takeSessionToken } from './http-api';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

describe('createHttpApi', () => {
  it('offers exactly the contract channels', () => {
    expect(Object.keys(createHttpApi('t')).sort()).toEqual([...channelNames].sort());
  });

  it('posts the request to /api/<channel> with the session token and returns the envelope', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, { ok: true, value: { theme: 'dark' } }));
    const api = createHttpApi('secret', fetchMock as unknown as typeof fetch);
    expect(await api.loadPreferences({})).toEqual({ ok: true, value: { theme: 'dark' } });
    expect(fetchMock).toHaveBeenCalledWith('/api/loadPreferences', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'x-kube-planner-token': 'secret' },
      body: '{}',
    });
  });

  it('passes a host error through unchanged, with its translatable form', async () => {
    const error = { code: 'unauthorized', message: 'Missing or wrong session token.', i18n: { key: 'web.unauthorized', params: {} } };
    const api = createHttpApi('', (async () => jsonResponse(401, { ok: false, error })) as unknown as typeof fetch);
    expect(await api.getAppInfo({})).toEqual({ ok: false, error });
  });

  it('turns an unreachable host or a non-envelope answer into a clear error', async () => {
    const down = createHttpApi('t', (async () => Promise.reject(new TypeError('Failed to fetch'))) as unknown as typeof fetch);
    expect(await down.getAppInfo({})).toEqual({
      ok: false,
      error: {
        code: 'io-failure',
        message: 'The Kube Planner host did not answer: Failed to fetch',
        i18n: { key: 'host.unreachable', params: { reason: 'Failed to fetch' } },
      },
    });
    const odd = createHttpApi('t', (async () => new Response('<html>', { status: 502 })) as unknown as typeof fetch);
    expect(await odd.getAppInfo({})).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('502') } });
  });
});

describe('takeSessionToken', () => {
  it('moves the token from the fragment to session storage and clears it from the address bar', () => {
    window.history.replaceState(null, '', '/#token=abc123');
    expect(takeSessionToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
    expect(window.location.hash).toBe('');
    expect(takeSessionToken(window.location, window.sessionStorage, window.history)).toBe('abc123');
  });
});
