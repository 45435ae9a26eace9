import 'server-only';
import { cache } from 'react';
import { isLocale, type Locale } from '../i18n/locales';
import { getAnnouncementRecord } from './cached-reads';
import { describeLifecycle, type LifecycleNotice } from './lifecycle';
import type { AnnouncementRecord, RecordTranslation } from './record-query';
import { resolveAnnouncementSlug } from './resolve-slug';
import { decideAnnouncementView, type TranslationRef } from './view';

export type AnnouncementPageData =
  | { kind: 'not-found' }
  | { kind: 'redirect'; to: TranslationRef }
  | {
      kind: 'article';
      /** 'fallback': the locale has no translation; another one is shown with a notice. */
      mode: 'own' | 'fallback';
      record: AnnouncementRecord;
      shown: RecordTranslation & { locale: Locale };
      /** The announcement's source locale when it is a configured one, else the shown text's. */
      sourceLocale: Locale;
      lifecycle: LifecycleNotice | null;
      /** Published translations other than the page locale's, for "also available in". */
      alsoAvailable: TranslationRef[];
    };

async function loadSuccessor(record: AnnouncementRecord): Promise<AnnouncementRecord | null> {
  return record.lifecycle !== 'ACTIVE' && record.supersededById ? getAnnouncementRecord(record.supersededById) : null;
}

/** Everything /{locale}/announcements/{slug} needs, or what to do instead (404, redirect). */
export const loadAnnouncementPage = cache(async (locale: Locale, slug: string): Promise<AnnouncementPageData> => {
  const record = await resolveAnnouncementSlug(locale, slug);
  if (!record) return { kind: 'not-found' };

  const view = decideAnnouncementView({ locale, slug }, record.published, record.sourceLocale);
  if (view.kind === 'not-found') return view;
  if (view.kind === 'redirect') return { kind: 'redirect', to: { locale: view.to.locale, slug: view.to.slug } };
  const shown = record.published.find((translation) => translation.locale === view.shown.locale);
  if (!shown) return { kind: 'not-found' };

  const successor = await loadSuccessor(record);
  return {
    kind: 'article',
    mode: view.kind,
    record,
    shown,
    sourceLocale: isLocale(record.sourceLocale) ? record.sourceLocale : shown.locale,
    lifecycle: describeLifecycle(record.lifecycle, successor, locale),
    alsoAvailable: record.published
      .filter((translation) => translation.locale !== locale)
      .map(({ locale: other, slug: otherSlug }) => ({ locale: other, slug: otherSlug })),
  };
});
