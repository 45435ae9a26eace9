import 'server-only';
import type { Locale } from '../i18n/locales';
import { parsePublicPath } from '../i18n/parse-path';
import { switchDestination } from '../i18n/switch-destination';
import { resolveAnnouncementSlug } from './resolve-slug';

/** Where the language switcher sends a reader of the page at `from` who picked `target`. */
export async function findSwitchDestination(target: Locale, from: string): Promise<string> {
  const { locale, page } = parsePublicPath(from);
  if (page.kind !== 'announcement' || !locale) return switchDestination(target, page, null);
  const record = await resolveAnnouncementSlug(locale, page.slug);
  const slug = record?.published.find((translation) => translation.locale === target)?.slug ?? null;
  return switchDestination(target, page, slug);
}
