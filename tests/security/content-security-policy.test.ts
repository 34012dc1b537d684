import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY_META } from '../../shared/security/content-security-policy';

const indexHtml = () => readFile(join(import.meta.dirname, '../../renderer/index.html'), 'utf8');

function metaPolicy(html: string): string | undefined {
  return /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html)?.[1];
}

describe('the Content-Security-Policy', () => {
  it('index.html carries the meta policy, word for word', async () => {
    expect(metaPolicy(await indexHtml())).toBe(CONTENT_SECURITY_POLICY_META);
  });

  it('keeps frame-ancestors out of the meta tag, where browsers ignore it and log an error', () => {
    expect(CONTENT_SECURITY_POLICY_META).not.toContain('frame-ancestors');
  });

  it('sends the meta policy and refuses framing in the header', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(`${CONTENT_SECURITY_POLICY_META}; frame-ancestors 'none'`);
  });
});
