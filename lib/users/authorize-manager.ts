import type { ActionFailure } from '../auth/action-result';
import type { EditorUser } from '../auth/editor-user';
import { isAllowed } from '../editor/permissions';

/** The actor when they may manage users, else the refusal every user-management action returns. */
export function managerOrRefusal(actor: EditorUser | null): { ok: true; manager: EditorUser } | ActionFailure<never> {
  if (!actor) return { ok: false, formError: 'signedOut' };
  if (!isAllowed(actor, 'user.manage')) return { ok: false, formError: 'forbidden' };
  return { ok: true, manager: actor };
}
