import { getTranslations } from 'next-intl/server';
import { languageName } from '@/lib/i18n/language-names';
import { localeInfo, type Locale } from '@/lib/i18n/locales';
import type { CoverEditor } from '@/lib/media/cover-queries';
import type { ErrorTexts } from '../announcement/form-feedback';
import { CoverTextForm } from './cover-text-form';

type Props = { editor: CoverEditor; mediaId: string; uiLocale: Locale; errorTexts: ErrorTexts };

/** Every language's alt text and caption: a form where this person may change it, else the text. */
export async function CoverTextsSection({ editor, mediaId, uiLocale, errorTexts }: Props) {
  const t = await getTranslations('EditorMedia');
  return (
    <section aria-labelledby="cover-texts" className="cover-texts-section">
      <h2 id="cover-texts">{t('textsHeading')}</h2>
      {editor.languages.map(({ locale, canEditText, text }) => {
        const language = languageName(locale, uiLocale);
        if (canEditText) {
          return (
            // A new image starts its forms from its own texts.
            <CoverTextForm key={`${mediaId}-${locale}`} announcementId={editor.announcementId} mediaId={mediaId} locale={locale} language={language} text={text} errorTexts={errorTexts} />
          );
        }
        return (
          <div key={locale} className="cover-text-readonly">
            <h3>{language}</h3>
            {text ? (
              <p lang={locale} dir={localeInfo[locale].dir}>
                {text.alt}
                {text.caption ? <span className="field-hint"> — {text.caption}</span> : null}
              </p>
            ) : (
              <p>{t('noAlt')}</p>
            )}
            <p className="field-hint">{t('readOnly')}</p>
          </div>
        );
      })}
    </section>
  );
}
