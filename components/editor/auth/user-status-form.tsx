'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormError } from '@/components/editor/shell/form-error';
import { setUserDisabledAction } from '@/lib/users/actions';
import type { ManagedUser } from '@/lib/users/queries';

/** Disables an active account (its sessions end at once) or enables a disabled one. */
export function UserStatusForm({ user }: { user: ManagedUser }) {
  const t = useTranslations('EditorUsers');
  const [state, formAction, pending] = useActionState(setUserDisabledAction, null);
  return (
    <form action={formAction} className="user-action">
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="disabled" value={user.disabled ? 'false' : 'true'} />
      <FormError state={state} />
      <button type="submit" disabled={pending} aria-label={`${user.disabled ? t('enable') : t('disable')}: ${user.email}`}>
        {user.disabled ? t('enable') : t('disable')}
      </button>
    </form>
  );
}
