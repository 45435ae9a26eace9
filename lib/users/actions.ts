'use server';

import { refresh } from 'next/cache';
import type { ActionResult } from '../auth/action-result';
import { getCurrentUser } from '../auth/current-user';
import type { EditorUser } from '../auth/editor-user';
import { formFields } from '../auth/form-data';
import type { CreateUserField, ResetUserPasswordField, SetUserDisabledField, UpdateUserRoleField } from './schema';
import { createUser, type NewPassword } from './create-user';
import { resetUserPassword } from './reset-password';
import { setUserDisabled, updateUserRole } from './user-access';

export type CreateUserState = ActionResult<CreateUserField, NewPassword> | null;
export type UpdateUserRoleState = ActionResult<UpdateUserRoleField> | null;
export type SetUserDisabledState = ActionResult<SetUserDisabledField> | null;
export type ResetUserPasswordState = ActionResult<ResetUserPasswordField, NewPassword> | null;

// Thin wrappers: the signed-in user is the actor, the form's fields the input; a change redraws the
// users page (and the header, whose links follow the actor's role).
async function run<Result extends { ok: boolean }>(
  formData: FormData,
  core: (actor: EditorUser | null, input: unknown) => Promise<Result>,
): Promise<Result> {
  const result = await core(await getCurrentUser(), formFields(formData, ['locales']));
  if (result.ok) refresh();
  return result;
}

export async function createUserAction(_previous: CreateUserState, formData: FormData): Promise<CreateUserState> {
  return run(formData, createUser);
}

export async function updateUserRoleAction(_previous: UpdateUserRoleState, formData: FormData): Promise<UpdateUserRoleState> {
  return run(formData, updateUserRole);
}

export async function setUserDisabledAction(
  _previous: SetUserDisabledState,
  formData: FormData,
): Promise<SetUserDisabledState> {
  return run(formData, setUserDisabled);
}

export async function resetUserPasswordAction(
  _previous: ResetUserPasswordState,
  formData: FormData,
): Promise<ResetUserPasswordState> {
  return run(formData, resetUserPassword);
}
