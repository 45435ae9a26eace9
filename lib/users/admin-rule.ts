import type { Role } from './schema';

export type AdminState = { role: Role; disabled: boolean };

/**
 * True when changing `before` into `after` would leave the portal without an active admin: only an
 * active admin can manage users, and none could be made again without the command line.
 */
export function leavesNoActiveAdmin(before: AdminState, after: AdminState, otherActiveAdmins: number): boolean {
  const wasActiveAdmin = before.role === 'ADMIN' && !before.disabled;
  const staysActiveAdmin = after.role === 'ADMIN' && !after.disabled;
  return wasActiveAdmin && !staysActiveAdmin && otherActiveAdmins === 0;
}
