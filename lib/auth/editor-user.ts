import type { Locale } from '../i18n/locales';

export type EditorRole = 'ADMIN' | 'EDITOR' | 'TRANSLATOR';

/**
 * The signed-in person as every editor page and action sees them: re-read from the database on each
 * request (lib/auth/current-user.ts), so a disabled account or a changed role takes effect at once.
 * Never carries the password hash.
 */
export type EditorUser = {
  id: string;
  email: string;
  name: string | null;
  role: EditorRole;
  /** The locales a translator may work on; empty for editors and admins, who may work on all. */
  locales: Locale[];
};
