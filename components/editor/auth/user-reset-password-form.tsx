'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormError } from '@/components/editor/shell/form-error';
import { resetUserPasswordAction } from '@/lib/users/actions';
import type { ManagedUser } from '@/lib/users/queries';
import { NewPasswordNotice } from './new-password-notice';

export function UserResetPasswordForm({ user }: { user: ManagedUser }) {
  const t = useTranslations('EditorUsers');
  const [state, formAction, pending] = useActionState(resetUserPasswordAction, null);
  return (
    <form action={formAction} className="user-action">
      <input type="hidden" name="userId" value={user.id} />
      <FormError state={state} />
      <button type="submit" disabled={pending} aria-label={`${t('resetPassword')}: ${user.email}`}>
        {t('resetPassword')}
      </button>
      {state?.ok ? <NewPasswordNotice message="passwordReset" email={state.email} password={state.password} /> : null}
    </form>
  );
}
