import { useTranslations } from 'next-intl';
import { Link } from '@/lib/i18n/navigation';
import { LocaleSwitcher } from './locale-switcher';

export function SiteHeader() {
  const t = useTranslations('SiteHeader');
  return (
    <header className="site-header">
      <p className="site-name">
        <Link href="/">{t('siteName')}</Link>
      </p>
      <p className="tagline">{t('tagline')}</p>
      <LocaleSwitcher />
    </header>
  );
}
