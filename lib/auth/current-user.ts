import 'server-only';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getPrisma } from '../db/client';
import type { Locale } from '../i18n/locales';
import { auth } from './auth';
import type { EditorUser } from './editor-user';
import { dashboardPath, signInPath } from './editor-paths';
import { readSessionClaims } from './session-claims';
import { findSessionUser } from './session-user';

/**
 * The signed-in editor user, re-read from the database on every request (once per request: the
 * layout, the page and its queries share the answer). Null without a session, or when the account is
 * disabled or gone, or the session predates a password change or a forced sign-out.
 */
export const getCurrentUser = cache(async (): Promise<EditorUser | null> => {
  const claims = readSessionClaims(await auth());
  return claims ? findSessionUser(getPrisma(), claims) : null;
});

/**
 * For editor pages: the signed-in user, or a redirect to the sign-in page, which comes back to `next`
 * afterwards. A page passes its own address as `next` (a server component cannot see the request's
 * path); without one, signing in leads to the dashboard.
 */
export async function requireEditorUser(locale: Locale, next?: string): Promise<EditorUser> {
  const user = await getCurrentUser();
  if (!user) redirect(signInPath(locale, next ?? dashboardPath(locale)));
  return user;
}
