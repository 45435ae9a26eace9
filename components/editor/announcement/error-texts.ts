import { getTranslations } from 'next-intl/server';
import { editorErrorCodes } from '@/lib/editor/errors';
import type { Locale } from '@/lib/i18n/locales';
import type { ErrorTexts } from './form-feedback';

/** Every editor error code's text in the UI language, for the client forms. */
export async function errorTextsOf(locale: Locale): Promise<ErrorTexts> {
  const t = await getTranslations({ locale, namespace: 'EditorErrors' });
  return Object.fromEntries(editorErrorCodes.map((code) => [code, t(code)])) as ErrorTexts;
}
