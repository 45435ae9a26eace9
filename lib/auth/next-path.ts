import { locales, type Locale } from '../i18n/locales';
import { dashboardPath } from './editor-paths';

const probeOrigin = 'http://next-path.invalid';
const editorPath = new RegExp(`^/(?:${locales.join('|')})/editor(?:/|$)`);
const signInPage = new RegExp(`^/(?:${locales.join('|')})/editor/sign-in/?$`);

/**
 * Where to go after signing in: the `next` the sign-in page was given when it is an editor page of
 * this site, else the dashboard. Anything else (another site, `//host`, `/\host`, a public page, the
 * sign-in page itself) would make the form an open redirect or a loop.
 */
export function safeNextPath(next: string | undefined | null, locale: Locale): string {
  const fallback = dashboardPath(locale);
  if (!next || !next.startsWith('/') || /[\\\u0000-\u001f]/.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, probeOrigin);
  } catch {
    return fallback;
  }
  if (url.origin !== probeOrigin) return fallback;
  if (!editorPath.test(url.pathname) || signInPage.test(url.pathname)) return fallback;
  return `${url.pathname}${url.search}`;
}
