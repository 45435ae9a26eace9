import 'server-only';
import { invalidFields, type ActionResult } from '../auth/action-result';
import type { EditorUser } from '../auth/editor-user';
import { hashPassword } from '../auth/password';
import { forgetAccountFailures } from '../auth/throttle';
import { getPrisma } from '../db/client';
import { managerOrRefusal } from './authorize-manager';
import type { NewPassword } from './create-user';
import { generatePassword } from './generate-password';
import { resetUserPasswordSchema, type ResetUserPasswordField } from './schema';

/**
 * Gives a user a new generated password, shown once to the admin, and ends their sessions. Not for
 * one's own account: that would sign the admin out before they could read it (the account page asks
 * for the current password instead). Core of resetUserPasswordAction.
 */
export async function resetUserPassword(
  actor: EditorUser | null,
  input: unknown,
): Promise<ActionResult<ResetUserPasswordField, NewPassword>> {
  const check = managerOrRefusal(actor);
  if (!check.ok) return check;
  const parsed = resetUserPasswordSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error);
  const { userId } = parsed.data;
  if (userId === check.manager.id) return { ok: false, formError: 'ownPasswordReset' };

  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const db = getPrisma();
  const email = await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { email: true } });
    if (!target) return null;
    await tx.user.update({
      where: { id: userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { actorId: check.manager.id, action: 'user.resetPassword', targetType: 'user', targetId: userId },
    });
    return target.email;
  });
  if (email === null) return { ok: false, formError: 'notFound' };
  // Perhaps the account was locked by someone guessing: its owner starts afresh with the new password.
  await forgetAccountFailures(db, email);
  return { ok: true, email, password };
}
