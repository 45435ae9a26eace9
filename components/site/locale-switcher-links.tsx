'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import { Suspense } from 'react';
import { localeInfo, locales, type Locale } from '@/lib/i18n/locales';
import { switchLanguagePath } from '@/lib/i18n/paths';

// The language switcher's links need the current address, which a layout rendered on the server
// (and cached) does not have. Links are plain <a>: they work without JavaScript, and a change of
// language loads a new document anyway (<html lang dir> changes).

type ListProps = { current: Locale; from: string };

function LinkList({ current, from }: ListProps) {
  return (
    <ul>
      {locales.map((locale) => (
        <li key={locale}>
          <a
            href={locale === current ? from : switchLanguagePath(locale, from)}
            lang={locale}
            hrefLang={locale}
            dir={localeInfo[locale].dir}
            aria-current={locale === current ? 'page' : undefined}
            rel={locale === current ? undefined : 'nofollow'}
          >
            {localeInfo[locale].nativeName}
          </a>
        </li>
      ))}
    </ul>
  );
}

/** The search query goes along (switch-language keeps it for the search page only); the page number does not. */
function LinkListWithQuery({ current, pathname }: { current: Locale; pathname: string }) {
  const query = useSearchParams().get('q');
  return <LinkList current={current} from={query ? `${pathname}?q=${encodeURIComponent(query)}` : pathname} />;
}

export function LocaleSwitcherLinks({ current }: { current: Locale }) {
  const pathname = usePathname();
  // A page rendered per request (search) has its query on the server, so the links carry it without
  // JavaScript. Cached pages are rendered without one: they show the fallback, the same links without
  // a query (their addresses have none that matters).
  return (
    <Suspense fallback={<LinkList current={current} from={pathname} />}>
      <LinkListWithQuery current={current} pathname={pathname} />
    </Suspense>
  );
}
