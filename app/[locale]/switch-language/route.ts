import type { NextRequest } from 'next/server';
import { findSwitchDestination } from '@/lib/announcements/switch-language';
import { isLocale } from '@/lib/i18n/locales';
import { localeCookie } from '@/lib/i18n/routing';
import { readEnv } from '@/lib/env';

type Context = { params: Promise<{ locale: string }> };

// The language switcher's links land here: a redirect to the page the reader was on, in the chosen
// language (or that language's home), which also records the choice in the locale cookie. The only
// response of the public site that sets a cookie, and only because the reader asked for it.
export async function GET(request: NextRequest, { params }: Context): Promise<Response> {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response(null, { status: 404 });
  const destination = await findSwitchDestination(locale, request.nextUrl.searchParams.get('from') ?? '');
  const { name, maxAge, sameSite, path } = localeCookie;
  // Only the server reads it; over https it never travels in the clear.
  const secure = readEnv().SITE_URL?.startsWith('https://') ? '; Secure' : '';
  return new Response(null, {
    status: 303,
    headers: {
      Location: destination,
      'Set-Cookie': `${name}=${locale}; Path=${path}; Max-Age=${maxAge}; SameSite=${sameSite}; HttpOnly${secure}`,
      'Cache-Control': 'private, no-store',
    },
  });
}
