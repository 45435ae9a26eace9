import { parsePublicPath } from '../i18n/parse-path';
import type { Locale } from '../i18n/locales';

/** How an editor may name another announcement in a form field. */
export type AnnouncementReference = { kind: 'id'; id: string } | { kind: 'public'; locale: Locale; slug: string };

const editorAddress = /^\/[a-z]{2,3}\/editor\/announcements\/([^/?#]+)/;

function pathOf(value: string): string | null {
  if (value.startsWith('/')) return value;
  if (!/^https?:\/\//i.test(value)) return null;
  try {
    return new URL(value).pathname;
  } catch {
    return null;
  }
}

/**
 * Reads "superseded by": an announcement's id, its public address (/{locale}/announcements/{slug},
 * with or without the site's origin, as copied from the browser) or its address in the editor.
 * Null for an empty value or an address that names no announcement page.
 */
export function parseAnnouncementReference(raw: string): AnnouncementReference | null {
  const value = raw.trim();
  if (value === '') return null;
  const path = pathOf(value);
  if (path === null) return /^[A-Za-z0-9_-]+$/.test(value) ? { kind: 'id', id: value } : null;
  const inEditor = editorAddress.exec(path)?.[1];
  if (inEditor) return { kind: 'id', id: inEditor };
  const { locale, page } = parsePublicPath(path);
  return locale && page.kind === 'announcement' ? { kind: 'public', locale, slug: page.slug } : null;
}
