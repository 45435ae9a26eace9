import type { OutgoingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { MAX_LIFETIME_SECONDS, notModifiedHeaders, replayedHeaders, STALE_LIFETIME_SECONDS, storableLifetime } from './response-rules';

// What Next sends for a page it served from its cache (checked against `next start`).
const nextPage: OutgoingHttpHeaders = {
  vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
  'x-nextjs-cache': 'HIT',
  'x-nextjs-prerender': '1',
  'cache-control': 's-maxage=60, stale-while-revalidate=31535940',
  etag: '"su0oylqyydt3b"',
  'content-type': 'text/html; charset=utf-8',
  'content-length': '37739',
};
const withHeaders = (headers: OutgoingHttpHeaders) => ({ ...nextPage, ...headers });

describe('storableLifetime', () => {
  it('stores 200 and 404 pages Next marks shared-cacheable, for at most the cache’s own bound', () => {
    expect(storableLifetime(200, nextPage)).toBe(MAX_LIFETIME_SECONDS);
    expect(storableLifetime(404, nextPage)).toBe(MAX_LIFETIME_SECONDS);
    expect(storableLifetime(200, withHeaders({ 'cache-control': 'public, s-maxage=2' }))).toBe(2);
  });

  it('stores responses of routes outside Next’s page cache when they say s-maxage', () => {
    expect(storableLifetime(200, { 'cache-control': 'public, s-maxage=60', 'content-type': 'application/xml' })).toBe(MAX_LIFETIME_SECONDS);
  });

  it('refuses other statuses: redirects, errors, 304', () => {
    for (const status of [301, 303, 307, 308, 304, 400, 500, 503]) expect(storableLifetime(status, nextPage), String(status)).toBeNull();
  });

  it('refuses any response that sets a cookie', () => {
    expect(storableLifetime(200, withHeaders({ 'set-cookie': ['NEXT_LOCALE=fr; Path=/'] }))).toBeNull();
    expect(storableLifetime(200, withHeaders({ 'set-cookie': 'a=b' }))).toBeNull();
  });

  it('refuses what is not shared-cacheable', () => {
    const refused = ['private, no-cache, no-store, max-age=0, must-revalidate', 'public, max-age=60', 's-maxage=0',
      's-maxage=60, private', 'no-store, s-maxage=60', 's-maxage=abc', ''];
    for (const cacheControl of refused) expect(storableLifetime(200, withHeaders({ 'cache-control': cacheControl })), cacheControl).toBeNull();
    expect(storableLifetime(200, withHeaders({ 'cache-control': undefined }))).toBeNull();
  });

  it('refuses what Next rendered just now: the next request, served from Next’s cache, is stored', () => {
    for (const state of ['MISS', 'REVALIDATED']) expect(storableLifetime(200, withHeaders({ 'x-nextjs-cache': state })), state).toBeNull();
  });

  it('keeps a page Next served stale for a moment only, while Next re-renders it', () => {
    expect(storableLifetime(200, withHeaders({ 'x-nextjs-cache': 'STALE' }))).toBe(STALE_LIFETIME_SECONDS);
  });

  it('refuses responses that vary on anything the cache does not key on', () => {
    for (const vary of ['Cookie', 'Accept-Language', '*', 'rsc, User-Agent']) expect(storableLifetime(200, withHeaders({ vary })), vary).toBeNull();
  });
});

describe('replayed headers', () => {
  it('drop per-connection headers, recount the length and say hit', () => {
    const headers = replayedHeaders(
      withHeaders({ connection: 'keep-alive', 'keep-alive': 'timeout=5', date: 'x', 'transfer-encoding': 'chunked', 'x-forum-cache': 'miss' }),
      10,
    );
    const pairs = Object.fromEntries(Array.from({ length: headers.length / 2 }, (_, i) => [headers[2 * i], headers[2 * i + 1]]));
    expect(pairs).toMatchObject({ etag: nextPage.etag, 'cache-control': nextPage['cache-control'], 'content-length': '10', 'x-forum-cache': 'hit' });
    for (const name of ['connection', 'keep-alive', 'date', 'transfer-encoding']) expect(pairs).not.toHaveProperty(name);
    expect(headers.filter((value) => value === 'content-length')).toHaveLength(1);
  });

  it('repeat validators and caching headers on a 304, without a body’s headers', () => {
    expect(notModifiedHeaders(nextPage)).toEqual(['vary', nextPage.vary, 'cache-control', nextPage['cache-control'], 'etag', nextPage.etag, 'x-forum-cache', 'hit']);
  });
});
