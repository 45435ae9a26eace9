'use client';

import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { FormError } from '@/components/editor/shell/form-error';
import { TextField } from '@/components/editor/shell/text-field';
import { createUserAction } from '@/lib/users/actions';
import { roles, type Role } from '@/lib/users/schema';
import { LocaleCheckboxes } from './locale-checkboxes';
import { NewPasswordNotice } from './new-password-notice';
import { RoleSelect } from './role-select';

const isRole = (value: unknown): value is Role => (roles as readonly unknown[]).includes(value);
const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

export function UserCreateForm() {
  const t = useTranslations('EditorUsers');
  const [state, formAction, pending] = useActionState(createUserAction, null);
  const failed = state && !state.ok ? state : null;
  const values = failed?.values ?? {};
  return (
    // Keyed by the outcome, so a created account leaves an empty form and a refused one keeps its values.
    <form action={formAction} className="editor-form" noValidate key={state?.ok ? state.email : 'form'}>
      <FormError state={state} />
      {state?.ok ? <NewPasswordNotice message="created" email={state.email} password={state.password} /> : null}
      <TextField
        name="email"
        type="email"
        label={t('email')}
        autoComplete="off"
        required
        defaultValue={text(values.email)}
        errors={failed?.fieldErrors?.email}
      />
      <TextField name="name" label={t('nameOptional')} autoComplete="off" defaultValue={text(values.name)} errors={failed?.fieldErrors?.name} />
      <RoleSelect label={t('role')} defaultRole={isRole(values.role) ? values.role : 'TRANSLATOR'} />
      <LocaleCheckboxes
        legend={t('languages')}
        hint={t('languagesHint')}
        checked={Array.isArray(values.locales) ? values.locales : []}
        errors={failed?.fieldErrors?.locales}
      />
      <button type="submit" disabled={pending}>
        {t('createSubmit')}
      </button>
    </form>
  );
}
