'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormError } from '@/components/editor/shell/form-error';
import { TextField } from '@/components/editor/shell/text-field';
import { signInAction } from '@/lib/auth/actions';
import type { Locale } from '@/lib/i18n/locales';

export function SignInForm({ locale, next }: { locale: Locale; next?: string }) {
  const t = useTranslations('EditorSignIn');
  const [state, formAction, pending] = useActionState(signInAction, null);
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const email = state && !state.ok && typeof state.values?.email === 'string' ? state.values.email : undefined;
  return (
    // The server's messages, in the editor's language, rather than the browser's own validation bubbles.
    <form action={formAction} className="editor-form" noValidate>
      <input type="hidden" name="locale" value={locale} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <FormError state={state} />
      <TextField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="username"
        required
        defaultValue={email}
        errors={fieldErrors?.email}
      />
      <TextField
        name="password"
        type="password"
        label={t('password')}
        autoComplete="current-password"
        required
        errors={fieldErrors?.password}
      />
      <button type="submit" disabled={pending}>
        {pending ? t('pending') : t('submit')}
      </button>
    </form>
  );
}
