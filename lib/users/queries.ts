import 'server-only';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { isAllowed } from '../editor/permissions';
import { isLocale, type Locale } from '../i18n/locales';
import type { Role } from './schema';

export type ManagedUser = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  locales: Locale[];
  disabled: boolean;
};

/** Every account, for the users page; null when the actor may not manage users. */
export async function listUsers(actor: EditorUser | null): Promise<ManagedUser[] | null> {
  if (!isAllowed(actor, 'user.manage')) return null;
  const users = await getPrisma().user.findMany({
    select: { id: true, email: true, name: true, role: true, locales: true, disabledAt: true },
    orderBy: { email: 'asc' },
  });
  return users.map((user) => ({
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    locales: user.locales.filter(isLocale),
    disabled: user.disabledAt !== null,
  }));
}
