import { auditPath } from '../../../lib/auth/editor-paths';
import type { Locale } from '../../../lib/i18n/locales';

/** The audit log's address with its filters (empty ones left out) and page. */
export function auditPagePath(uiLocale: Locale, filters: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '' && !(name === 'page' && value === 1)) query.set(name, String(value));
  }
  const search = query.toString();
  return search ? `${auditPath(uiLocale)}?${search}` : auditPath(uiLocale);
}
