'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormError } from '@/components/editor/shell/form-error';
import { updateUserRoleAction } from '@/lib/users/actions';
import type { ManagedUser } from '@/lib/users/queries';
import { LocaleCheckboxes } from './locale-checkboxes';
import { RoleSelect } from './role-select';

/** One account's role and, for a translator, languages. */
export function UserAccessForm({ user }: { user: ManagedUser }) {
  const t = useTranslations('EditorUsers');
  const [state, formAction, pending] = useActionState(updateUserRoleAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="user-access" noValidate>
      <input type="hidden" name="userId" value={user.id} />
      <FormError state={state} />
      <RoleSelect label={t('roleOf', { email: user.email })} defaultRole={user.role} />
      <LocaleCheckboxes legend={t('languagesOf', { email: user.email })} checked={user.locales} errors={fieldErrors?.locales} />
      <button type="submit" disabled={pending}>
        {t('saveAccess')}
      </button>
      {state?.ok ? (
        <p className="form-success" role="status">
          {t('accessSaved')}
        </p>
      ) : null}
    </form>
  );
}
