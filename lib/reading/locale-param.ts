import { notFound } from 'next/navigation';
import { isLocale, type Locale } from '../i18n/locales';

/**
 * The [locale] segment of a page's address, or a 404. The layout checks it too, but a page's
 * generateMetadata and body run alongside the layout: /favicon.ico, for one, reaches them as
 * locale "favicon.ico" and must end as a 404, not as an error.
 */
export function readLocaleParam(value: string): Locale {
  if (!isLocale(value)) notFound();
  return value;
}
