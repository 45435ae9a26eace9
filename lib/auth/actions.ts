'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { defaultLocale, isLocale, type Locale } from '../i18n/locales';
import { invalidFields, withValues, type ActionResult } from './action-result';
import { changeOwnPassword, type ChangePasswordResult } from './account';
import { signIn, signOut } from './auth';
import { clientAddress } from './client-address';
import { getCurrentUser } from './current-user';
import { passwordChangedPath, signInPath } from './editor-paths';
import { formFields } from './form-data';
import { safeNextPath } from './next-path';
import { signInSchema, type SignInField } from './schema';
import { SignInRefused } from './sign-in-refused';

export type SignInState = ActionResult<SignInField> | null;
export type ChangePasswordState = ChangePasswordResult | null;

/** Signs in and goes on to `next` (an editor page) or the dashboard; refusals come back to the form. */
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const fields = formFields(formData);
  return withValues(await signInWith(fields), fields, ['email'] as const);
}

async function signInWith(fields: Record<string, string | string[]>): Promise<ActionResult<SignInField>> {
  const parsed = signInSchema.safeParse(fields);
  if (!parsed.success) return invalidFields(parsed.error);
  const { email, password, locale, next } = parsed.data;
  try {
    await signIn('credentials', { email, password, redirect: false });
  } catch (error) {
    if (!(error instanceof SignInRefused)) throw error;
    if (error.reason === 'throttled') {
      return { ok: false, formError: 'throttled', retryAfterMinutes: error.retryAfterMinutes };
    }
    return { ok: false, formError: error.reason === 'accountDisabled' ? 'accountDisabled' : 'wrongCredentials' };
  }
  redirect(safeNextPath(next, locale));
}

function localeOf(formData: FormData): Locale {
  const requested = formData.get('locale');
  return typeof requested === 'string' && isLocale(requested) ? requested : defaultLocale;
}

export async function signOutAction(formData: FormData): Promise<void> {
  await signOut({ redirect: false });
  redirect(signInPath(localeOf(formData)));
}

/**
 * Changes the password and keeps this browser signed in with a new session; others are signed out.
 * On success it redirects to the account page: a redirect renders with the new session cookie, while
 * the page redrawn in this request would still see the old one, which has just been ended.
 */
export async function changePasswordAction(
  _previous: ChangePasswordState,
  formData: FormData,
): Promise<ChangePasswordState> {
  const actor = await getCurrentUser();
  const fields = formFields(formData);
  const result = await changeOwnPassword(actor, fields, clientAddress(await headers()));
  if (!result.ok || !actor || typeof fields.newPassword !== 'string') return result;
  try {
    await signIn('credentials', { email: actor.email, password: fields.newPassword, redirect: false });
  } catch (error) {
    // Changed, but the new session was refused (throttled meanwhile): the account page asks to sign in.
    if (!(error instanceof SignInRefused)) throw error;
  }
  redirect(passwordChangedPath(localeOf(formData)));
}
