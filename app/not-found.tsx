import { getTranslations } from 'next-intl/server';
import { defaultLocale } from '@/lib/i18n/locales';
import { homePath } from '@/lib/i18n/paths';
import './styles/index.css';

// Requests outside any locale (e.g. /favicon.ico) end here, in the default locale; the localized
// 404 of a locale's pages is app/[locale]/not-found.tsx.
export default async function GlobalNotFound() {
  const t = await getTranslations({ locale: defaultLocale, namespace: 'NotFoundPage' });
  return (
    <html lang={defaultLocale} dir="ltr">
      <body>
        <main className="page">
          <h1>{t('title')}</h1>
          <p>{t('body')}</p>
          <p>
            <a href={homePath(defaultLocale)}>{t('home')}</a>
          </p>
        </main>
      </body>
    </html>
  );
}
