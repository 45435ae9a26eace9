import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
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
        {/* Client components get the locale and time zone but no messages: none of the public ones
            needs one (the language switcher gets its label from the server), and all messages would
            add several kilobytes to every cached page. The editor's layout provides its own. */}
        <NextIntlClientProvider messages={null}>
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
