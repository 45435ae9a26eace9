import type { Lifecycle } from '../db/generated/enums';
import { announcementPath } from '../i18n/paths';
import type { Locale } from '../i18n/locales';
import { pickShownTranslation, type TranslationRef } from './view';

export type LifecycleNotice = {
  lifecycle: Exclude<Lifecycle, 'ACTIVE'>;
  /** The announcement that replaces this one, when there is one and it is published. */
  successor: { href: string; title: string; locale: Locale } | null;
};

type Successor = { sourceLocale: string; published: Array<TranslationRef & { title: string }> };

/**
 * The banner of a corrected, superseded or withdrawn announcement, in every locale. The successor is
 * linked in the reader's locale when it has a translation there, else on its original's own page.
 */
export function describeLifecycle(
  lifecycle: Lifecycle,
  successor: Successor | null,
  readerLocale: Locale,
): LifecycleNotice | null {
  if (lifecycle === 'ACTIVE') return null;
  const shown = successor ? pickShownTranslation(successor.published, successor.sourceLocale, readerLocale) : undefined;
  return {
    lifecycle,
    successor: shown ? { href: announcementPath(shown.locale, shown.slug), title: shown.title, locale: shown.locale } : null,
  };
}
