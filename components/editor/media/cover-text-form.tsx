'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/locales';
import { saveCoverTextAction } from '@/lib/media/actions';
import type { CoverText } from '@/lib/media/cover-queries';
import { fieldErrorsOf, FormMessage, type ErrorTexts } from '../announcement/form-feedback';
import { submitKept } from '../announcement/submit-kept';
import { useEditorAction } from '../translation/use-editor-action';
import { CoverTextFields } from './cover-text-fields';

type Props = { announcementId: string; mediaId: string; locale: Locale; language: string; text: CoverText | null; errorTexts: ErrorTexts };

/** Changes one language's alt text and caption of the current cover. */
export function CoverTextForm({ announcementId, mediaId, locale, language, text, errorTexts }: Props) {
  const t = useTranslations('EditorMedia');
  const router = useRouter();
  const [value, setValue] = useState<CoverText>(text ?? { alt: '', caption: '' });
  const [state, dispatch, pending] = useEditorAction(saveCoverTextAction, (answer) => {
    if (answer.ok) router.refresh();
  });
  const errors = fieldErrorsOf(state);
  const failureText = state && !state.ok ? (state.error === 'conflict' ? t('coverChanged') : errorTexts[state.error]) : null;
  return (
    <form className="editor-form cover-text-form" action={dispatch} onSubmit={submitKept(dispatch)} noValidate>
      <input type="hidden" name="announcementId" value={announcementId} />
      <input type="hidden" name="mediaId" value={mediaId} />
      <input type="hidden" name="locale" value={locale} />
      <CoverTextFields
        locale={locale}
        language={language}
        names={{ alt: 'alt', caption: 'caption' }}
        value={value}
        onChange={setValue}
        errors={{ alt: errors.alt, caption: errors.caption }}
        errorTexts={errorTexts}
      />
      <FormMessage error={failureText} success={state?.ok ? t('textSaved') : null} />
      <button type="submit" disabled={pending}>
        {pending ? t('saving') : t('saveText', { language })}
      </button>
    </form>
  );
}
