'use client';

import { useTranslations } from 'next-intl';
import type { FieldErrorCode } from '@/lib/auth/action-result';
import { passwordMinLength } from '@/lib/auth/schema';

/** What is wrong with one field, linked to it by `id` (the field's aria-describedby). */
export function FieldError({ id, codes }: { id: string; codes: FieldErrorCode[] | undefined }) {
  const t = useTranslations('EditorShell.fieldErrors');
  if (!codes?.length) return null;
  return (
    <p className="field-error" id={id}>
      {codes.map((code) => (code === 'passwordTooShort' ? t(code, { min: passwordMinLength }) : t(code))).join(' ')}
    </p>
  );
}
