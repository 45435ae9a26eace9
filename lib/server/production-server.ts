import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import next from 'next';
import type { Logger } from 'pino';
import { readEnv } from '../env';
import { createLogger } from '../ops/logger';
import { REQUEST_ID_HEADER, withRequestLog } from './request-log';
import { withResponseCache, type RequestHandler } from './response-cache/caching-handler';
import { onResponseCacheInvalidation } from './response-cache/registry';
import { ResponseCache } from './response-cache/response-cache';
import { withSameOriginWrites } from './security/same-origin-writes';
import { withSecurityHeaders } from './security/with-security-headers';

/** Memory for stored responses: about a thousand pages of the current size, plus their gzip copies. */
export const RESPONSE_CACHE_BUDGET_BYTES = 64 * 1024 * 1024;

export type ProductionServerOptions = {
  /** The project folder holding the production build in .next. */
  dir: string;
  port: number;
  hostname: string;
  /** Stands in for Next in tests of the cache; the real server leaves it out. */
  handler?: RequestHandler;
  /** Where the request log goes; JSON lines on stdout when left out. */
  log?: Logger;
};

export type ProductionServer = { server: Server; cache: ResponseCache; close(): Promise<void> };

async function prepareNext(options: ProductionServerOptions): Promise<{ handle: RequestHandler; close(): Promise<void> }> {
  const app = next({ dev: false, dir: options.dir, hostname: options.hostname, port: options.port });
  await app.prepare();
  const handle = app.getRequestHandler();
  return { handle: (req, res) => handle(req, res), close: () => app.close() };
}

// As `next start` does: a handler that throws is a 500 and a logged error, not a dead process.
function guarded(handler: RequestHandler, log: Logger) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    const fail = (error: unknown) => {
      log.error({ err: error, reqId: req.headers[REQUEST_ID_HEADER], url: req.url }, 'request failed');
      if (res.headersSent) return void res.destroy();
      res.statusCode = 500;
      res.end('Internal Server Error');
    };
    try {
      void handler(req, res)?.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

function listen(server: Server, port: number, hostname: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

/**
 * The portal's production HTTP server: Next's request handler (the same one `next start` uses)
 * behind an in-memory cache of anonymous public pages. Next alone serves a cached page at about
 * 2,000 requests per second on two cores; most of that cost is its routing and rendering pipeline,
 * which the cache skips. Revalidations anywhere in this process empty the cache (registry.ts).
 */
export async function startProductionServer(options: ProductionServerOptions): Promise<ProductionServer> {
  const app = options.handler ? { handle: options.handler, close: async () => undefined } : await prepareNext(options);
  const cache = new ResponseCache(RESPONSE_CACHE_BUDGET_BYTES);
  const unregister = onResponseCacheInvalidation(() => cache.invalidate());
  const siteUrl = readEnv().SITE_URL;
  const log = options.log ?? createLogger();
  const sameOrigin = withSameOriginWrites(app.handle, siteUrl && new URL(siteUrl).host);
  const cached = withResponseCache(cache, withSecurityHeaders(sameOrigin, { https: siteUrl?.startsWith('https://') ?? false }));
  const server = createServer(withRequestLog(guarded(cached, log), log));
  try {
    await listen(server, options.port, options.hostname);
  } catch (error) {
    unregister();
    await app.close();
    throw error;
  }
  const close = async () => {
    unregister();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    await app.close();
    log.flush();
  };
  return { server, cache, close };
}
