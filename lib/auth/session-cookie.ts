/**
 * The session cookie: out of reach of scripts (httpOnly), sent on top-level navigations from other
 * sites but not on their subrequests or form posts (Lax), and only over TLS when the site is served
 * over https (which also gives it the __Secure- prefix browsers enforce).
 */
export function sessionCookie(siteUrl: string | undefined) {
  const secure = siteUrl?.startsWith('https://') ?? false;
  return {
    secure,
    sessionToken: {
      name: `${secure ? '__Secure-' : ''}authjs.session-token`,
      options: { httpOnly: true, sameSite: 'lax' as const, path: '/', secure },
    },
  };
}
