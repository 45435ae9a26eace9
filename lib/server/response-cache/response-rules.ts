import type { OutgoingHttpHeaders } from 'node:http';

/**
 * The longest a response stays in the cache, whatever its s-maxage. Revalidations in this process
 * empty the cache at once; this bound is for what no revalidation here announces: a scheduled
 * translation going live (Next's own 60 s) and, with several instances, a publication made on
 * another one. Under load one request per page in this interval reaches Next, which is noise.
 */
export const MAX_LIFETIME_SECONDS = 5;

/**
 * How long a page Next served stale (x-nextjs-cache: STALE) is kept. Next serves the stale page to
 * everyone while it re-renders in the background; passing every request on meanwhile made that
 * re-render take seconds on a busy machine (measured: 1-2 s per request meanwhile). Kept this briefly,
 * one request a second reaches Next and sees when its fresh page is ready.
 */
export const STALE_LIFETIME_SECONDS = 1;

// Request headers Next varies its documents on. The cache bypasses every request that carries one
// of them (request-rules.ts) and keys on the encoding it asks Next for, so these Vary values are
// already honoured; any other Vary means a response the cache cannot key correctly.
const understoodVary = new Set([
  'rsc',
  'next-router-state-tree',
  'next-router-prefetch',
  'next-router-segment-prefetch',
  'next-url',
  'accept-encoding',
]);

const text = (value: OutgoingHttpHeaders[string]): string =>
  Array.isArray(value) ? value.join(', ') : value === undefined ? '' : String(value);

function sharedMaxAge(cacheControl: string): number | null {
  const directives = cacheControl.split(',').map((directive) => directive.trim().toLowerCase());
  if (directives.some((directive) => ['private', 'no-store', 'no-cache'].includes(directive.split('=', 1)[0] ?? ''))) {
    return null;
  }
  const sMaxAge = directives.find((directive) => directive.startsWith('s-maxage='));
  const seconds = sMaxAge === undefined ? Number.NaN : Number(sMaxAge.slice('s-maxage='.length));
  return Number.isInteger(seconds) && seconds > 0 ? seconds : null;
}

/**
 * How many seconds a response from Next may be served from the cache, or null when it must not be
 * stored: only 200 and 404 pages that Next marks as shared-cacheable (s-maxage) and that set no
 * cookie. Of Next's own pages, only those it served from its cache (x-nextjs-cache HIT, or STALE for
 * a moment); a fresh render (MISS) is passed on but not stored, so the next request, a HIT, is.
 */
export function storableLifetime(status: number, headers: OutgoingHttpHeaders): number | null {
  if (status !== 200 && status !== 404) return null;
  if (headers['set-cookie'] !== undefined) return null;
  const nextCache = headers['x-nextjs-cache'] === undefined ? 'HIT' : text(headers['x-nextjs-cache']).toUpperCase();
  if (nextCache !== 'HIT' && nextCache !== 'STALE') return null;
  const vary = text(headers.vary)
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
  if (vary.some((name) => !understoodVary.has(name))) return null;
  const seconds = sharedMaxAge(text(headers['cache-control']));
  if (seconds === null) return null;
  return Math.min(seconds, nextCache === 'STALE' ? STALE_LIFETIME_SECONDS : MAX_LIFETIME_SECONDS);
}

/** Response header saying how the cache treated the request (hit, miss, bypass): observable and tested. */
export const CACHE_STATUS_HEADER = 'x-forum-cache';

// Connection-level headers belong to one exchange; Date and Content-Length are written per reply;
// the cache status is the cache's own.
const notReplayed = new Set(['connection', 'keep-alive', 'transfer-encoding', 'date', 'content-length', CACHE_STATUS_HEADER]);

/** The headers to replay on a hit, as a flat [name, value, …] list for writeHead. */
export function replayedHeaders(headers: OutgoingHttpHeaders, bodyLength: number): string[] {
  const list: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || notReplayed.has(name)) continue;
    for (const single of Array.isArray(value) ? value : [String(value)]) list.push(name, single);
  }
  list.push('content-length', String(bodyLength), CACHE_STATUS_HEADER, 'hit');
  return list;
}

// What a 304 repeats of the full response (RFC 9110, 15.4.5).
const repeatedOnNotModified = new Set(['cache-control', 'vary', 'etag', 'expires', 'content-location']);

/** The headers of a 304 answer to a conditional request for a stored response. */
export function notModifiedHeaders(headers: OutgoingHttpHeaders): string[] {
  const list: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined || !repeatedOnNotModified.has(name)) continue;
    for (const single of Array.isArray(value) ? value : [String(value)]) list.push(name, single);
  }
  list.push(CACHE_STATUS_HEADER, 'hit');
  return list;
}
