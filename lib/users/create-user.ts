import 'server-only';
import { invalidFields, type ActionResult } from '../auth/action-result';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import { managerOrRefusal } from './authorize-manager';
import { generatePassword } from './generate-password';
import { insertUser } from './insert-user';
import { createUserSchema, type CreateUserField } from './schema';

/** A generated password, shown once to the admin who made it; only its hash is stored. */
export type NewPassword = { email: string; password: string };

/** Creates an account with a generated password (core of createUserAction; the actor is explicit for tests). */
export async function createUser(
  actor: EditorUser | null,
  input: unknown,
): Promise<ActionResult<CreateUserField, NewPassword>> {
  const check = managerOrRefusal(actor);
  if (!check.ok) return check;
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return invalidFields(parsed.error);
  const password = generatePassword();
  const inserted = await insertUser(getPrisma(), parsed.data, password, check.manager.id);
  if (!inserted.ok) return { ok: false, fieldErrors: { email: ['emailTaken'] } };
  return { ok: true, email: parsed.data.email, password };
}
