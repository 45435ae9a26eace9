import type { IncomingMessage, ServerResponse } from 'node:http';
import { captureResponse } from './capture';
import { lookupFor } from './request-rules';
import type { CachedResponse, ResponseCache } from './response-cache';
import { CACHE_STATUS_HEADER } from './response-rules';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

// Pages are some tens of kilobytes; a response above this is passed on but not stored.
const MAX_STORED_BODY_BYTES = 2 * 1024 * 1024;

function isNotModified(req: IncomingMessage, entry: CachedResponse): boolean {
  const ifNoneMatch = req.headers['if-none-match'];
  if (entry.status !== 200 || entry.etag === undefined || ifNoneMatch === undefined) return false;
  return ifNoneMatch.split(',').some((tag) => tag.trim() === entry.etag || tag.trim() === '*');
}

function serveHit(req: IncomingMessage, res: ServerResponse, entry: CachedResponse): void {
  if (isNotModified(req, entry)) {
    res.writeHead(304, entry.notModifiedHeaders);
    res.end();
  } else {
    res.writeHead(entry.status, entry.headers);
    res.end(req.method === 'HEAD' ? undefined : entry.body);
  }
}

/**
 * Puts `cache` in front of `next`: answers what it holds, hands everything else to Next, and stores
 * Next's answers to cacheable requests (see request-rules.ts and response-rules.ts for which).
 */
export function withResponseCache(cache: ResponseCache, next: RequestHandler): RequestHandler {
  const passThrough = (req: IncomingMessage, res: ServerResponse, status: 'miss' | 'bypass', key?: string) => {
    res.setHeader(CACHE_STATUS_HEADER, status);
    const ticket = cache.beginPassThrough();
    if (key !== undefined && req.method === 'GET') {
      const capture = captureResponse(res, MAX_STORED_BODY_BYTES);
      res.once('finish', () => {
        const response = capture.result();
        if (response !== null) cache.store(key, ticket, response);
      });
    }
    res.once('close', () => cache.endPassThrough(ticket));
    return next(req, res);
  };

  // Not async: a hit is answered synchronously, without a promise per request.
  return (req, res) => {
    const lookup = lookupFor(req);
    if (lookup === null) return passThrough(req, res, 'bypass');
    const entry = cache.lookup(lookup.key);
    if (entry !== undefined) return serveHit(req, res, entry);
    // Next compresses by Accept-Encoding: ask it for exactly the encoding the key stands for.
    if (lookup.acceptEncoding === undefined) delete req.headers['accept-encoding'];
    else req.headers['accept-encoding'] = lookup.acceptEncoding;
    return passThrough(req, res, 'miss', lookup.key);
  };
}
