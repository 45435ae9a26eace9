import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isSameOriginWrite } from './same-origin-writes';

const request = (method: string, headers: Record<string, string>) => ({ method, headers }) as unknown as IncomingMessage;

describe('isSameOriginWrite', () => {
  it('lets every read through, whatever its origin', () => {
    expect(isSameOriginWrite(request('GET', { host: 'forum.test', origin: 'https://evil.test' }), undefined)).toBe(true);
  });

  it('lets writes from the site’s own pages through, by Host, forwarded host or SITE_URL', () => {
    expect(isSameOriginWrite(request('POST', { host: 'forum.test', origin: 'http://forum.test' }), undefined)).toBe(true);
    expect(isSameOriginWrite(request('POST', { host: '127.0.0.1:3000', 'x-forwarded-host': 'forum.test', origin: 'https://forum.test' }), undefined)).toBe(true);
    expect(isSameOriginWrite(request('POST', { host: '127.0.0.1:3000', origin: 'https://forum.example.org' }), 'forum.example.org')).toBe(true);
  });

  it('refuses writes another site sends, and origins that are not addresses', () => {
    for (const origin of ['https://evil.test', 'null', 'http://forum.test.evil.test', 'not a url']) {
      expect(isSameOriginWrite(request('POST', { host: 'forum.test', origin }), undefined), origin).toBe(false);
    }
    expect(isSameOriginWrite(request('DELETE', { host: 'forum.test', origin: 'https://evil.test' }), 'forum.test')).toBe(false);
  });

  it('leaves a write without an Origin header (no browser) to Next', () => {
    expect(isSameOriginWrite(request('POST', { host: 'forum.test' }), undefined)).toBe(true);
  });
});
