import 'server-only';
import { cache } from 'react';
import { getLatest } from '../announcements/cached-reads';
import type { LatestPage } from '../announcements/queries';
import type { Locale } from '../i18n/locales';
import { parsePageNumber } from './page-number';

export type LatestPageLookup =
  | { kind: 'first-page' }
  | { kind: 'not-found' }
  | { kind: 'page'; number: number; latest: LatestPage };

/** /{locale}/page/{page}: page 1 lives at /{locale}; a page past the last one, or no number, is a 404. */
export const loadLatestPage = cache(async (locale: Locale, page: string): Promise<LatestPageLookup> => {
  const number = parsePageNumber(page);
  if (number === 1) return { kind: 'first-page' };
  if (number === null) return { kind: 'not-found' };
  // The first page (cached anyway, for the home page) tells how many there are: a number past the
  // last is answered without a cache entry of its own, so made-up numbers add none.
  const { pageCount } = await getLatest(locale, 1);
  if (number > pageCount) return { kind: 'not-found' };
  return { kind: 'page', number, latest: await getLatest(locale, number) };
});
