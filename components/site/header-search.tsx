'use client';

import { usePathname } from 'next/navigation';
import type { ReactNode } from 'react';
import { parsePublicPath } from '@/lib/i18n/parse-path';

/**
 * The header's search form, left out on the search page: that page has its own, with the reader's
 * query in it and named by the page heading, and two search landmarks with the same purpose would
 * make screen reader users guess which one to use. A client component because the header sits in
 * the cached layout, which does not know the address; usePathname is known on the server too, so
 * the HTML comes without the form, no flash.
 */
export function HeaderSearch({ children }: { children: ReactNode }) {
  const { page } = parsePublicPath(usePathname());
  return page.kind === 'search' ? null : children;
}
