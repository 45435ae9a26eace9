import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { LatestPage } from '@/lib/announcements/queries';
import { eventsPath, homePath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/locales';
import { AnnouncementList } from './announcement-list';
import { Pagination } from './pagination';

type Props = { locale: Locale; page: number; latest: LatestPage };

/** The home page and its later pages: the latest announcements published in the locale. */
export function LatestAnnouncements({ locale, page, latest }: Props) {
  const t = useTranslations('HomePage');
  return (
    <main className="page">
      <h1>{page > 1 ? t('headingPage', { page }) : t('heading')}</h1>
      {latest.items.length === 0 ? (
        <p>{t.rich('empty', { link: (chunks) => <Link href={eventsPath(locale)}>{chunks}</Link> })}</p>
      ) : (
        <AnnouncementList items={latest.items} />
      )}
      <Pagination page={page} pageCount={latest.pageCount} hrefFor={(other) => homePath(locale, other)} />
    </main>
  );
}
