import 'server-only';
import { getPrisma } from '../db/client';
import type { Locale } from '../i18n/locales';
import { searchTranslations, type SearchOutcome } from './search-translations';

export type { SearchHit, SearchOutcome } from './search-translations';

// The search itself (search-translations.ts, search-sql.ts) takes its client as an argument and
// carries no server-only marker, so integration tests run it against their own database; the app
// reaches it only through here.

/** The search page's read: published translations of the locale matching the reader's query. */
export function searchPublished(locale: Locale, query: string, page: number): Promise<SearchOutcome> {
  return searchTranslations(getPrisma(), locale, query, page);
}
