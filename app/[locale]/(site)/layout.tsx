import type { ReactNode } from 'react';
import { setRequestLocale } from 'next-intl/server';
import { SiteChrome } from '@/components/site/site-chrome';
import { readLocaleParam } from '@/lib/reading/locale-param';

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

// Every layout and page that uses next-intl sets the locale from its own address: without it
// next-intl reads the request headers, which makes the cached public pages fail to render.
export default async function SiteLayout({ children, params }: Props) {
  setRequestLocale(readLocaleParam((await params).locale));
  return <SiteChrome>{children}</SiteChrome>;
}
