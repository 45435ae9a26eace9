'use client';

import { useId } from 'react';
import { useTranslations } from 'next-intl';
import type { EditorErrorCode } from '@/lib/editor/errors';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import type { CoverText } from '@/lib/media/cover-queries';
import { ALT_MAX, CAPTION_MAX } from '@/lib/media/upload-rules';
import { describedBy, FieldError, type ErrorTexts } from '../announcement/form-feedback';

type Props = {
  locale: Locale;
  /** The language's name in the UI language: the group's legend. */
  language: string;
  names: { alt: string; caption: string };
  value: CoverText;
  onChange: (value: CoverText) => void;
  errors: { alt?: EditorErrorCode[]; caption?: EditorErrorCode[] };
  errorTexts: ErrorTexts;
};

/** One language's alt text (required) and caption, typed in that language's script and direction. */
export function CoverTextFields({ locale, language, names, value, onChange, errors, errorTexts }: Props) {
  const t = useTranslations('EditorMedia');
  const id = useId();
  const { dir } = localeInfo[locale];
  return (
    <fieldset className="field cover-texts">
      <legend>{language}</legend>
      <label htmlFor={`${id}-alt`}>{t('fieldAlt')}</label>
      <input
        id={`${id}-alt`}
        name={names.alt}
        value={value.alt}
        onChange={(event) => onChange({ ...value, alt: event.target.value })}
        lang={locale}
        dir={dir}
        maxLength={ALT_MAX}
        required
        aria-describedby={describedBy(`${id}-alt-hint`, errors.alt && `${id}-alt-error`)}
        aria-invalid={errors.alt ? true : undefined}
      />
      <p id={`${id}-alt-hint`} className="field-hint">
        {t('altHint')}
      </p>
      <FieldError id={`${id}-alt-error`} codes={errors.alt} texts={errorTexts} />
      <label htmlFor={`${id}-caption`}>{t('fieldCaption')}</label>
      <input
        id={`${id}-caption`}
        name={names.caption}
        value={value.caption}
        onChange={(event) => onChange({ ...value, caption: event.target.value })}
        lang={locale}
        dir={dir}
        maxLength={CAPTION_MAX}
        aria-describedby={describedBy(errors.caption && `${id}-caption-error`)}
        aria-invalid={errors.caption ? true : undefined}
      />
      <FieldError id={`${id}-caption-error`} codes={errors.caption} texts={errorTexts} />
    </fieldset>
  );
}
