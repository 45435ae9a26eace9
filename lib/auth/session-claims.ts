/** What a session cookie says about its holder; everything else is re-read from the database. */
export type SessionClaims = { userId: string; sessionVersion: number };

/** The claims of a session as Auth.js's session callback returned it (see auth.ts), or null. */
export function readSessionClaims(session: unknown): SessionClaims | null {
  if (typeof session !== 'object' || session === null) return null;
  const { user, sessionVersion } = session as { user?: { id?: unknown }; sessionVersion?: unknown };
  const userId = user?.id;
  if (typeof userId !== 'string' || userId === '') return null;
  if (typeof sessionVersion !== 'number' || !Number.isInteger(sessionVersion)) return null;
  return { userId, sessionVersion };
}

/** What the token keeps: the user and the session version they signed in with, nothing more. */
export function tokenClaims(token: Record<string, unknown>): SessionClaims | null {
  const { sub, sessionVersion } = token;
  if (typeof sub !== 'string' || typeof sessionVersion !== 'number') return null;
  return { userId: sub, sessionVersion };
}
