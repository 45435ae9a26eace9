import type { PrismaClient } from '../db/generated/client';
import { isLocale } from '../i18n/locales';
import type { EditorUser } from './editor-user';
import type { SessionClaims } from './session-claims';

/**
 * The editor user a session belongs to, read afresh: null when the account is gone or disabled, or
 * when the session was issued before its password was changed or its sessions were ended (its
 * version is older than the account's).
 */
export async function findSessionUser(db: PrismaClient, claims: SessionClaims): Promise<EditorUser | null> {
  const user = await db.user.findUnique({
    where: { id: claims.userId },
    select: { id: true, email: true, name: true, role: true, locales: true, disabledAt: true, sessionVersion: true },
  });
  if (!user || user.disabledAt || user.sessionVersion !== claims.sessionVersion) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locales: user.role === 'TRANSLATOR' ? user.locales.filter(isLocale) : [],
  };
}
