import 'server-only';
import type { Locale } from '../i18n/locales';
import { parsePublicPath } from '../i18n/parse-path';
import { searchPath } from '../i18n/paths';
import { switchDestination } from '../i18n/switch-destination';
import { resolveAnnouncementSlug } from './resolve-slug';

/** The `q` of an address like /en/search?q=…, if any (the page number is left behind on purpose). */
function searchQueryOf(from: string): string | undefined {
  const query = new URL(from, 'http://switch.invalid').searchParams.get('q')?.trim();
  return query || undefined;
}

/** Where the language switcher sends a reader of the page at `from` who picked `target`. */
export async function findSwitchDestination(target: Locale, from: string): Promise<string> {
  const { locale, page } = parsePublicPath(from);
  // The same search in the other language: the query is the reader's, whatever the interface language.
  if (page.kind === 'search') return searchPath(target, searchQueryOf(from));
  if (page.kind !== 'announcement' || !locale) return switchDestination(target, page, null);
  const record = await resolveAnnouncementSlug(locale, page.slug);
  const slug = record?.published.find((translation) => translation.locale === target)?.slug ?? null;
  return switchDestination(target, page, slug);
}
