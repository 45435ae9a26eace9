'use client';

import { useId } from 'react';
import type { FieldErrorCode } from '@/lib/auth/action-result';
import { localeInfo, locales } from '@/lib/i18n/locales';
import { FieldError } from '@/components/editor/shell/field-error';

/** The `locales` field: one checkbox per locale, each named in its own language. */
export function LocaleCheckboxes({
  legend,
  hint,
  checked,
  errors,
}: {
  legend: string;
  hint?: string;
  checked: readonly string[];
  errors?: FieldErrorCode[];
}) {
  const id = useId();
  return (
    <fieldset className="locale-checkboxes" aria-describedby={errors?.length ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {locales.map((locale) => (
        <label key={locale} lang={locale} dir={localeInfo[locale].dir}>
          <input type="checkbox" name="locales" value={locale} defaultChecked={checked.includes(locale)} />
          {localeInfo[locale].nativeName}
        </label>
      ))}
      <FieldError id={`${id}-error`} codes={errors} />
    </fieldset>
  );
}
