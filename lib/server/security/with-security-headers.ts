import type { IncomingMessage, ServerResponse } from 'node:http';
import { securityHeaders } from '../../security/security-headers';
import { addContentSecurityPolicy } from './hashed-page-policy';

type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void;

/**
 * Every response Next produces gets the security headers and a Content-Security-Policy. It sits
 * between the response cache and Next, so what the cache stores already carries them.
 */
export function withSecurityHeaders(handler: Handler, options: { https: boolean }): Handler {
  const fixed = securityHeaders(options);
  return (req, res) => {
    for (const [name, value] of fixed) res.setHeader(name, value);
    addContentSecurityPolicy(res);
    return handler(req, res);
  };
}
