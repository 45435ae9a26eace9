import 'server-only';
import { invalidFields, type ActionResult } from '../auth/action-result';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { leavesNoActiveAdmin, type AdminState } from './admin-rule';
import { managerOrRefusal } from './authorize-manager';
import {
  setUserDisabledSchema,
  updateUserRoleSchema,
  type Role,
  type SetUserDisabledField,
  type UpdateUserRoleField,
} from './schema';

type AccessChange = { role?: Role; locales?: string[]; disabled?: boolean };
type ChangeOutcome = 'done' | 'notFound' | 'lastAdmin';

// Every change of a role or of the disabled state runs under one lock, so two admins demoting each
// other at the same moment cannot both see the other still active and leave none.
async function changeAccess(actorId: string, userId: string, change: AccessChange, action: string): Promise<ChangeOutcome> {
  return getPrisma().$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 AS locked FROM pg_advisory_xact_lock(hashtext('forum-portal:user-access'))`;
    const target = await tx.user.findUnique({
      where: { id: userId },
      select: { role: true, locales: true, disabledAt: true },
    });
    if (!target) return 'notFound';
    const before: AdminState = { role: target.role, disabled: target.disabledAt !== null };
    const after: AdminState = { role: change.role ?? before.role, disabled: change.disabled ?? before.disabled };
    const otherAdmins = await tx.user.count({ where: { role: 'ADMIN', disabledAt: null, id: { not: userId } } });
    if (leavesNoActiveAdmin(before, after, otherAdmins)) return 'lastAdmin';

    const disabling = after.disabled && !before.disabled;
    await tx.user.update({
      where: { id: userId },
      data: {
        role: change.role,
        locales: change.locales,
        disabledAt: after.disabled ? (target.disabledAt ?? new Date()) : null,
        // Ends the sessions of a disabled account, so enabling it again does not revive them.
        ...(disabling ? { sessionVersion: { increment: 1 } } : {}),
      },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        actorId,
        action,
        targetType: 'user',
        targetId: userId,
        details: {
          before: { ...before, locales: target.locales },
          after: { ...after, locales: change.locales ?? target.locales },
        },
      },
    });
    return 'done';
  });
}

function outcomeResult(outcome: ChangeOutcome): ActionResult<never> {
  return outcome === 'done' ? { ok: true } : { ok: false, formError: outcome };
}

/** Changes a user's role and, for translators, their locales (core of updateUserRoleAction). */
export async function updateUserRole(actor: EditorUser | null, input: unknown): Promise<ActionResult<UpdateUserRoleField>> {
  const check = managerOrRefusal(actor);
  if (!check.ok) return check;
  const parsed = updateUserRoleSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error);
  const { userId, role, locales } = parsed.data;
  return outcomeResult(await changeAccess(check.manager.id, userId, { role, locales }, 'user.updateRole'));
}

/** Disables an account, ending its sessions at once, or enables it again (core of setUserDisabledAction). */
export async function setUserDisabled(actor: EditorUser | null, input: unknown): Promise<ActionResult<SetUserDisabledField>> {
  const check = managerOrRefusal(actor);
  if (!check.ok) return check;
  const parsed = setUserDisabledSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error);
  const { userId, disabled } = parsed.data;
  return outcomeResult(await changeAccess(check.manager.id, userId, { disabled }, disabled ? 'user.disable' : 'user.enable'));
}
