import 'server-only';
import { getPrisma } from '../db/client';
import { invalidFields, type ActionResult } from './action-result';
import type { EditorUser } from './editor-user';
import { hashPassword } from './password';
import { checkPassword } from './password-check';
import { changePasswordSchema, type ChangePasswordField } from './schema';

export type ChangePasswordResult = ActionResult<ChangePasswordField>;

/**
 * Changes the actor's own password after checking the current one (throttled like a sign-in, so a
 * stolen session cannot be used to guess it), and ends every session issued before: the caller signs
 * the browser that asked in again.
 */
export async function changeOwnPassword(
  actor: EditorUser | null,
  input: unknown,
  address: string | null,
): Promise<ChangePasswordResult> {
  if (!actor) return { ok: false, formError: 'signedOut' };
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error);

  const db = getPrisma();
  const check = await checkPassword(db, { email: actor.email, password: parsed.data.currentPassword, address });
  if (!check.ok) {
    if (check.reason === 'throttled') return { ok: false, formError: 'throttled', retryAfterMinutes: check.retryAfterMinutes };
    if (check.reason === 'accountDisabled') return { ok: false, formError: 'accountDisabled' };
    return { ok: false, fieldErrors: { currentPassword: ['wrongPassword'] } };
  }

  const passwordHash = await hashPassword(parsed.data.newPassword);
  await db.$transaction([
    db.user.update({
      where: { id: actor.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true },
    }),
    db.auditEvent.create({
      data: { actorId: actor.id, action: 'account.changePassword', targetType: 'user', targetId: actor.id },
    }),
  ]);
  return { ok: true };
}
