import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { SiteFooter } from '@/components/site/site-footer';
import { SiteHeader } from '@/components/site/site-header';
import { SkipLink } from '@/components/site/skip-link';
import { localeInfo } from '@/lib/i18n/locales';
import { routing } from '@/lib/i18n/routing';
import '../styles/index.css';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// No locale is rendered at build time (`next build` has no database): every page renders on its
// first request and is then cached (ISR) until its data's tags are revalidated.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return { title: { template: `%s · ${t('title')}`, default: t('title') }, description: t('description') };
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale} dir={localeInfo[locale].dir}>
      <body>
        {/* Client components get the locale and time zone but no messages: none of them needs one
            (the language switcher gets its label from the server), and all messages would add
            several kilobytes to every cached page. */}
        <NextIntlClientProvider messages={null}>
          <SkipLink />
          <SiteHeader />
          <div id="content" className="content" tabIndex={-1}>
            {children}
          </div>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
