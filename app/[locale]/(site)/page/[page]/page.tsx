import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { permanentRedirect } from 'next/navigation';
import { LatestAnnouncements } from '@/components/site/latest-announcements';
import { NotFoundResponse } from '@/components/site/not-found-response';
import { homePath } from '@/lib/i18n/paths';
import { loadLatestPage } from '@/lib/reading/latest-page';
import { readLocaleParam } from '@/lib/reading/locale-param';
import { buildLatestMetadata, buildNotFoundMetadata } from '@/lib/reading/page-metadata';

type Props = { params: Promise<{ locale: string; page: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, page } = await params;
  const locale = readLocaleParam(localeParam);
  const lookup = await loadLatestPage(locale, page);
  if (lookup.kind === 'not-found') return buildNotFoundMetadata(locale);
  return lookup.kind === 'page' ? buildLatestMetadata(locale, lookup.number) : {};
}

export default async function LaterHomePage({ params }: Props) {
  const { locale: localeParam, page } = await params;
  const locale = readLocaleParam(localeParam);
  setRequestLocale(locale);
  const lookup = await loadLatestPage(locale, page);
  if (lookup.kind === 'first-page') permanentRedirect(homePath(locale));
  if (lookup.kind === 'not-found') return <NotFoundResponse />;
  return <LatestAnnouncements locale={locale} page={lookup.number} latest={lookup.latest} />;
}
