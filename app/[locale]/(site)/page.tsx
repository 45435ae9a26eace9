import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { LatestAnnouncements } from '@/components/site/latest-announcements';
import { getLatest } from '@/lib/announcements/cached-reads';
import { buildLatestMetadata } from '@/lib/reading/page-metadata';
import { readLocaleParam } from '@/lib/reading/locale-param';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = readLocaleParam((await params).locale);
  return buildLatestMetadata(locale, 1);
}

export default async function HomePage({ params }: Props) {
  const locale = readLocaleParam((await params).locale);
  setRequestLocale(locale);
  return <LatestAnnouncements locale={locale} page={1} latest={await getLatest(locale, 1)} />;
}
