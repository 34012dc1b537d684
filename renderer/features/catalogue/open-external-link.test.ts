import { describe, expect, it, vi } from 'vitest';
import { fail, ok } from '../../../shared/ipc/result';
import { openExternalLink } from './open-external-link';

const url = 'https://github.com/projectcalico/calico';

describe('openExternalLink', () => {
  it('leaves it to main when main opened the link', async () => {
    const openWindow = vi.fn();
    await expect(openExternalLink({ openExternal: async () => ok({ opened: true }) }, url, openWindow)).resolves.toEqual({ ok: true });
    expect(openWindow).not.toHaveBeenCalled();
  });

  it('opens a new tab without an opener where main could not', async () => {
    const openWindow = vi.fn();
    await openExternalLink({ openExternal: async () => ok({ opened: false }) }, url, openWindow);
    expect(openWindow).toHaveBeenCalledWith(url, '_blank', 'noopener,noreferrer');
  });

  it('returns main’s error instead of opening anything', async () => {
    const openWindow = vi.fn();
    const result = await openExternalLink({ openExternal: async () => fail('invalid-request', 'not an https link') }, url, openWindow);
    expect(result).toEqual({ ok: false, error: { code: 'invalid-request', message: 'not an https link' } });
    expect(openWindow).not.toHaveBeenCalled();
  });
});
