import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { notFound, permanentRedirect } from 'next/navigation';
import { LatestAnnouncements } from '@/components/site/latest-announcements';
import { getLatest } from '@/lib/announcements/cached-reads';
import { homePath } from '@/lib/i18n/paths';
import { parsePageNumber } from '@/lib/reading/page-number';
import { buildLatestMetadata } from '@/lib/reading/page-metadata';
import { readLocaleParam } from '@/lib/reading/locale-param';

type Props = { params: Promise<{ locale: string; page: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: localeParam, page } = await params;
  const locale = readLocaleParam(localeParam);
  const number = parsePageNumber(page);
  return number ? buildLatestMetadata(locale, number) : {};
}

export default async function LaterHomePage({ params }: Props) {
  const { locale: localeParam, page } = await params;
  const locale = readLocaleParam(localeParam);
  setRequestLocale(locale);
  const number = parsePageNumber(page);
  if (number === 1) permanentRedirect(homePath(locale));
  const latest = number ? await getLatest(locale, number) : null;
  if (!number || !latest || number > latest.pageCount) notFound();
  return <LatestAnnouncements locale={locale} page={number} latest={latest} />;
}
