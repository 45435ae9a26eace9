import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { homePath } from '@/lib/i18n/paths';

/** The localized 404 page's content. */
export function NotFoundContent() {
  const t = useTranslations('NotFoundPage');
  const locale = useLocale();
  return (
    <main className="page">
      <h1>{t('title')}</h1>
      <p>{t('body')}</p>
      <p>
        <Link href={homePath(locale)}>{t('home')}</Link>
      </p>
    </main>
  );
}
