import { describe, expect, it } from 'vitest';
import { UserError, isUserError } from '../user-error';
import { failure, ipcErrorSchema, toErrorPayload } from './result';

describe('toErrorPayload', () => {
  it('renders a user error’s English from the locale, nested texts included, and keeps its key and specifics', () => {
    const params = { file: 'x.yml', path: 'landscape', problem: 'categories', line: 3 };
    const payload = toErrorPayload(new UserError('invalid-file', 'landscape.notLandscapeAt', params));
    expect(payload).toEqual({
      code: 'invalid-file',
      message: 'x.yml: Not a CNCF landscape file: at landscape, expected a list of categories (line 3).',
      i18n: { key: 'landscape.notLandscapeAt', params },
    });
    expect(ipcErrorSchema.parse(payload)).toEqual(payload);
  });

  it('makes anything else an internal failure with its own message', () => {
    expect(toErrorPayload(new TypeError('boom'))).toEqual({ code: 'internal', message: 'boom' });
    expect(toErrorPayload('plain text')).toEqual({ code: 'internal', message: 'plain text' });
  });

  it('wraps a user error into a failed envelope', () => {
    expect(failure(new UserError('unauthorized', 'web.unauthorized'))).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'Missing or wrong session token.', i18n: { key: 'web.unauthorized', params: {} } },
    });
  });
});

describe('isUserError', () => {
  it('picks out a user error by its key only', () => {
    const notZip = new UserError('invalid-file', 'conformance.notZip', { source: 'a.zip', reason: 'bad header' });
    expect(isUserError(notZip, 'conformance.notZip')).toBe(true);
    expect(isUserError(notZip, 'conformance.zipTooLarge')).toBe(false);
    expect(isUserError(new Error('conformance.notZip'), 'conformance.notZip')).toBe(false);
  });
});
