import { describe, expect, it } from 'vitest';
import { acceptsGzip, lookupFor, type CacheableRequest } from './request-rules';

const page = '/en/announcements/some-report';
const request = (overrides: Partial<CacheableRequest> = {}): CacheableRequest => ({
  method: 'GET',
  url: page,
  headers: { host: 'localhost' },
  ...overrides,
});
const withHeaders = (headers: CacheableRequest['headers']) => request({ headers: { host: 'localhost', ...headers } });

describe('lookupFor: requests the cache may answer', () => {
  it('answers anonymous GET and HEAD of pages under every locale', () => {
    for (const url of ['/en', '/zh/page/2', '/ar/events/x', '/de/topics/y?utm=1', page]) {
      expect(lookupFor(request({ url })), url).not.toBeNull();
    }
    expect(lookupFor(request({ method: 'HEAD' }))?.key).toBe(lookupFor(request())?.key);
  });

  it('keys on the whole address, query included', () => {
    expect(lookupFor(request({ url: '/en?a=1' }))?.key).not.toBe(lookupFor(request({ url: '/en?a=2' }))?.key);
  });

  it('tolerates the locale cookie, which only `/` reads', () => {
    expect(lookupFor(withHeaders({ cookie: 'NEXT_LOCALE=fr' }))).not.toBeNull();
  });
});

describe('lookupFor: requests that go to Next untouched', () => {
  it('bypasses other methods', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', undefined]) expect(lookupFor(request({ method })), method).toBeNull();
  });

  it('bypasses `/`, /api, assets, unknown locales and the editor area', () => {
    const urls = ['/', '/?x=1', '/api/v1/announcements?locale=en', '/_next/static/a.css', '/favicon.ico', '/xx/page', '/english',
      '/en/editor', '/en/editor/announcements/1', '/fr/Editor', '/de/%65ditor', '/en//editor', '/en/%E0%A4%A', 'en'];
    for (const url of urls) expect(lookupFor(request({ url })), url).toBeNull();
  });

  it('bypasses any cookie but the locale cookie, e.g. a session', () => {
    for (const cookie of ['authjs.session-token=abc', 'NEXT_LOCALE=fr; authjs.session-token=abc', '__prerender_bypass=1']) {
      expect(lookupFor(withHeaders({ cookie })), cookie).toBeNull();
    }
  });

  it('bypasses RSC, router, prefetch, action and internal headers, and authorization', () => {
    const headers = ['rsc', 'next-router-state-tree', 'next-router-prefetch', 'next-router-segment-prefetch', 'next-url',
      'next-action', 'x-nextjs-data', 'x-middleware-subrequest', 'x-prerender-revalidate', 'authorization', 'range'];
    for (const name of headers) expect(lookupFor(withHeaders({ [name]: '1' })), name).toBeNull();
  });

  it('bypasses the _rsc query Next adds to RSC requests', () => {
    expect(lookupFor(request({ url: `${page}?_rsc=1x2y` }))).toBeNull();
    expect(lookupFor(request({ url: `${page}?a=1&_rsc` }))).toBeNull();
  });
});

describe('lookupFor: encodings', () => {
  it('keys gzip and identity apart and asks Next for exactly the one it keys on', () => {
    const gzip = lookupFor(withHeaders({ 'accept-encoding': 'gzip, deflate, br' }));
    const identity = lookupFor(request());
    expect(gzip?.acceptEncoding).toBe('gzip');
    expect(identity?.acceptEncoding).toBeUndefined();
    expect(gzip?.key).not.toBe(identity?.key);
    expect(lookupFor(withHeaders({ 'accept-encoding': 'br' }))?.key).toBe(identity?.key);
  });

  it('reads Accept-Encoding qualities', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
