import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { eventsPath } from '@/lib/i18n/paths';

export function SiteFooter() {
  const t = useTranslations('SiteFooter');
  const locale = useLocale();
  return (
    <footer className="site-footer">
      <div className="site-footer-inner">
        <p>{t('about')}</p>
        <p>
          <Link href={eventsPath(locale)}>{t('eventArchive')}</Link>
        </p>
      </div>
    </footer>
  );
}
