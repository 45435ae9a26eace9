import type { IncomingMessage, ServerResponse } from 'node:http';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

const reading = new Set(['GET', 'HEAD', 'OPTIONS']);
const single = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.split(',')[0]?.trim();

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Whether a request that would change something comes from a page of this site (or names no origin). */
export function isSameOriginWrite(req: IncomingMessage, siteHost: string | undefined): boolean {
  if (reading.has(req.method ?? 'GET')) return true;
  const origin = single(req.headers.origin);
  // Browsers name the origin of every cross-site POST; a request without one is not a browser
  // tricked by another site (Next's own check then applies).
  if (origin === undefined) return true;
  const own = new Set([req.headers.host, single(req.headers['x-forwarded-host']), siteHost].filter(Boolean));
  const host = originHost(origin);
  return host !== null && own.has(host);
}

/**
 * Refuses, with 403 and a plain message, every write another site's page sends: server actions
 * (with JavaScript or as plain form posts) and route handlers alike. Next checks server actions
 * too, but answers a foreign origin with a 500; this answers before Next, for every route.
 */
export function withSameOriginWrites(handler: Handler, siteHost: string | undefined): Handler {
  return (req, res) => {
    if (isSameOriginWrite(req, siteHost)) return handler(req, res);
    res.writeHead(403, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end('Refused: this request came from another site.\n');
  };
}
