import type { Metadata } from 'next';
import { setRequestLocale } from 'next-intl/server';
import { NotFoundResponse } from '@/components/site/not-found-response';
import { readLocaleParam } from '@/lib/reading/locale-param';
import { buildNotFoundMetadata } from '@/lib/reading/page-metadata';

type Props = { params: Promise<{ locale: string }> };

// Rendered on request and cached like the other pages: only a page rendered in full before it is
// sent can answer 404 with the localized page in the document (see NotFoundResponse).
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return buildNotFoundMetadata(readLocaleParam((await params).locale));
}

// Any unknown path under a locale is that locale's 404 page.
export default async function UnknownPage({ params }: Props) {
  setRequestLocale(readLocaleParam((await params).locale));
  return <NotFoundResponse />;
}
