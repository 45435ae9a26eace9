import { NextResponse, type NextRequest } from 'next/server';
import { pageContentSecurityPolicy } from './content-security-policy';

/**
 * Editor pages are rendered for each request, so each gets its own nonce: Next reads it from the
 * request's Content-Security-Policy header and puts it on every script it writes, and the browser
 * gets the same policy. (Public pages are prerendered and shared; lib/server allows their inline
 * scripts by hash instead: README, "Security headers".)
 */
export function withEditorNonce(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString('base64');
  const policy = pageContentSecurityPolicy({ nonce }, { development: process.env.NODE_ENV === 'development' });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}
