import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { CACHE_STATUS_HEADER } from './response-cache/response-rules';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

export const REQUEST_ID_HEADER = 'x-request-id';

// A proxy in front may have named the request already; anything else is replaced, so a log line
// never carries what a client made up beyond a plain token.
const acceptableId = /^[A-Za-z0-9._-]{8,64}$/;

/** The request's id: the one a proxy in front gave it, or a new one. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && acceptableId.test(given) ? given : randomUUID();
}

/**
 * Gives every request an id (passed on to Next as x-request-id and sent back to the client) and logs
 * one line when its response is done: method, path, status, time, how the response cache answered.
 */
export function withRequestLog(handler: Handler, log: Logger): Handler {
  return (req, res) => {
    const started = process.hrtime.bigint();
    const reqId = requestIdOf(req);
    req.headers[REQUEST_ID_HEADER] = reqId;
    res.setHeader(REQUEST_ID_HEADER, reqId);
    res.once('close', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const cache = res.getHeader(CACHE_STATUS_HEADER);
      log.info(
        { reqId, method: req.method, url: req.url, status: res.statusCode, ms: Math.round(ms * 10) / 10, cache, completed: res.writableFinished },
        'request',
      );
    });
    return handler(req, res);
  };
}
