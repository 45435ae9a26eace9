'use client';

import { useRouter } from 'next/navigation';
import { startTransition, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslations } from 'next-intl';
import { failure, type ActionResult } from '@/lib/editor/errors';
import type { Locale } from '@/lib/i18n/locales';
import { uploadCoverAction } from '@/lib/media/actions';
import type { CoverText } from '@/lib/media/cover-queries';
import { altField, captionField } from '@/lib/media/schema';
import { ACCEPTED_IMAGE_TYPES, MAX_UPLOAD_BYTES } from '@/lib/media/upload-rules';
import { describedBy, FieldError, fieldErrorsOf, FormMessage, type ErrorTexts } from '../announcement/form-feedback';
import { useEditorAction } from '../translation/use-editor-action';
import { CoverTextFields } from './cover-text-fields';

type Language = { locale: Locale; name: string; text: CoverText | null };
type Props = { announcementId: string; languages: Language[]; replacing: boolean; errorTexts: ErrorTexts };
type Uploaded = ActionResult<{ mediaId: string }>;

const emptyText: CoverText = { alt: '', caption: '' };

/**
 * The image file with an alt text and caption per language, sent together: an image is never
 * stored without its descriptions. The texts stay in the form whatever the answer.
 */
export function CoverUploadForm({ announcementId, languages, replacing, errorTexts }: Props) {
  const t = useTranslations('EditorMedia');
  const router = useRouter();
  const id = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [texts, setTexts] = useState(() => Object.fromEntries(languages.map((language) => [language.locale, language.text ?? emptyText])));
  // A file over the limit is refused here, before sending it: the server would not accept the body.
  const [tooLarge, setTooLarge] = useState<Uploaded | null>(null);
  const [result, dispatch, pending] = useEditorAction<{ mediaId: string }>(uploadCoverAction, (answer) => {
    if (!answer.ok) return;
    if (fileInput.current) fileInput.current.value = '';
    router.refresh();
  });
  const state = tooLarge ?? result;
  const errors = fieldErrorsOf(state);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      setTooLarge(failure('fileTooLarge', { file: ['fileTooLarge'] }));
      return;
    }
    setTooLarge(null);
    startTransition(() => dispatch(form));
  }

  const fileError = `${id}-file-error`;
  // A refused file names its reason ('fileType', …); missing alt texts give 'invalid'.
  const failureText = state && !state.ok ? errorTexts[state.error] : null;
  return (
    <form className="editor-form" action={dispatch} onSubmit={submit} noValidate>
      <input type="hidden" name="announcementId" value={announcementId} />
      {replacing ? <p className="field-hint">{t('replaceHint')}</p> : null}
      <div className="field">
        <label htmlFor={`${id}-file`}>{t('fieldFile')}</label>
        <input
          ref={fileInput}
          id={`${id}-file`}
          type="file"
          name="file"
          accept={ACCEPTED_IMAGE_TYPES.join(',')}
          required
          aria-describedby={describedBy(`${id}-file-hint`, errors.file && fileError)}
          aria-invalid={errors.file ? true : undefined}
        />
        <p id={`${id}-file-hint`} className="field-hint">
          {t('fileHint')}
        </p>
        <FieldError id={fileError} codes={errors.file} texts={errorTexts} />
      </div>
      {languages.map(({ locale, name }) => (
        <CoverTextFields
          key={locale}
          locale={locale}
          language={name}
          names={{ alt: altField(locale), caption: captionField(locale) }}
          value={texts[locale] ?? emptyText}
          onChange={(value) => setTexts((current) => ({ ...current, [locale]: value }))}
          errors={{ alt: errors[altField(locale)], caption: errors[captionField(locale)] }}
          errorTexts={errorTexts}
        />
      ))}
      <FormMessage error={failureText} success={state?.ok ? t('uploaded') : null} />
      <button type="submit" disabled={pending}>
        {pending ? t('uploading') : t('upload')}
      </button>
    </form>
  );
}
