'use client';

import { useRouter } from 'next/navigation';
import { useId } from 'react';
import { useTranslations } from 'next-intl';
import { removeCoverAction } from '@/lib/media/actions';
import { FormMessage, type ErrorTexts } from '../announcement/form-feedback';
import { useEditorAction } from '../translation/use-editor-action';

type Props = { announcementId: string; mediaId: string; errorTexts: ErrorTexts };

/** Takes the cover off the announcement, in every language. */
export function RemoveCoverForm({ announcementId, mediaId, errorTexts }: Props) {
  const t = useTranslations('EditorMedia');
  const router = useRouter();
  const id = useId();
  const [state, dispatch, pending] = useEditorAction(removeCoverAction, (answer) => {
    if (answer.ok) router.refresh();
  });
  const failureText = state && !state.ok ? (state.error === 'conflict' ? t('coverChanged') : errorTexts[state.error]) : null;
  return (
    <section className="danger-zone" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('removeHeading')}</h2>
      <p id={`${id}-hint`}>{t('removeHint')}</p>
      <form action={dispatch}>
        <input type="hidden" name="announcementId" value={announcementId} />
        <input type="hidden" name="mediaId" value={mediaId} />
        <FormMessage error={failureText} />
        <button type="submit" className="button-danger" disabled={pending} aria-describedby={`${id}-hint`}>
          {pending ? t('removing') : t('removeButton')}
        </button>
      </form>
    </section>
  );
}
