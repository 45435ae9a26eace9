import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { eventsPath, homePath, searchPath } from '@/lib/i18n/paths';
import { HeaderSearch } from './header-search';
import { LocaleSwitcher } from './locale-switcher';
import { SearchBox } from './search-box';

export function SiteHeader() {
  const t = useTranslations('SiteHeader');
  const locale = useLocale();
  return (
    <header className="site-header">
      <div className="site-header-inner">
        <div className="site-brand">
          <p className="site-name">
            <Link href={homePath(locale)}>{t('siteName')}</Link>
          </p>
          <p className="tagline">{t('tagline')}</p>
        </div>
        <nav aria-label={t('navigation')} className="site-nav">
          <ul>
            <li>
              <Link href={homePath(locale)}>{t('latest')}</Link>
            </li>
            <li>
              <Link href={eventsPath(locale)}>{t('events')}</Link>
            </li>
            <li>
              <Link href={searchPath(locale)}>{t('search')}</Link>
            </li>
          </ul>
        </nav>
        <HeaderSearch>
          <SearchBox />
        </HeaderSearch>
        <LocaleSwitcher />
      </div>
    </header>
  );
}
