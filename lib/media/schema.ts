import '../validation/jitless-zod';
import { z } from 'zod';
import { idSchema, localeSchema } from '../editor/schema';
import { locales, type Locale } from '../i18n/locales';
import { ALT_MAX, CAPTION_MAX } from './upload-rules';

// The cover image forms' schemas, shared by the forms (field names are these keys) and the actions.
// The upload form carries an alt text and a caption per language, as flat fields (alt_en, caption_zh)
// because that is how a form sends them; which alt texts are required depends on the announcement's
// translations, so the action checks that.

const altText = z.string({ error: 'required' }).trim().max(ALT_MAX, { error: 'tooLong' });
const captionText = z.string().trim().max(CAPTION_MAX, { error: 'tooLong' }).default('');

export const altField = (locale: Locale) => `alt_${locale}` as const;
export const captionField = (locale: Locale) => `caption_${locale}` as const;

type PerLocaleShape = Record<`alt_${Locale}`, z.ZodDefault<typeof altText>> & Record<`caption_${Locale}`, typeof captionText>;

const perLocaleShape = Object.fromEntries(
  locales.flatMap((locale) => [
    [altField(locale), altText.default('')],
    [captionField(locale), captionText],
  ]),
) as PerLocaleShape;

export const coverUploadSchema = z.object({ announcementId: idSchema, ...perLocaleShape });
export type CoverUploadForm = z.infer<typeof coverUploadSchema>;

/** The alt text and caption of each language, as the upload form sent them. */
export function textsOf(form: CoverUploadForm): { locale: Locale; alt: string; caption: string }[] {
  return locales.map((locale) => ({ locale, alt: form[altField(locale)], caption: form[captionField(locale)] }));
}

/** One language's alt text and caption of the current cover; `mediaId` is the image the form showed. */
export const coverTextSchema = z.object({
  announcementId: idSchema,
  mediaId: idSchema,
  locale: localeSchema,
  alt: altText.min(1, { error: 'required' }),
  caption: captionText,
});

export const removeCoverSchema = z.object({ announcementId: idSchema, mediaId: idSchema });
