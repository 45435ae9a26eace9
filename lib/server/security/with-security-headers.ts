import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaders } from '../../security/security-headers';
import { acceptsGzip, isPublicLocalePath } from '../response-cache/request-rules';
import { addContentSecurityPolicy } from './hashed-page-policy';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

// Requests for public pages as documents: GET or HEAD of a public address (the response cache's
// rule), not a file (feeds and sitemaps have an extension) and not one of Next's RSC fetches.
function isPublicPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  if (req.headers.rsc !== undefined || req.headers['next-router-prefetch'] !== undefined) return false;
  const url = req.url ?? '';
  const path = url.split('?', 1)[0] ?? '';
  return isPublicLocalePath(url) && !path.slice(path.lastIndexOf('/')).includes('.');
}

/**
 * Every response Next produces gets the security headers and a Content-Security-Policy. It sits
 * between the response cache and Next, so what the cache stores already carries them. Public pages
 * are asked of Next uncompressed: they are held whole for their script hashes anyway, and compressed
 * once finished (finished-page.ts).
 */
export function withSecurityHeaders(handler: Handler, options: { https: boolean }): Handler {
  const fixed = securityHeaders(options);
  return (req, res) => {
    for (const [name, value] of fixed) res.setHeader(name, value);
    const page = isPublicPageRequest(req);
    const gzip = page && acceptsGzip(req.headers['accept-encoding']);
    if (page) delete req.headers['accept-encoding'];
    addContentSecurityPolicy(res, { gzip });
    return handler(req, res);
  };
}
