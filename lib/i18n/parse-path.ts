import { isLocale, type Locale } from './locales';

/** What a public address shows, as far as the address alone tells. */
export type PublicPage =
  | { kind: 'home' }
  | { kind: 'announcement'; slug: string }
  | { kind: 'events' }
  | { kind: 'event'; slug: string }
  | { kind: 'topic'; slug: string }
  | { kind: 'search' }
  | { kind: 'other' };

function decode(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/**
 * Reads a path built by paths.ts back (the inverse of its builders), e.g. for the language switcher.
 * Anything else, including other sites' addresses, is { kind: 'other' } with no locale.
 */
export function parsePublicPath(path: string): { locale: Locale | null; page: PublicPage } {
  const other = { locale: null, page: { kind: 'other' } } as const;
  if (!path.startsWith('/') || path.startsWith('//')) return other;
  const [first = '', ...rest] = path.split(/[?#]/)[0]?.split('/').slice(1) ?? [];
  if (!isLocale(first)) return other;
  const parts = rest.filter((part) => part !== '');
  const [section, value, extra] = parts;
  const slug = value === undefined ? null : decode(value);
  const page = ((): PublicPage => {
    if (section === undefined) return { kind: 'home' };
    if (extra !== undefined) return { kind: 'other' };
    if (section === 'page' && slug !== null && /^\d+$/.test(slug)) return { kind: 'home' };
    if (section === 'announcements' && slug) return { kind: 'announcement', slug };
    if (section === 'events') return slug === null ? { kind: 'events' } : slug ? { kind: 'event', slug } : { kind: 'other' };
    if (section === 'topics' && slug) return { kind: 'topic', slug };
    if (section === 'search' && slug === null) return { kind: 'search' };
    return { kind: 'other' };
  })();
  return { locale: first, page };
}
