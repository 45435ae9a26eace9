import createMiddleware from 'next-intl/middleware';
import type { NextRequest, NextResponse } from 'next/server';
import { isLocale } from './lib/i18n/locales';
import { localeCookie, routing } from './lib/i18n/routing';
import { withEditorNonce } from './lib/security/editor-nonce';

const handleLocaleRouting = createMiddleware(routing);

// next-intl stores the locale of every visit whose prefix differs from the browser's languages in
// the locale cookie. That would put Set-Cookie on cacheable public pages and record visits, not
// choices: the cookie is set only by the language switcher (app/[locale]/switch-language), and read
// here, where `/` negotiates from it, then from Accept-Language, then falls back to the default.
function dropLocaleCookie(response: NextResponse): NextResponse {
  if (!response.cookies.has(localeCookie.name)) return response;
  const kept = response.cookies.getAll().filter((cookie) => cookie.name !== localeCookie.name);
  response.headers.delete('set-cookie');
  response.headers.delete('x-middleware-set-cookie');
  for (const cookie of kept) response.cookies.set(cookie);
  return response;
}

function isEditorPage(pathname: string): boolean {
  const [, locale = '', section] = pathname.split('/');
  return section === 'editor' && isLocale(locale);
}

export default function proxy(request: NextRequest): NextResponse {
  if (isEditorPage(request.nextUrl.pathname)) return withEditorNonce(request);
  return dropLocaleCookie(handleLocaleRouting(request));
}

export const config = {
  // Only addresses without a locale prefix (`/`, a mistyped locale) need negotiation: a page under
  // /{locale}/ knows its locale from its address. Leaving those pages out spares every cached page
  // a proxy invocation, a third of its serving cost as measured. Next reads the matcher statically,
  // so the locale list is spelled out; proxy-matcher.test.ts keeps it in step with lib/i18n/locales.ts.
  // Also left out: API routes, uploaded media (/media/{key}, keys need no extension), Next
  // internals and files with an extension. The second pattern takes the editor's pages, for their nonce.
  matcher: [
    '/((?!api|media/|_next|_vercel|(?:en|zh|ru|fr|de|es|ar)(?:/|$)|.*\\..*).*)',
    '/((?:en|zh|ru|fr|de|es|ar)/editor(?:/.*)?)',
  ],
};
