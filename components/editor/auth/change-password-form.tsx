'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormError } from '@/components/editor/shell/form-error';
import { TextField } from '@/components/editor/shell/text-field';
import { changePasswordAction } from '@/lib/auth/actions';
import { passwordMinLength } from '@/lib/auth/schema';
import type { Locale } from '@/lib/i18n/locales';

/** `changed`: the page was reached by the redirect that follows a successful change. */
export function ChangePasswordForm({ locale, changed }: { locale: Locale; changed: boolean }) {
  const t = useTranslations('EditorAccount');
  const [state, formAction, pending] = useActionState(changePasswordAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="editor-form" noValidate>
      <FormError state={state} />
      <input type="hidden" name="locale" value={locale} />
      {changed && !state ? (
        <p className="form-success" role="status">
          {t('changed')}
        </p>
      ) : null}
      <TextField
        name="currentPassword"
        type="password"
        label={t('currentPassword')}
        autoComplete="current-password"
        required
        errors={fieldErrors?.currentPassword}
      />
      <TextField
        name="newPassword"
        type="password"
        label={t('newPassword')}
        hint={t('passwordHint', { min: passwordMinLength })}
        autoComplete="new-password"
        minLength={passwordMinLength}
        required
        errors={fieldErrors?.newPassword}
      />
      <TextField
        name="confirmPassword"
        type="password"
        label={t('confirmPassword')}
        autoComplete="new-password"
        required
        errors={fieldErrors?.confirmPassword}
      />
      <button type="submit" disabled={pending}>
        {t('submit')}
      </button>
    </form>
  );
}
