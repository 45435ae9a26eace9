import type { IncomingHttpHeaders } from 'node:http';
import { isLocale } from '../../i18n/locales';
import { localeCookie } from '../../i18n/routing';

/** What the cache needs of a request; a plain shape so the rules are testable without a socket. */
export type CacheableRequest = { method?: string; url?: string; headers: IncomingHttpHeaders };

/** A request the cache may answer: its key, and the Accept-Encoding to hand to Next on a miss. */
export type CacheLookup = { key: string; acceptEncoding: 'gzip' | undefined };

// Headers with which Next answers something other than the shared HTML document (RSC payloads,
// prefetches, server actions, draft mode revalidation, middleware subrequests), or which make a
// request personal. Any of them, and the request goes to Next untouched.
const personalOrNextInternal = /^(?:rsc|next-|x-nextjs-|x-middleware-|x-prerender-revalidate|authorization|range)/;

// Sections under a locale that are never shared, whatever their responses say: the editor area.
const privateSections = new Set(['editor']);

function hasOnlyLocaleCookie(cookie: string | undefined): boolean {
  if (cookie === undefined) return true;
  return cookie.split(';').every((pair) => {
    const name = pair.split('=', 1)[0]?.trim() ?? '';
    return name === '' || name === localeCookie.name;
  });
}

/** True when Accept-Encoding allows gzip, by name or else by `*`, with a quality above zero. */
export function acceptsGzip(header: string | undefined): boolean {
  if (!header) return false;
  const qualities = new Map<string, number>();
  for (const entry of header.split(',')) {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    qualities.set(coding, quality === undefined ? 1 : Number(quality.slice(2)) || 0);
  }
  return (qualities.get('gzip') ?? qualities.get('*') ?? 0) > 0;
}

/** An address under a locale outside the editor, and not one of Next's `_rsc` fetches. */
export function isPublicLocalePath(url: string): boolean {
  const queryStart = url.indexOf('?');
  const path = queryStart === -1 ? url : url.slice(0, queryStart);
  const query = queryStart === -1 ? '' : url.slice(queryStart + 1);
  if (!path.startsWith('/') || path.includes('//') || path.includes('\\')) return false;
  if (query.split('&').some((pair) => pair.split('=', 1)[0] === '_rsc')) return false;
  const [, locale = '', section = ''] = path.split('/');
  if (!isLocale(locale)) return false;
  try {
    return !privateSections.has(decodeURIComponent(section).toLowerCase());
  } catch {
    return false;
  }
}

/**
 * The cache key of an anonymous GET or HEAD of a locale-prefixed public page, or null when the
 * request must go to Next as it is. `/` (language negotiation from cookie and Accept-Language),
 * /api, Next's assets and the editor are never answered from the cache.
 *
 * The response's encoding is part of the key: a miss asks Next for gzip or for identity only, so
 * what is stored under a key is exactly what every request with that key accepts.
 */
export function lookupFor(request: CacheableRequest): CacheLookup | null {
  const { method, url, headers } = request;
  if ((method !== 'GET' && method !== 'HEAD') || url === undefined) return null;
  if (!isPublicLocalePath(url) || !hasOnlyLocaleCookie(headers.cookie)) return null;
  for (const name of Object.keys(headers)) if (personalOrNextInternal.test(name)) return null;
  const acceptEncoding = acceptsGzip(headers['accept-encoding']) ? 'gzip' : undefined;
  return { key: `${acceptEncoding ?? 'identity'} ${url}`, acceptEncoding };
}
