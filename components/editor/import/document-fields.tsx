'use client';

import { useTranslations } from 'next-intl';
import { useId, type ChangeEvent } from 'react';
import type { EditorErrorCode } from '@/lib/editor/errors';
import type { DocumentText } from '@/lib/import/preview';
import { isLocale, localeInfo, locales } from '@/lib/i18n/locales';
import { describedBy, FieldError, type ErrorTexts } from '../announcement/form-feedback';

type Props = {
  text: DocumentText;
  onChange: (text: DocumentText) => void;
  errorOf: (field: string) => EditorErrorCode[] | undefined;
  errorTexts: ErrorTexts;
  disabled: boolean;
};

type TextField = 'title' | 'slug' | 'summary' | 'body';

/** The cleaned text as it will be saved: language, title, address, summary and Markdown body. */
export function DocumentFields({ text, onChange, errorOf, errorTexts, disabled }: Props) {
  const t = useTranslations('EditorImport');
  const id = useId();
  const content = text.locale ? { lang: text.locale, dir: localeInfo[text.locale].dir } : { dir: 'auto' as const };
  const ids = (name: string) => ({ field: `${id}-${name}`, error: `${id}-${name}-error`, hint: `${id}-${name}-hint` });
  const props = (name: TextField | 'locale', hint?: string) => ({
    id: ids(name).field,
    name,
    disabled,
    'aria-describedby': describedBy(hint, errorOf(name) && ids(name).error),
    'aria-invalid': errorOf(name) ? true : undefined,
  });
  const set = (name: TextField) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange({ ...text, [name]: event.target.value });
  const error = (name: string) => <FieldError id={ids(name).error} codes={errorOf(name)} texts={errorTexts} />;

  return (
    <div className="import-fields">
      <div className="field">
        <label htmlFor={ids('locale').field}>{t('fieldLocale')}</label>
        <select
          {...props('locale')}
          value={text.locale ?? ''}
          onChange={(event) => onChange({ ...text, locale: isLocale(event.target.value) ? event.target.value : null })}
        >
          <option value="">{t('chooseLocale')}</option>
          {locales.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {localeInfo[locale].nativeName}
            </option>
          ))}
        </select>
        {error('locale')}
      </div>
      <div className="field">
        <label htmlFor={ids('title').field}>{t('fieldTitle')}</label>
        <input {...props('title')} {...content} value={text.title} onChange={set('title')} maxLength={300} />
        {error('title')}
      </div>
      <div className="field">
        <label htmlFor={ids('slug').field}>{t('fieldSlug')}</label>
        <input {...props('slug', ids('slug').hint)} dir="ltr" spellCheck={false} autoCapitalize="none" value={text.slug} onChange={set('slug')} />
        <p id={ids('slug').hint} className="field-hint">
          {t('slugHint')}
        </p>
        {error('slug')}
      </div>
      <div className="field">
        <label htmlFor={ids('summary').field}>{t('fieldSummary')}</label>
        <textarea {...props('summary')} {...content} rows={3} value={text.summary} onChange={set('summary')} />
        {error('summary')}
      </div>
      <div className="field">
        <label htmlFor={ids('body').field}>{t('fieldBody')}</label>
        <textarea {...props('body')} {...content} rows={10} className="markdown-input" value={text.body} onChange={set('body')} />
        {error('body')}
      </div>
    </div>
  );
}
